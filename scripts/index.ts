/**
 * `jobld`: the pure library for site builds, bundlers and edge runtimes (no `node:` imports): the
 * same validation and JSON-LD as `jobld export`, without touching the file system.
 *
 *   import { exportJsonLd } from 'jobld'
 *   const { ok, pages, issues } = await exportJsonLd(documents, { now: '2026-12-01' })
 */
import type { ExportOptions, Page, PagesResult } from './export/lib/buildPages.ts'
import { buildPages, exportInMemory, type ExportedPage } from './export/lib/engine/exportInMemory.ts'
import type { RawDocument } from './core/rawDocument.ts'
import { defaultLimits } from './core/limits.ts'
import { normaliseTypes, resolveTypeNames, type DocumentType } from './core/model/documentTypes.ts'

export { buildPages, type ExportedPage, type ExportOptions, type Page, type PagesResult }
export { formatReport, countIssues, sortIssues } from './core/formatReport.ts'
export { renderFiles, renderPage, type Manifest, type ManifestEntry, type OutputFile } from './export/lib/renderFiles.ts'
export { jsonLdScriptTag, serializeJsonLd } from './core/html/serializeJsonLd.ts'
export { previewPage, type PagePreview } from './export/lib/previewPage.ts'
export { toDotPath } from './core/toDotPath.ts'
export { parseManifest } from './export/lib/parseManifest.ts'
export { sha256Hex, type Sha256Hex } from './core/sha256Hex.ts'
export type { Issue, Path, Position, Severity } from './core/issue.ts'
export type { RawDocument, SourceResult } from './core/rawDocument.ts'
export * from './core/model/index.ts'

/** Options of {@link exportJsonLd}: those of the export, with the clock as a date or an ISO 8601 string. */
export type ExportJsonLdOptions = Omit<ExportOptions, 'now'> & {
  /** The Studio's names of jobld's document types (as given to `jobld({ types, organizationType })`); jobld's own by default. */
  types?: Partial<Record<DocumentType, string>> | undefined
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
 * @throws TypeError when `now` is not a valid date, a type name is not one, the base URL is not a
 *   plain http(s) URL, a document is not plain JSON data of a sane size (a cycle, more than 100
 *   levels, more than 64 MiB as JSON), or there are more than 2,000,000 documents
 */
export async function exportJsonLd(
  documents: Iterable<Record<string, unknown>>,
  options: ExportJsonLdOptions,
): Promise<{ ok: boolean; pages: ExportedPage[]; issues: PagesResult['issues'] }> {
  const now = typeof options.now === 'string' ? new Date(options.now) : options.now
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError(`Unexpected now ${String(options.now)}, expected a date such as '2026-12-01'`)
  const resolved = resolveTypeNames(options.types)
  if ('error' in resolved) throw new TypeError(resolved.error)
  const raw: RawDocument[] = []
  for (const value of documents) {
    // An endless iterable stops here, not when memory runs out.
    if (raw.length >= defaultLimits.documents) throw new TypeError(`Unexpected more than ${defaultLimits.documents.toLocaleString('en')} documents, expected at most that many in one export`)
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new TypeError(`Unexpected documents[${raw.length}] that is ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, expected a Sanity document (an object with _id and _type)`)
    raw.push({ value: normaliseTypes(value, resolved.names) })
  }
  const { types: _types, ...rest } = options
  return exportInMemory(raw, { ...rest, now })
}
