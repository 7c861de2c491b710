/** Small helpers the JSON-LD validators share; not part of the public API. */
import type { JsonLdOwner } from '../rules/declare/jsonLdScope.ts'

/** The document an issue belongs to: the source of the JSON-LD file being checked (and the names its page must not show). */
export type IssueOwner = JsonLdOwner

/**
 * Quotes a text for a message, cut at 60 characters so one issue stays one line.
 * @param text the text from the document
 * @returns the text in double quotes
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)
}
