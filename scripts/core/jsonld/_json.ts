/** Small helpers the JSON-LD validators share; not part of the public API. */
import type { Issue } from '../issue.ts'

/** The document an issue belongs to: the source of the JSON-LD file being checked. */
export type IssueOwner = Pick<Issue, 'docId' | 'docType'>

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>

/** Narrows a parsed JSON value to an object. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Quotes a text for a message, cut at 60 characters so one issue stays one line.
 * @param text the text from the document
 * @returns the text in double quotes
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)
}

/**
 * Joins names as English: `A`, `A or B`, `A, B or C`.
 * @param names the alternatives
 * @param last the word before the last one
 * @returns the list as text
 */
export function orList(names: readonly string[], last = 'or'): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1] ?? ''}`
}
