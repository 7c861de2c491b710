import type { Issue } from '../../../core/issue.ts'
import type { Page } from '../buildPages.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { collectSink } from './collectSink.ts'
import { inlineWorkers } from './inlineWorkers.ts'
import { memorySource, type MemorySourceOptions } from './memorySource.ts'
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
 * @param options clock, base URL, strictness
 * @param source issues of the input itself, a secret no document may hold, and what to do to each clean document first
 * @returns the pages in path order, every issue, and the verdict
 */
export async function exportInMemory(
  documents: ReadonlyArray<RawDocument>,
  options: RunOptions,
  source: Pick<MemorySourceOptions, 'issues' | 'secret' | 'normalise'> = {},
): Promise<{ ok: boolean; pages: ExportedPage[]; issues: Issue[] }> {
  const sink = collectSink()
  const result = await runPipeline(memorySource(documents, source), { workers: inlineWorkers({ baseUrl: options.baseUrl }), sink }, options)
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
