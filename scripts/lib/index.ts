/**
 * `jobld`: the pure library for site builds, bundlers and edge runtimes (no `node:` imports): the
 * same validation and JSON-LD as `jobld export`, without touching the file system.
 *
 *   import { exportJsonLd } from 'jobld'
 *   const { ok, pages, issues } = await exportJsonLd(documents, { now: '2026-12-01' })
 */
import type { ExportOptions, Page, PagesResult } from './buildPages.ts'
import { buildPages, exportInMemory, type ExportedPage } from './engine/exportInMemory.ts'
import type { RawDocument } from './rawDocument.ts'

export { buildPages, type ExportedPage, type ExportOptions, type Page, type PagesResult }
export { formatReport, countIssues, sortIssues } from './formatReport.ts'
export { renderFiles, renderPage, type Manifest, type ManifestEntry, type OutputFile } from './renderFiles.ts'
export { jsonLdScriptTag, serializeJsonLd } from './html/serializeJsonLd.ts'
export { previewPage, type PagePreview } from './previewPage.ts'
export { toDotPath } from './toDotPath.ts'
export { parseManifest } from './parseManifest.ts'
export { sha256Hex, type Sha256Hex } from './sha256Hex.ts'
export type { Issue, Path, Position, Severity } from './issue.ts'
export type { RawDocument, SourceResult } from './rawDocument.ts'
export * from './model/index.ts'

/** Options of {@link exportJsonLd}: those of the export, with the clock as a date or an ISO 8601 string. */
export type ExportJsonLdOptions = Omit<ExportOptions, 'now'> & {
  /**
   * The clock vacancies expire against. Required, so that a static build is reproducible (a
   * prerendered page must not read the time): pass the build's date, e.g. `'2026-12-01'`.
   */
  now: Date | string
}

/**
 * Validates Sanity documents (as the Content Lake or an export gives them) and returns the JSON-LD
 * of every page, exactly as `jobld export` would write it.
 * @param documents plain Sanity documents (`_id`, `_type`, …); drafts and unknown types are skipped
 * @param options the clock, base URL and strictness
 * @returns `ok`, the pages (graph, `.jsonld` text, `<script>` snippet) and every issue
 * @throws TypeError when `now` is not a valid date
 */
export async function exportJsonLd(
  documents: Iterable<Record<string, unknown>>,
  options: ExportJsonLdOptions,
): Promise<{ ok: boolean; pages: ExportedPage[]; issues: PagesResult['issues'] }> {
  const now = typeof options.now === 'string' ? new Date(options.now) : options.now
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError(`Unexpected now ${String(options.now)}, expected a date such as '2026-12-01'`)
  const raw: RawDocument[] = [...documents].map((value) => ({ value }))
  return exportInMemory(raw, { ...options, now })
}
