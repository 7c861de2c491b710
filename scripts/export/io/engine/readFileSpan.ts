import { closeSync, openSync, readSync } from 'node:fs'

/**
 * Reads `length` bytes of a file from `offset`: one document's bytes where the content store
 * says they are (an NDJSON line, the store's document file).
 * @param path the file
 * @param offset where the bytes start
 * @param length how many bytes
 * @returns the bytes
 */
export function readFileSpan(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const bytes = Buffer.allocUnsafe(length)
    readSync(fd, bytes, 0, length, offset)
    return bytes
  } finally {
    closeSync(fd)
  }
}
