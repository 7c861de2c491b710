import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

/**
 * Writes a file from pieces of text or bytes, a megabyte at a time, so that a manifest of
 * hundreds of thousands of entries is never held as one string.
 * @param file the file to write (created or truncated)
 * @param pieces the content, in order
 * @param check refuses a piece (throws), before anything of it is written
 * @returns the SHA-256 of what was written, as hex
 */
export async function writeChunks(file: string, pieces: Iterable<string | Uint8Array>, check: (piece: string | Uint8Array) => void = () => undefined): Promise<string> {
  const handle = await open(file, 'w')
  const digest = createHash('sha256')
  try {
    let batch = ''
    const flush = async () => {
      if (!batch) return
      digest.update(batch)
      await handle.write(batch)
      batch = ''
    }
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        check(piece)
        batch += piece
        if (batch.length >= 1 << 20) await flush()
        continue
      }
      await flush()
      check(piece)
      digest.update(piece)
      await handle.write(piece)
    }
    await flush()
  } finally {
    await handle.close()
  }
  return digest.digest('hex')
}
