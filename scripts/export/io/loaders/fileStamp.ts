import { stat } from 'node:fs/promises'

/**
 * How a file is now (device, inode, size, modification and change times in nanoseconds), as one
 * text: a source file with the stamp it had when a line table was made has the same bytes.
 * @param file the file
 * @returns the stamp, or undefined when the file cannot be read
 */
export async function fileStamp(file: string): Promise<string | undefined> {
  const info = await stat(file, { bigint: true }).catch(() => undefined)
  if (!info) return undefined
  return [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(':')
}
