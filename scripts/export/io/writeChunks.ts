import { open } from 'node:fs/promises'

/**
 * Writes a file from pieces of text, a megabyte at a time, so that a manifest or cache of
 * hundreds of thousands of entries is never held as one string.
 * @param file the file to write (created or truncated)
 * @param pieces the text, in order
 */
export async function writeChunks(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w')
  try {
    let batch = ''
    for (const piece of pieces) {
      batch += piece
      if (batch.length >= 1 << 20) {
        await handle.write(batch)
        batch = ''
      }
    }
    if (batch) await handle.write(batch)
  } finally {
    await handle.close()
  }
}
