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
 *
 * The copy is read back only as far as it can be proved to be what jobld wrote: the sidecar is
 * sealed with the cache folder's key and parsed with its schema, and it holds the SHA-256 of the
 * copy's bytes, checked while a delta read goes through the copy (an edited copy means a full
 * read). A document that holds the API token is never written to the copy at all: it is handed to
 * the export as refused, with the errors that name its fields.
 */
import { createHash, type Hash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream, existsSync, type WriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Issue } from '../../../core/issue.ts'
import type { Limits } from '../../../core/limits.ts'
import { findSecretPaths, secretVerdict } from '../../../core/secrets/findSecret.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import type { Mac } from '../../lib/trust/sealedLine.ts'
import { readSealedFile, writeSealedFile } from '../trust/sealedFile.ts'
import { loadSanityClient } from '../../../sources/loadSanityClient.ts'
import { contentLakeOptions, type ContentLakeEnv, type SourceChoice } from '../../../sources/loadSource.ts'
import { readNdjsonRawLines } from '../../../sources/readNdjson.ts'

/** What a copy's sidecar records. */
const CopyMeta = z.object({
  format: z.literal('jobld-content-lake-copy'),
  projectId: z.string(),
  dataset: z.string(),
  /** SANITY_API_HOST and SANITY_API_VERSION as they were, so that another endpoint never mixes in. */
  host: z.string(),
  apiVersion: z.string(),
  /** The newest `_updatedAt` in the copy; absent when a document had none (then no delta). */
  lastUpdatedAt: z.string().refine((stamp) => !Number.isNaN(Date.parse(stamp))).optional(),
  /** The `_id` of each line, in order. */
  ids: z.array(z.string()),
  /** SHA-256 of the copy's bytes (base64url). */
  sha256: z.string(),
})
type CopyMeta = z.infer<typeof CopyMeta>

const META_CONTEXT = 'jobld-content-lake-copy'

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
  /** Documents that hold the API token: not in the copy, refused with the errors that name their fields. */
  refused: RefusedDocument[]
}

/** A document left out of the copy because it holds the token: its verdict and its number in the stream, or its issues alone. */
export type RefusedDocument = { check: DocumentCheck<SlimDocument>; line: number | undefined } | { issues: Issue[] }

/** What the copy is read and written with besides the source's settings. */
export interface CopyTrust {
  /** The cache folder's keyed digest: seals the sidecar. */
  mac: Mac
  /** The API token: no line holding it is ever written. */
  secret?: string | undefined
  /** Told why a copy that exists is not used (then the read is a full one). */
  distrust?: ((why: string) => void) | undefined
}

/**
 * Brings the local copy of the chosen dataset up to date: a delta read when the copy allows, else
 * a full one. Written beside and renamed into place when whole.
 * @param choice project and dataset
 * @param env token, host, timeouts
 * @param limits the bounds of the read
 * @param cacheDir the output's cache folder
 * @param allowDelta false for `--no-cache`: a full read
 * @param trust the cache folder's key, the token, and where to say why a copy is not used
 * @returns the copy's file and what was read
 */
export async function copyContentLake(
  choice: Extract<SourceChoice, { kind: 'contentLake' }>,
  env: ContentLakeEnv,
  limits: Limits,
  cacheDir: string,
  allowDelta: boolean,
  trust: CopyTrust,
): Promise<CopyResult> {
  const file = join(cacheDir, 'content-lake.ndjson')
  const metaFile = join(cacheDir, 'content-lake.json')
  await loadSanityClient()
  await mkdir(cacheDir, { recursive: true })
  const identity = { projectId: choice.projectId, dataset: choice.dataset, host: env.SANITY_API_HOST ?? '', apiVersion: env.SANITY_API_VERSION ?? '' }
  const previous = allowDelta && existsSync(file) ? await readMeta(metaFile, identity, trust) : undefined
  const since = previous?.lastUpdatedAt
  const result = previous && since ? await deltaCopy(choice, env, limits, file, { ...previous, lastUpdatedAt: since }, trust) : undefined
  const written = result ?? (await fullCopy(choice, env, limits, file, trust))
  const meta: CopyMeta = {
    format: 'jobld-content-lake-copy',
    ...identity,
    ...(written.lastUpdatedAt === undefined ? {} : { lastUpdatedAt: written.lastUpdatedAt }),
    ids: written.ids,
    sha256: written.sha256,
  }
  writeSealedFile(metaFile, trust.mac, META_CONTEXT, meta)
  return { file, mode: result ? 'delta' : 'full', read: written.read, dropped: written.dropped, refused: written.refused }
}

/** A copy being written: its ids, newest stamp, counts, digest and the documents left out. */
interface Written {
  ids: string[]
  lastUpdatedAt: string | undefined
  read: number
  dropped: number
  sha256: string
  refused: RefusedDocument[]
}

