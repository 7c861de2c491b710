/** Small helpers the JSON-LD validators share; not part of the public API. */
import type { Issue } from '../issue.ts'

/** The document an issue belongs to: the source of the JSON-LD file being checked. */
export type IssueOwner = Pick<Issue, 'docId' | 'docType'>

/**
 * Quotes a text for a message, cut at 60 characters so one issue stays one line.
 * @param text the text from the document
 * @returns the text in double quotes
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)
}
