/**
 * jobld's programmatic API for site builds: the same validation and JSON-LD as `npm run export`,
 * without touching the file system.
 *
 *   import { exportJsonLd } from 'jobld'
 *   const { ok, pages, issues } = exportJsonLd(documents, { now: new Date() })
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
export type { Issue, Path, Position, Severity } from './issue.ts'
export type { RawDocument, SourceResult } from './rawDocument.ts'
export * from './model/index.ts'

/** A page of {@link exportJsonLd}: its graph, and the `.jsonld` text and `<script>` snippet the CLI would write. */
export interface ExportedPage extends Page {
  jsonld: string
  html: string
}

/**
 * Validates Sanity documents (as the Content Lake or an export gives them) and returns the JSON-LD
 * of every page, exactly as `npm run export` would write it.
 * @param documents plain Sanity documents (`_id`, `_type`, …); drafts and unknown types are skipped
 * @param options the clock (default now), base URL and strictness
 * @returns `ok`, the pages (graph, `.jsonld` text, `<script>` snippet) and every issue
 */
export function exportJsonLd(
  documents: Iterable<Record<string, unknown>>,
  options: Partial<ExportOptions> = {},
): { ok: boolean; pages: ExportedPage[]; issues: PagesResult['issues'] } {
  const raw: RawDocument[] = [...documents].map((value) => ({ value }))
  const result = buildPages(raw, { ...options, now: options.now ?? new Date() })
  const pages = result.pages.map((page) => {
    const { files } = renderPage(page)
    return { ...page, jsonld: files[0].content, html: files[1].content }
  })
  return { ok: result.ok, pages, issues: result.issues }
}
