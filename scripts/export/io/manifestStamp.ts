import { lstatSync } from 'node:fs'

/**
 * A file's stamp: its inode, size, modification and change times (nanoseconds). Any write to the
 * file, or a file put in its place, gives another stamp (the change time cannot be set back), so
 * the same stamp means the same bytes as when it was taken.
 * @param file the file
 * @returns the stamp, or undefined when there is no plain file there
 */
export function manifestStamp(file: string): string | undefined {
  try {
    const info = lstatSync(file, { bigint: true })
    return info.isFile() ? `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}` : undefined
  } catch {
    return undefined
  }
}
