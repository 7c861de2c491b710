import { quoteText } from '../messages/quoteText.ts'

/**
 * Shows a value inside a message: strings quoted (long ones cut, with their length: quoteText), other
 * values as JSON, NaN and undefined by name.
 * @param value any value from a document
 * @returns a short, single-line rendering
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (typeof value === 'string') return quoteText(value)
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  return JSON.stringify(value) ?? String(value)
}
