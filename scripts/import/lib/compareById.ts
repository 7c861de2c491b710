import type { RawDocument } from '../../core/rawDocument.ts'

/**
 * Orders documents by `_id`, by code unit (not by locale), so every machine sorts alike.
 * @param a one document
 * @param b another
 * @returns negative, zero or positive
 */
export function compareById(a: RawDocument, b: RawDocument): number {
  const x = String(a.value._id)
  const y = String(b.value._id)
  return x < y ? -1 : x > y ? 1 : 0
}
