/**
 * The local copy of a Content Lake dataset in the output's cache folder: `content-lake.ndjson`,
 * one published document per line, and `content-lake.json` beside it, saying which dataset it is,
 * the `_id` of every line and the newest `_updatedAt` it holds. The export reads the copy as an
 * NDJSON file, so memory does not grow with the dataset.
 *
 * The first read streams the whole dataset. Later reads, when the copy is of the same dataset and
 * host, ask only for what changed: every published `_id` (so that deleted and unpublished
 * documents leave) and the documents updated since the copy's newest `_updatedAt`, less a margin
 * for clocks and for documents that changed while the last read ran. Any doubt (no copy, another
 * dataset, a line count that does not match, a document without `_updatedAt`) means a full read.
 */
import { once } from 'node:events'
import { createWriteStream, existsSync, type WriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Limits } from '../../../core/limits.ts'
import { loadSanityClient } from '../../../sources/loadSanityClient.ts'
import { contentLakeOptions, type ContentLakeEnv, type SourceChoice } from '../../../sources/loadSource.ts'
import { readNdjsonRawLines } from '../../../sources/readNdjson.ts'

/** What a copy's sidecar records. */
interface CopyMeta {
  format: 'jobld-content-lake-copy'
  projectId: string
  dataset: string
  /** SANITY_API_HOST and SANITY_API_VERSION as they were, so that another endpoint never mixes in. */
  host: string
  apiVersion: string
  /** The newest `_updatedAt` in the copy; undefined when a document had none (then no delta). */
  lastUpdatedAt: string | undefined
  /** The `_id` of each line, in order. */
  ids: string[]
}

/** How far before the copy's newest `_updatedAt` a delta reads again: clock steps and edits during the last read. */
const MARGIN_MS = 10 * 60 * 1000

/** What the read did, for the report and the tests. */
export interface CopyResult {
  file: string
  mode: 'full' | 'delta'
  /** Documents read whole (all of them for a full read). */
  read: number
  /** Lines of the previous copy left out (deleted, unpublished or changed documents). */
  dropped: number
}

/**
 * Brings the local copy of the chosen dataset up to date: a delta read when the copy allows, else
 * a full one. Written beside and renamed into place when whole.
 * @param choice project and dataset
 * @param env token, host, timeouts
 * @param limits the bounds of the read
 * @param cacheDir the output's cache folder
 * @param allowDelta false for `--no-cache`: a full read
 * @returns the copy's file and what was read
 */
export async function copyContentLake(
  choice: Extract<SourceChoice, { kind: 'contentLake' }>,
  env: ContentLakeEnv,
  limits: Limits,
  cacheDir: string,
  allowDelta = true,
): Promise<CopyResult> {
  const file = join(cacheDir, 'content-lake.ndjson')
  const metaFile = join(cacheDir, 'content-lake.json')
  await loadSanityClient()
  await mkdir(cacheDir, { recursive: true })
  const identity = { projectId: choice.projectId, dataset: choice.dataset, host: env.SANITY_API_HOST ?? '', apiVersion: env.SANITY_API_VERSION ?? '' }
  const previous = allowDelta && existsSync(file) ? await readMeta(metaFile, identity) : undefined
  const since = previous?.lastUpdatedAt
  const result = previous && since ? await deltaCopy(choice, env, limits, file, { ...previous, lastUpdatedAt: since }) : undefined
  const written = result ?? (await fullCopy(choice, env, limits, file))
  const meta: CopyMeta = { format: 'jobld-content-lake-copy', ...identity, lastUpdatedAt: written.lastUpdatedAt, ids: written.ids }
  await writeFile(`${metaFile}.tmp-${process.pid}`, JSON.stringify(meta))
  await rename(`${metaFile}.tmp-${process.pid}`, metaFile)
  return { file, mode: result ? 'delta' : 'full', read: written.read, dropped: written.dropped }
}

/** A copy being written: its ids, newest stamp and counts. */
interface Written {
  ids: string[]
  lastUpdatedAt: string | undefined
  read: number
  dropped: number
}

