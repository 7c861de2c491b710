import { buildPages, type PagesResult } from '../../export/lib/buildPages.ts'
import type { RawDocument } from '../../core/rawDocument.ts'

/** The clock the fidelity export runs against: fixed, so the score does not change with the date. */
const now = new Date('2026-01-15T00:00:00Z')

/**
 * Runs the export's own code on imported documents. This is the only place the fidelity
 * measurement calls the export engine, so it is the one line to change when the engine moves.
 * @param documents the documents an import produced
 * @returns the export's pages and issues
 */
export function exportImported(documents: ReadonlyArray<RawDocument>): Promise<PagesResult> {
  return buildPages(documents, { now })
}
