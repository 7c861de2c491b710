/**
 * Narrows an unknown value to a plain object, so its fields can be read without a cast.
 * @param value anything
 * @returns true for non-null, non-array objects
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