async function fullCopy(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits, file: string): Promise<Written> {
  const { streamContentLake } = await import('../../../sources/contentLake.ts')
  const stamps = newest()
  const ids: string[] = []
  await writeCopy(file, async (out) => {
    await streamContentLake(contentLakeOptions(choice, env, limits), async (value, line) => {
      ids.push(String(value._id))
      stamps.add(value._updatedAt)
      await writeLine(out, line)
    })
  })
  return { ids, lastUpdatedAt: stamps.value(), read: ids.length, dropped: 0 }
}

async function deltaCopy(
  choice: Extract<SourceChoice, { kind: 'contentLake' }>,
  env: ContentLakeEnv,
  limits: Limits,
  file: string,
  previous: CopyMeta & { lastUpdatedAt: string },
): Promise<Written | undefined> {
  const { readContentLakeDelta } = await import('../../../sources/contentLake.ts')
  const since = new Date(Date.parse(previous.lastUpdatedAt) - MARGIN_MS).toISOString()
  const options = contentLakeOptions(choice, env, limits)
  const first = await readContentLakeDelta(options, since)
  const known = new Set(previous.ids)
  const changedIds = new Set(first.changed.map((doc) => String(doc._id)))
  // Published documents the copy lacks and the delta did not bring (an old _updatedAt): fetched whole.
  const missing = first.ids.filter((id) => !known.has(id) && !changedIds.has(id))
  const changed = missing.length ? [...first.changed, ...(await readContentLakeDelta(options, '9999-12-31T00:00:00Z', missing)).changed] : first.changed
  const byId = new Map(changed.map((doc) => [String(doc._id), doc]))
  const current = new Set(first.ids)
  const stamps = newest()
  const ids: string[] = []
  let lines = 0
  let dropped = 0
  let doubt = false
  const tmpFile = `${file}.delta-${process.pid}`
  await writeCopy(
    tmpFile,
    async (out) => {
      for await (const raw of readNdjsonRawLines(file, limits.ndjsonLineBytes)) {
        const id = previous.ids[lines]
        lines += 1
        if (id === undefined || raw.tooLong) {
          doubt = true
          return
        }
        if (!current.has(id) || byId.has(id)) {
          dropped += 1
          continue
        }
        ids.push(id)
        await writeLine(out, raw.bytes)
      }
      for (const [id, doc] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!current.has(id)) continue
        ids.push(id)
        await writeLine(out, Buffer.from(JSON.stringify(doc)))
      }
    },
  ).catch(async (error: unknown) => {
    await rm(tmpFile, { force: true })
    throw error
  })
  if (doubt || lines !== previous.ids.length) {
    await rm(tmpFile, { force: true })
    return undefined
  }
  // The stamps of the kept lines are the previous copy's, none newer than its newest.
  stamps.add(previous.lastUpdatedAt)
  for (const doc of byId.values()) stamps.add(doc._updatedAt)
  if (changed.some((doc) => typeof doc._updatedAt !== 'string')) stamps.add(undefined)
  await rename(tmpFile, file)
  return { ids, lastUpdatedAt: stamps.value(), read: byId.size, dropped }
}

/**
 * Applies one change to the local copy without reading the Content Lake: the changed documents'
 * lines are replaced (or added at the end), the deleted ones dropped; the copy is rewritten beside
 * and renamed into place, then its sidecar. The sidecar's newest `_updatedAt` stays what it was,
 * so that a later delta read still asks for everything changed since the last full or delta read
 * (a change that reached no webhook included).
 * @param choice project and dataset
 * @param env host and API version, which the copy must have been read from
 * @param limits the bounds of a line
 * @param cacheDir the output's cache folder
 * @param change the documents as the Content Lake gives them now, and the `_id`s that are gone
 * @returns the copy's file, or undefined when there is no copy of this dataset to change (then a full read is due)
 */
