/**
 * `jobld`: the pure library for site builds, bundlers and edge runtimes (no `node:` imports): the
 * same validation and JSON-LD as `jobld export`, without touching the file system.
 *
 *   import { exportJsonLd } from 'jobld'
 *   const { ok, pages, issues } = await exportJsonLd(documents, { now: '2026-12-01' })
 */
import { buildPages, type ExportOptions, type Page, type PagesResult } from './export/lib/buildPages.ts'
import { exportInMemory, type ExportedPage } from './export/lib/engine/exportInMemory.ts'
import type { OptionsOf } from './core/config/configInput.ts'
import { resolveConfig } from './core/config/resolveConfig.ts'
import type { RawDocument } from './core/rawDocument.ts'
import { defaultLimits } from './core/limits.ts'
import { normaliseTypes } from './core/model/documentTypes.ts'
import { stackedView } from './core/releases/stackedView.ts'

export { buildPages, type ExportedPage, type ExportOptions, type Page, type PagesResult }
export { ConfigError, type ConfigErrorCode } from './core/config/configError.ts'
export { formatReport, countIssues, sortIssues } from './core/formatReport.ts'
export { renderFiles, renderPage, type Manifest, type ManifestEntry, type OutputFile } from './export/lib/renderFiles.ts'
export { jsonLdScriptTag, serializeJsonLd } from './core/html/serializeJsonLd.ts'
export { previewPage, type PagePreview } from './export/lib/previewPage.ts'
export { toDotPath } from './core/toDotPath.ts'
export { parseManifest } from './export/lib/parseManifest.ts'
export { sha256Hex, type Sha256Hex } from './core/sha256Hex.ts'
export type { Issue, Path, Position, Severity } from './core/issue.ts'
export type { JsonLdGraph, JsonLdNode } from './core/jsonld/jsonLdGraph.ts'
export type { RawDocument, SourceResult } from './core/rawDocument.ts'
export * from './core/model/index.ts'

/**
 * Options of {@link exportJsonLd}, derived from the option declaration (the same as `jobld export`'s
 * `--now`, `--base-url`, `--strict` and `--types`, and `jobld validate`'s `--release`): `now` is required, so that a static build is
 * reproducible (a prerendered page must not read the time): pass the build's date, e.g. `'2026-12-01'`.
 */
export type ExportJsonLdOptions = OptionsOf<'exportJsonLd'> & Required<Pick<OptionsOf<'exportJsonLd'>, 'now'>>

/**
 * Validates Sanity documents (as the Content Lake or an export gives them) and returns the JSON-LD
 * of every page, exactly as `jobld export` would write it.
 * @param documents plain Sanity documents (`_id`, `_type`, …); drafts and unknown types are skipped,
 *   strings are cleaned of stega encoding; with `release`, the raw documents (release versions and
 *   release documents too)
 * @param options the clock, base URL, strictness, the Studio's type names, and a release to see the
 *   documents through (stacked over the releases that ship before it), or a stack of releases in the order they ship
 * @returns `ok`, the pages (graph, `.jsonld` text, `<script>` snippet) and every issue
 * @throws ConfigError (a TypeError) naming the option that is not what it should be; a TypeError
 *   naming the document that is not plain JSON data of a sane size (a cycle, more than 100 levels,
 *   more than 64 MiB as JSON), or when there are more than 2,000,000 documents
 */
export async function exportJsonLd(
  documents: Iterable<Record<string, unknown>>,
  options: ExportJsonLdOptions,
): Promise<{ ok: boolean; pages: ExportedPage[]; issues: PagesResult['issues'] }> {
  const config = resolveConfig(options, { takenBy: 'exportJsonLd' })
  const values: Array<Record<string, unknown>> = []
  for (const value of documents) {
    // An endless iterable stops here, not when memory runs out.
    if (values.length >= defaultLimits.documents) throw new TypeError(`Unexpected more than ${defaultLimits.documents.toLocaleString('en')} documents, expected at most that many in one export`)
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new TypeError(`Unexpected documents[${values.length}] that is ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, expected a Sanity document (an object with _id and _type)`)
    values.push(value)
  }
  // With a release, the documents are those of its view: the published ones with its stack's versions over them.
  const release = config.release === undefined ? undefined : stackedView(values, config.release)
  const raw: RawDocument[] = (release?.view.documents ?? values).map((value) => ({ value: normaliseTypes(value, config.types) }))
  const issues = release?.notices ?? []
  return exportInMemory(raw, config, { issues })
}
