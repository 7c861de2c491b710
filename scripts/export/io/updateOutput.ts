/**
 * One change to the content, applied to an output folder and its cache: the entry point of the
 * webhook (scripts/webhook/) into the export. The signature is the contract with the content
 * store (issue 24), which replaces this body with one whose work is the change's alone.
 *
 * This first version runs the export's incremental pipeline from the Content Lake: a delta read
 * (every published `_id`, and the documents updated since the local copy's newest `_updatedAt`,
 * which hold the change), every unchanged document's verdict and every unchanged page from the
 * cache, only the pages whose documents changed built and written; then it compares the manifests
 * before and after. Its work grows with the dataset (the list of ids, the scan of the cache); the
 * content store (issue 24) replaces this body with one whose work is the change's alone.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Issue } from '../../core/issue.ts'
import type { ContentLakeEnv, SourceChoice } from '../../sources/loadSource.ts'
import { notifyPageUrl } from '../../notify/lib/notifyPageUrl.ts'
import { parseManifest } from '../lib/parseManifest.ts'
import type { ManifestEntry } from '../lib/renderFiles.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { exportToFolder, type FolderExportOptions } from './exportToFolder.ts'

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

/** What updating the output did. */
export interface UpdateOutputResult {
  /** False when an error was found: then nothing was written (the report is in `issues`). */
  ok: boolean
  issues: Issue[]
  /** The pages that depend on the changed documents, and any other page whose bytes changed (a vacancy that expired meanwhile). */
  pages: UpdatedPage[]
}

/** The export's resolved options for one output, and the Content Lake it is the copy of. */
export type UpdateOutputOptions = FolderExportOptions & {
  /** The output folder, absolute, checked by checkOutputPath. */
  out: string
  source: Extract<SourceChoice, { kind: 'contentLake' }>
  env: ContentLakeEnv
}

/**
 * Applies a change to the output folder and its cache under the output's lock: the pages that
 * depend on the changed documents are checked with every rule, built and written (or removed),
 * the rest kept; nothing is written when an error is found.
 * @param options the resolved export options of the output
 * @param change the changed documents and the ids that are gone
 * @returns whether it was written, the issues, and the touched pages with what became of them
 */
export async function updateOutput(options: UpdateOutputOptions, change: OutputChange): Promise<UpdateOutputResult> {
  const before = await manifestPages(options.out)
  const result = await exportToFolder(options.source, options.env, options.out, options)
  if (!result.ok) return { ok: false, issues: result.issues, pages: [] }
  const after = await manifestPages(options.out)
  const changed = new Set([...change.upserts.map((doc) => String(doc._id)), ...change.deletes])
  const pages: UpdatedPage[] = []
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(path)
    const now = after.get(path)
    const entry = now ?? old
    if (!entry) continue
    const action = !now ? 'removed' : !old || old.sha256 !== now.sha256 ? 'written' : 'unchanged'
    const touched = [...(old?.sourceIds ?? []), ...(now?.sourceIds ?? [])].some((id) => changed.has(id))
    if (action === 'unchanged' && !touched) continue
    pages.push({ path, kind: entry.kind, slug: entry.slug, url: options.baseUrl ? notifyPageUrl(path, options.baseUrl) : undefined, action })
  }
  return { ok: true, issues: result.issues, pages }
}

/** The pages of the output's manifest by path (none when there is no manifest yet). */
async function manifestPages(out: string): Promise<Map<string, ManifestEntry>> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  const manifest = text === undefined ? undefined : parseManifest(text)
  return new Map((manifest?.pages ?? []).map((entry) => [entry.path, entry]))
}