export async function patchContentLakeCopy(
  choice: Extract<SourceChoice, { kind: 'contentLake' }>,
  env: ContentLakeEnv,
  limits: Limits,
  cacheDir: string,
  change: { upserts: ReadonlyArray<Record<string, unknown>>; deletes: ReadonlyArray<string> },
): Promise<string | undefined> {
  const file = join(cacheDir, 'content-lake.ndjson')
  const metaFile = join(cacheDir, 'content-lake.json')
  const identity = { projectId: choice.projectId, dataset: choice.dataset, host: env.SANITY_API_HOST ?? '', apiVersion: env.SANITY_API_VERSION ?? '' }
  const previous = existsSync(file) ? await readMeta(metaFile, identity) : undefined
  if (!previous) return undefined
  const byId = new Map(change.upserts.map((doc) => [String(doc._id), doc]))
  const gone = new Set(change.deletes)
  const ids: string[] = []
  let lines = 0
  let doubt = false
  const tmpFile = `${file}.patch-${process.pid}`
  await writeCopy(tmpFile, async (out) => {
    for await (const raw of readNdjsonRawLines(file, limits.ndjsonLineBytes)) {
      const id = previous.ids[lines]
      lines += 1
      if (id === undefined || raw.tooLong) {
        doubt = true
        return
      }
      if (gone.has(id) || byId.has(id)) continue
      ids.push(id)
      await writeLine(out, raw.bytes)
    }
    for (const [id, doc] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (gone.has(id)) continue
      ids.push(id)
      await writeLine(out, Buffer.from(JSON.stringify(doc)))
    }
  })
  if (doubt || lines !== previous.ids.length) {
    await rm(tmpFile, { force: true })
    return undefined
  }
  // The old sidecar goes first: a kill before the new one is in place leaves a copy without a
  // sidecar, which means a full read next time, never lines taken for the wrong documents.
  await rm(metaFile, { force: true })
  await rename(tmpFile, file)
  const meta: CopyMeta = { ...previous, ids }
  await writeFile(`${metaFile}.tmp-${process.pid}`, JSON.stringify(meta))
  await rename(`${metaFile}.tmp-${process.pid}`, metaFile)
  return file
}

/** Reads a sidecar, when it describes a copy of this dataset from this endpoint. */
async function readMeta(file: string, identity: Pick<CopyMeta, 'projectId' | 'dataset' | 'host' | 'apiVersion'>): Promise<CopyMeta | undefined> {
  try {
    const meta: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof meta !== 'object' || meta === null || !('format' in meta) || meta.format !== 'jobld-content-lake-copy') return undefined
    const ids = 'ids' in meta && Array.isArray(meta.ids) ? meta.ids.filter((id): id is string => typeof id === 'string') : undefined
    const fields = new Map(Object.entries(meta))
    const same = (key: keyof typeof identity) => fields.get(key) === identity[key]
    if (!ids || !same('projectId') || !same('dataset') || !same('host') || !same('apiVersion')) return undefined
    const stamp = 'lastUpdatedAt' in meta && typeof meta.lastUpdatedAt === 'string' && !Number.isNaN(Date.parse(meta.lastUpdatedAt)) ? meta.lastUpdatedAt : undefined
    return { format: 'jobld-content-lake-copy', ...identity, lastUpdatedAt: stamp, ids }
  } catch {
    return undefined
  }
}

/** The newest of a set of `_updatedAt` stamps; one missing stamp makes it unknown (no delta next time). */
function newest() {
  let latest: string | undefined
  let unknown = false
  return {
    add(stamp: unknown) {
      if (typeof stamp !== 'string' || Number.isNaN(Date.parse(stamp))) unknown = true
      else if (latest === undefined || Date.parse(stamp) > Date.parse(latest)) latest = stamp
    },
    value: () => (unknown ? undefined : latest),
  }
}

/** Writes a file through `fill` beside its place and renames it in when whole. */
async function writeCopy(file: string, fill: (out: WriteStream) => Promise<void>): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp)
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  try {
    await Promise.race([failed, fill(out)])
    out.end()
    await once(out, 'finish')
    await rename(tmp, file)
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
}

async function writeLine(out: WriteStream, line: Buffer): Promise<void> {
  // A copy: the line may be a view into a response chunk the reader hands on or reuses, and the
  // stream writes later than this call returns.
  if (!out.write(Buffer.concat([line, NEWLINE]))) await once(out, 'drain')
}

const NEWLINE = Buffer.from('\n')
