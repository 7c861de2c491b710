import type { Issue } from '../../../core/issue.ts'
import { defaultLimits } from '../../../core/limits.ts'
import { toDotPath } from '../../../core/toDotPath.ts'
import { documentShapeProblem, MAX_DOCUMENT_DEPTH } from '../../../core/validate/documentShapeProblem.ts'
import type { Page } from '../buildPages.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { memoryStore } from '../store/memoryStore.ts'
import { expandFieldLanguages } from '../../../core/translations/expandFieldLanguages.ts'
import { collectSink } from './collectSink.ts'
import { inlineWorkers } from './inlineWorkers.ts'
import { memoryLoader } from './memoryLoader.ts'
import { runPipeline } from './runPipeline.ts'
import type { RunOptions } from './types.ts'

/** A page of an in-memory export: the page, and the `.jsonld` text and `<script>` snippet the CLI would write. */
export interface ExportedPage extends Page {
  jsonld: string
  html: string
  /** sha256 of the `.jsonld` text, as in the manifest. */
  sha256: string
}

/**
 * The export pipeline on documents held in memory: the driver of exportJsonLd and the Studio's
 * preview. Pages come back whether or not the export would be written (the preview shows a
 * refused page too); `ok` says whether it would be.
 * @param documents the documents with their positions
 * @param options clock, base URL, strictness, field languages
 * @param source issues of the input itself, and a secret no document may hold
 * @returns the pages in path order, every issue, and the verdict
 * @throws TypeError for input no export could take (see checkInMemory)
 */
export async function exportInMemory(
  documents: ReadonlyArray<RawDocument>,
  options: RunOptions,
  source: { issues?: Issue[]; secret?: string | undefined } = {},
): Promise<{ ok: boolean; pages: ExportedPage[]; issues: Issue[] }> {
  checkInMemory(documents)
  const sink = collectSink()
  // With field languages, each document with field-level translations is one version per language.
  const versions = options.fieldLanguages ? expandFieldLanguages(documents, options.fieldLanguages) : undefined
  const loaded = versions ? { ...source, issues: [...(source.issues ?? []), ...versions.issues] } : source
  const result = await runPipeline(
    memoryLoader(versions?.documents ?? documents, loaded),
    { store: memoryStore(), workers: inlineWorkers({ baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset }), sink, key: '', signatures: false, manifest: false },
    options,
  )
  const pages = result.manifest.map((entry): ExportedPage => {
    const jsonld = sink.files.get(entry.path) ?? ''
    return {
      kind: entry.kind,
      slug: entry.slug,
      path: entry.path,
      graph: JSON.parse(jsonld),
      sourceIds: entry.sourceIds,
      types: entry.types,
      jsonld,
      html: sink.files.get(entry.html) ?? '',
      sha256: entry.sha256,
    }
  })
  return { ok: result.ok, pages, issues: result.issues }
}
/**
 * What the library takes only as the CLI would: documents that are plain JSON data of a sane size (no cycle, at most MAX_DOCUMENT_DEPTH levels, at most
 * `ndjsonLineBytes` as JSON, the bound the CLI puts on one document), at most `documents` of
 * them. Checked before anything walks the documents: a cycle or a sparse array of a billion slots
 * would otherwise run the process out of memory.
 * (The options, the base URL among them, are checked by the configuration, scripts/core/config/.)
 * @throws TypeError naming the document (`<_type> → <_id>`, its index) and the path
 */
function checkInMemory(documents: ReadonlyArray<RawDocument>): void {
  if (documents.length > defaultLimits.documents)
    throw new TypeError(`Unexpected ${documents.length.toLocaleString('en')} documents, expected at most ${defaultLimits.documents.toLocaleString('en')} in one export`)
  const bounds = { maxBytes: defaultLimits.ndjsonLineBytes, maxDepth: MAX_DOCUMENT_DEPTH }
  documents.forEach(({ value }, index) => {
    const shape = documentShapeProblem(value, bounds)
    if (!shape) return
    const id = typeof value._id === 'string' ? value._id.slice(0, 200) : '(no _id)'
    const type = typeof value._type === 'string' ? value._type.slice(0, 100) : '(no _type)'
    const at = shape.path.length ? `: ${toDotPath(shape.path).slice(0, 200)}` : ''
    throw new TypeError(`Unexpected ${type} → ${id} (documents[${index}])${at} ${shape.problem}, expected plain JSON data such as the Content Lake returns`)
  })
}