async function fullCopy(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits, file: string, trust: CopyTrust): Promise<Written> {
  const { streamContentLake } = await import('../../../sources/contentLake.ts')
  const stamps = newest()
  const ids: string[] = []
  const refused: RefusedDocument[] = []
  let read = 0
  const sha256 = await writeCopy(file, async (out, hash) => {
    await streamContentLake(contentLakeOptions(choice, env, limits), async (value, line) => {
      read += 1
      const secret = refuse(value, line, trust.secret, read)
      if (secret) {
        refused.push(secret)
        return
      }
      ids.push(String(value._id))
      stamps.add(value._updatedAt)
      await writeLine(out, line, hash)
    })
  })
  return { ids, lastUpdatedAt: stamps.value(), read, dropped: 0, sha256, refused }
}

/** A document that holds the token is refused here, before its line could reach the disk. */
function refuse(value: Record<string, unknown>, line: Buffer, secret: string | undefined, at: number | undefined): RefusedDocument | undefined {
  if (!secret || (!line.includes(secret) && findSecretPaths(value, secret).length === 0)) return undefined
  const verdict = secretVerdict(value, secret)
  return 'check' in verdict ? { check: verdict.check, line: at } : verdict
}

async function deltaCopy(
  choice: Extract<SourceChoice, { kind: 'contentLake' }>,
  env: ContentLakeEnv,
  limits: Limits,
  file: string,
  previous: CopyMeta & { lastUpdatedAt: string },
  trust: CopyTrust,
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
  let doubt: string | undefined
  const refused: RefusedDocument[] = []
  // The old copy's bytes, hashed as they are read: they must be the ones its sealed sidecar names.
  const before = createHash('sha256')
  const tmpFile = `${file}.delta-${process.pid}`
  const sha256 = await writeCopy(
    tmpFile,
    async (out, hash) => {
      for await (const raw of readNdjsonRawLines(file, limits.ndjsonLineBytes)) {
        const id = previous.ids[lines]
        lines += 1
        if (id === undefined || raw.tooLong || (trust.secret && raw.bytes.includes(trust.secret))) {
          doubt = 'its lines do not match its sidecar'
          return
        }
        before.update(raw.bytes).update(NEWLINE)
        if (!current.has(id) || byId.has(id)) {
          dropped += 1
          continue
        }
        ids.push(id)
        await writeLine(out, raw.bytes, hash)
      }
      if (before.digest('base64url') !== previous.sha256) {
        doubt = 'its bytes are not the ones jobld wrote (edited?)'
        return
      }
      for (const [id, doc] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!current.has(id)) continue
        const line = Buffer.from(JSON.stringify(doc))
        const secret = refuse(doc, line, trust.secret, undefined)
        if (secret) {
          refused.push(secret)
          continue
        }
        ids.push(id)
        await writeLine(out, line, hash)
      }
    },
  ).catch(async (error: unknown) => {
    await rm(tmpFile, { force: true })
    throw error
  })
  if (doubt !== undefined || lines !== previous.ids.length) {
    await rm(tmpFile, { force: true })
    trust.distrust?.(`Not using the local copy of the Content Lake: ${doubt ?? 'it has fewer lines than its sidecar'}; reading the whole dataset`)
    return undefined
  }
  // The stamps of the kept lines are the previous copy's, none newer than its newest.
  stamps.add(previous.lastUpdatedAt)
  for (const doc of byId.values()) stamps.add(doc._updatedAt)
  if (changed.some((doc) => typeof doc._updatedAt !== 'string')) stamps.add(undefined)
  await rename(tmpFile, file)
  return { ids, lastUpdatedAt: stamps.value(), read: byId.size, dropped, sha256, refused }
}

/** Reads a sidecar, when it is sealed by this cache folder and describes a copy of this dataset from this endpoint. */
async function readMeta(file: string, identity: Pick<CopyMeta, 'projectId' | 'dataset' | 'host' | 'apiVersion'>, trust: CopyTrust): Promise<CopyMeta | undefined> {
  const read = await readSealedFile(file, trust.mac, META_CONTEXT, CopyMeta).catch(() => undefined)
  if (read?.state === 'bad') trust.distrust?.(`Not using the local copy of the Content Lake: its sidecar ${file} cannot be trusted (${read.problem}); reading the whole dataset`)
  if (read?.state !== 'ok') return undefined
  const meta = read.value
  const same = meta.projectId === identity.projectId && meta.dataset === identity.dataset && meta.host === identity.host && meta.apiVersion === identity.apiVersion
  return same ? meta : undefined
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

/** Writes a file through `fill` beside its place and renames it in when whole; returns the SHA-256 (base64url) of its bytes. */
async function writeCopy(file: string, fill: (out: WriteStream, hash: Hash) => Promise<void>): Promise<string> {
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp, { mode: 0o600 })
  const hash = createHash('sha256')
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  try {
    await Promise.race([failed, fill(out, hash)])
    out.end()
    await once(out, 'finish')
    await rename(tmp, file)
    return hash.digest('base64url')
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
}

async function writeLine(out: WriteStream, line: Buffer, hash: Hash): Promise<void> {
  // A copy: the line may be a view into a response chunk the reader hands on or reuses, and the
  // stream writes later than this call returns.
  const bytes = Buffer.concat([line, NEWLINE])
  hash.update(bytes)
  if (!out.write(bytes)) await once(out, 'drain')
}

const NEWLINE = Buffer.from('\n')
