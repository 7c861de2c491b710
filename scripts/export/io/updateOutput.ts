/**
 * One change to the content, applied to an output folder and its content store: the entry point
 * of the webhook into the export. The change's documents go into the store as a Content Lake
 * delta would bring them (no read of the Content Lake: the caller brought them), and the export's
 * one pipeline then does the change's work alone: the documents it can affect are checked across
 * documents again, the pages whose inputs changed are built and written, the manifest is updated
 * in place, all under the output's lock and through its journal. A store that cannot be trusted
 * (none yet, another dataset, options or version of jobld, an output it does not describe) means
 * the dataset is read whole first, which holds the change.
 */
import type { Issue } from '../../core/issue.ts'
import { defaultLimits } from '../../core/limits.ts'
import { renamesTypes } from '../../core/typeNamesSource.ts'
import { notifyPageUrl } from '../../notify/lib/notifyPageUrl.ts'
import type { ContentLakeEnv, SourceChoice } from '../../sources/loadSource.ts'
import type { ManifestEntry } from '../lib/renderFiles.ts'
import { exportWithLoader, openWhole, type FolderExportOptions } from './exportToFolder.ts'
import { contentLakeLoader } from './loaders/contentLakeLoader.ts'

/** A change to the content, as a webhook reads it from the Content Lake. */
export interface OutputChange {
  /** Published documents as the Content Lake gives them now, each whole. */
  upserts: ReadonlyArray<Record<string, unknown>>
  /** `_id`s of documents that are no longer published (deleted or unpublished). */
  deletes: ReadonlyArray<string>
}

/** A page the change touched, and what became of it. */
export interface UpdatedPage {
  /** The `.jsonld` file's path in the output. */
  path: string
  kind: ManifestEntry['kind']
  slug: string
  /** Its public URL (undefined without a base URL). */
  url: string | undefined
  /** `written`: new or different bytes; `removed`: the page left the output; `unchanged`: touched, same bytes. */
  action: 'written' | 'removed' | 'unchanged'
}

/** The work a change cost, in documents and pages (the webhook's benchmark shows it). */
export interface UpdateWork {
  /** Whether the dataset was read whole (no store to trust). */
  full: boolean
  /** Documents whose bytes were new to the store (read and checked on their own). */
  documentsRead: number
  /** Documents checked across documents again. */
  documentsChecked: number
  /** Pages built. */
  pagesBuilt: number
}

/** What updating the output did. */
export interface UpdateOutputResult {
  /** False when an error was found: then nothing was written (the report is in `issues`). */
  ok: boolean
  /** Every error (under `--strict` every warning too); the documents' other issues only when one of them has an error (else the store's tally says there is none, and they are not read). */
  issues: Issue[]
  /** The pages that depend on the changed documents, and any other page whose bytes changed (a vacancy that expired meanwhile). */
  pages: UpdatedPage[]
  work: UpdateWork
}

/** The export's resolved options for one output, and the Content Lake it is the copy of. */
export type UpdateOutputOptions = FolderExportOptions & {
  /** The output folder, absolute, checked by checkOutputPath. */
  out: string
  source: Extract<SourceChoice, { kind: 'contentLake' }>
  env: ContentLakeEnv
}

/**
 * Applies a change to the output folder and its store under the output's lock: the pages that
 * depend on the changed documents are checked with every rule, built and written (or removed),
 * the rest kept; nothing is written when an error is found.
 * @param options the resolved export options of the output
 * @param change the changed documents and the ids that are gone
 * @returns whether it was written, the issues, the touched pages with what became of them, and the work done
 */
export async function updateOutput(options: UpdateOutputOptions, change: OutputChange): Promise<UpdateOutputResult> {
  const limits = options.limits ?? defaultLimits
  const types = renamesTypes(options.types) ? options.types : undefined
  let read = 0
  const result = await exportWithLoader(
    async (storeDir) =>
      // Field-level translations are made into versions across documents: the dataset is read whole (openWhole).
      options.fieldLanguages !== undefined
        ? (await openWhole(options.source, options.env, limits, options)).loader
        : contentLakeLoader(options.source, {
        env: options.env,
        limits,
        storeDir,
        secret: options.secret,
        types,
        change,
        onRead: (done) => {
          read = done.read
        },
      }),
    0,
    options.out,
    // The issues of documents the change did not touch matter only when one is an error: the store's tally says whether to read them.
    { ...options, projectId: options.source.projectId, dataset: options.source.dataset, workers: options.workers ?? 0, report: 'refusal' },
    undefined,
    [...change.upserts.map((doc) => String(doc._id)), ...change.deletes],
  )
  const pages = result.pages.map((page): UpdatedPage => ({ ...page, url: options.baseUrl ? notifyPageUrl(page.path, options.baseUrl) : undefined })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    ok: result.ok,
    issues: result.issues,
    pages: result.ok ? pages : [],
    work: { full: result.full, documentsRead: read, documentsChecked: result.checked, pagesBuilt: result.built },
  }
}
