/**
 * `jobld`: the pure library for site builds, bundlers and edge runtimes (no `node:` imports): the
 * same validation and JSON-LD as `jobld export`, without touching the file system.
 *
 *   import { exportJsonLd } from 'jobld'
 *   const { ok, pages, issues } = exportJsonLd(documents, { now: '2026-12-01' })
 */
import { buildPages, type ExportOptions, type Page, type PagesResult } from './buildPages.ts'
import type { RawDocument } from './rawDocument.ts'
import { renderPage } from './renderFiles.ts'

export { buildPages, type ExportOptions, type Page, type PagesResult }
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

/** A page of {@link exportJsonLd}: its graph, and the `.jsonld` text and `<script>` snippet the CLI would write. */
export interface ExportedPage extends Page {
  jsonld: string
  html: string
}

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
export function exportJsonLd(
  documents: Iterable<Record<string, unknown>>,
  options: ExportJsonLdOptions,
): { ok: boolean; pages: ExportedPage[]; issues: PagesResult['issues'] } {
  const now = typeof options.now === 'string' ? new Date(options.now) : options.now
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError(`Unexpected now ${String(options.now)}, expected a date such as '2026-12-01'`)
  const raw: RawDocument[] = [...documents].map((value) => ({ value }))
  const result = buildPages(raw, { ...options, now })
  const pages = result.pages.map((page) => {
    const { files } = renderPage(page)
    return { ...page, jsonld: files[0].content, html: files[1].content }
  })
  return { ok: result.ok, pages, issues: result.issues }
}
