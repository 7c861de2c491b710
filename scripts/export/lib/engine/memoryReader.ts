import type { DocumentReader } from './types.ts'

/**
 * Reads documents held in memory: their values as they are.
 * @returns the reader
 * @throws Error for a document in a file (a driver that reads files passes its own reader)
 */
export function memoryReader(): DocumentReader {
  const value = (at: { value: Record<string, unknown> } | { file: string }) => {
    if (!('value' in at)) throw new Error(`Unexpected document in ${at.file} for a reader of documents in memory, expected a value`)
    return at.value
  }
  return {
    parse: (item) => ({ value: value(item.at) }),
    read: (doc) => value(doc.at),
  }
}
