import type { Position } from './issue.ts'

/**
 * A document as a source hands it over, before validation: parsed JSON with the place
 * it came from. Every source (Markdown, NDJSON, .tar.gz, Content Lake) yields these.
 */
export interface RawDocument {
  /** The parsed document; `_id` and `_type` are not yet checked. */
  value: Record<string, unknown>
  /** Where the whole document starts (NDJSON: file and line; Markdown: the article file). */
  position?: Position
  /** Positions of single fields, keyed by dotted path (`faq[2].answer`, `amounts[0]`), for Markdown sources. */
  fieldPositions?: ReadonlyMap<string, Position>
}

/** What a source returns: documents, and issues about the input itself (bad lines, unmapped Markdown). */
export interface SourceResult {
  documents: RawDocument[]
  issues: import('./issue.ts').Issue[]
}
