/**
 * Issues are data: every validator in jobld returns them, and only the report
 * formatter turns them into text. One issue names the document, the field path
 * and what was wrong with the value.
 */
import type { MessageParams } from './messages/wording.ts'

/** How bad an issue is: errors stop the export, warnings only with `--strict`, notices never. */
export type Severity = 'error' | 'warning' | 'notice'

/** A path into a document or a JSON-LD node, as keys and array indices. */
export type Path = ReadonlyArray<string | number>

/** Where a document (or one of its fields) came from in a source file. */
export interface Position {
  file: string
  line: number
  column?: number
}

/** One problem found in the content, tied to a document and a field path. */
export interface Issue {
  severity: Severity
  /** Stable, searchable code such as `tier.order` or `schema.invalid_type`; code branches on this, never on text. */
  code: string
  /** `_id` of the document the issue belongs to (for JSON-LD issues: the source document of the output file). */
  docId: string
  /** `_type` of that document. */
  docType: string
  /** Path inside the document (or inside the JSON-LD node, prefixed with the output's name). */
  path: Path
  /** English sentence: what happened and what was expected. */
  message: string
  /**
   * The values the message quotes, so that it can be worded in another language from the message
   * catalogue (scripts/core/messages): the Studio shows Dutch. Every issue about content has them;
   * issues about a source file (a bad NDJSON line, unmapped Markdown) are English only.
   */
  params?: MessageParams
  /** The catalogue's id of the message, when the code has several wordings; else the code is the id. */
  messageId?: string
  /** Where in a source file, when known (Markdown: file:line:column; NDJSON: file:line). */
  position?: Position
}
