import { createHash, randomBytes } from 'node:crypto'
import { createClient, type Mutation } from '@sanity/client'
import { defaultLimits, limitDefinitions, type Limits } from '../../core/limits.ts'
import { checkApiHost } from '../../sources/checkApiHost.ts'
import { boundedFetch } from '../../sources/http/boundedFetch.ts'
import { boundErrorOf } from '../../sources/http/boundErrorOf.ts'
import { networkCodeOf } from '../../sources/http/networkCodeOf.ts'
import { CliError } from '../../cli/cliError.ts'

/**
 * The field each pushed document carries: the hash of its content as imported. While a
 * document's content still hashes to it, nobody has edited the document since.
 */
export const importHashField = 'importHash'

/** The part of a Sanity client the push needs (so tests can wrap it). */
export interface ContentLakeWriter {
  getDocuments(ids: string[]): Promise<(Record<string, unknown> | null)[]>
  mutate(mutations: Mutation[], options: { visibility: 'sync'; returnDocuments: false; tag: string; transactionId?: string }): Promise<unknown>
}

/** Why a document was left alone. */
export type SkipReason = 'edited' | 'draft' | 'type'

/** What a push did, per `_id`. */
export interface PushReport {
  created: string[]
  replaced: string[]
  unchanged: string[]
  skipped: { id: string; reason: SkipReason }[]
  /** Transactions whose answer never came but which reading back showed committed, as sentences. */
  recovered: string[]
}

/**
 * A push that stopped part-way: the first `committed` transactions are in the Content Lake, the
 * next `inDoubt` (0 or 1) may or may not be, the rest are not.
 */
export class PushError extends Error {
  override readonly name = 'PushError'
  readonly code = 'PUSH_FAILED'
  constructor(
    message: string,
    readonly committed: number,
    readonly total: number,
    options?: { cause?: unknown },
    readonly inDoubt = 0,
  ) {
    super(message, options)
  }
}

/** Environment variables the push reads. */
export interface PushEnv {
  SANITY_PROJECT_ID?: string | undefined
  SANITY_DATASET?: string | undefined
  SANITY_API_TOKEN?: string | undefined
  SANITY_API_VERSION?: string | undefined
  SANITY_API_HOST?: string | undefined
}

const DEFAULT_API_VERSION = '2025-02-19'
const LOOKUP_CHUNK = 50

/**
 * Creates the write client for `--push` from the environment; the token is passed on, never printed.
 * Every request goes through jobld's bounded fetch: at most JOBLD_HTTP_TIMEOUT_MS in all, at most
 * JOBLD_MAX_ANSWER_BYTES of answer, never a redirect (the request carries the token).
 * @param env SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_TOKEN, optional SANITY_API_VERSION and SANITY_API_HOST
 * @param limits the time and size bounds of each request
 * @returns the client
 */
export function contentLakeWriter(env: PushEnv, limits: Limits = defaultLimits): ContentLakeWriter {
  const missing = (['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_TOKEN'] as const).filter((name) => !env[name])
  if (missing.length > 0) throw new CliError('USAGE', `Unexpected --push without ${missing.join(', ')}, expected them set in the environment`)
  checkApiHost(env.SANITY_API_HOST, env.SANITY_API_TOKEN)
  return createClient({
    projectId: env.SANITY_PROJECT_ID,
    dataset: env.SANITY_DATASET,
    token: env.SANITY_API_TOKEN,
    apiVersion: env.SANITY_API_VERSION || DEFAULT_API_VERSION,
    useCdn: false,
    // The bounded fetch times every request; the client's own timeout (5 minutes) stays off.
    timeout: 0,
    resolveFetch: () => boundedFetch({ timeoutMs: limits.httpTimeoutMs, totalMs: limits.httpTimeoutMs, maxBytes: limits.answerBytes }),
    ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST, useProjectHostname: false } : {}),
  })
}

/** JSON with object keys sorted at every level, so equal content gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/** The document's content: without the Content Lake's system fields (`_rev`, `_createdAt`, …) and without the import hash. */
function content(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => key === '_id' || key === '_type' || (!key.startsWith('_') && key !== importHashField)))
}

/**
 * The import hash of a document: SHA-256 of its content as canonical JSON.
 * @param doc a document as imported or as stored
 * @returns 64 hex digits
 */
export function contentHash(doc: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(content(doc))).digest('hex')
}

/**
 * Writes imported documents to the Content Lake without overwriting editors' work, in
 * transactions of `batchSize` mutations: a missing document is created; one whose content
 * still hashes to its `importHash` (nobody edited it since the last import) is replaced
 * with `ifRevisionID` (or left as it is when the import did not change it); one that was
 * edited, or has a draft (`drafts.<id>`: an editor is working on it), is left alone and
 * reported. Every step depends only on what is stored, so a push that failed part-way
 * ends, when run again, in the state an uninterrupted push would have left.
 * @param writer the client
 * @param documents the imported documents (without `importHash`)
 * @param options batch size (default 100 mutations per transaction); the API host, for messages
 * @returns what happened to each document
 */
export async function pushToContentLake(
  writer: ContentLakeWriter,
  documents: ReadonlyArray<Record<string, unknown>>,
  options: { batchSize?: number; host?: string } = {},
): Promise<PushReport> {
  const batchSize = options.batchSize ?? 100
  const from = options.host ? ` from ${options.host}` : ''
  const ids = documents.map((doc) => String(doc._id))
  const stored = new Map<string, Record<string, unknown>>()
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const chunk = ids.slice(i, i + LOOKUP_CHUNK)
    try {
      const found = await writer.getDocuments([...chunk, ...chunk.map((id) => `drafts.${id}`)])
      for (const doc of found) if (doc && typeof doc._id === 'string') stored.set(doc._id, doc)
    } catch (error) {
      throw new PushError(
        `Push stopped before writing: reading the stored documents failed with ${requestFailure(error, from)}; nothing was written, run the same import again`,
        0,
        0,
        { cause: error },
      )
    }
  }

  const report: PushReport = { created: [], replaced: [], unchanged: [], skipped: [], recovered: [] }
  const mutations: Mutation[] = []
  for (const doc of documents) {
    const id = String(doc._id)
    const hash = contentHash(doc)
    const next = { ...doc, [importHashField]: hash }
    const existing = stored.get(id)
    if (stored.has(`drafts.${id}`)) {
      report.skipped.push({ id, reason: 'draft' })
      continue
    }
    if (!existing) {
      mutations.push({ create: { ...next, _id: id, _type: String(doc._type) } })
      report.created.push(id)
      continue
    }
    if (existing._type !== doc._type) {
      report.skipped.push({ id, reason: 'type' })
      continue
    }
    if (existing[importHashField] !== contentHash(existing)) {
      report.skipped.push({ id, reason: 'edited' })
      continue
    }
    if (existing[importHashField] === hash) {
      report.unchanged.push(id)
      continue
    }
    // A replace that only succeeds if the document is still the revision we read.
    const set = Object.fromEntries(Object.entries(next).filter(([key]) => key !== '_id' && key !== '_type'))
    const unset = Object.keys(content(existing)).filter((key) => key !== '_id' && key !== '_type' && !(key in next))
    mutations.push({ patch: { id, ifRevisionID: String(existing._rev), set, ...(unset.length > 0 ? { unset } : {}) } })
    report.replaced.push(id)
  }

  const total = Math.ceil(mutations.length / batchSize)
  // Each transaction gets an id of ours: the Content Lake stamps it as the `_rev` of every document
  // it writes, the evidence of whether a transaction whose answer never came was committed.
  const run = randomBytes(6).toString('hex')
  let committed = 0
  for (let b = 0; b < total; b++) {
    const batch = mutations.slice(b * batchSize, (b + 1) * batchSize)
    const transactionId = `jobld-import-${run}-${b + 1}`
    try {
      await writer.mutate(batch, { visibility: 'sync', returnDocuments: false, tag: 'jobld.import', transactionId })
      committed += batch.length
      continue
    } catch (error) {
      const failure = requestFailure(error, from)
      const outcome: ReadBack = answered4xx(error) ? { kind: 'notCommitted' } : await readBack(writer, batch, transactionId)
      if (outcome.kind === 'committed') {
        report.recovered.push(`transaction ${b + 1} of ${total}: ${failure}, but reading its documents back shows it committed`)
        committed += batch.length
        continue
      }
      const where = `Push stopped at transaction ${b + 1} of ${total}`
      if (outcome.kind === 'notCommitted')
        throw new PushError(
          `${where} (${committed} of ${mutations.length} mutations committed${answered4xx(error) ? '' : ', none of its own when read back'}): ${failure}; run the same import again to finish`,
          b,
          total,
          { cause: error },
        )
      throw new PushError(
        `${where} (${committed} of ${mutations.length} mutations committed, its ${batch.length} in doubt: reading them back failed with ${outcome.failure}): ${failure}; run the same import again to finish, whether or not they were committed`,
        b,
        total,
        { cause: error },
        1,
      )
    }
  }
  return report
}

/**
 * Whether a transaction whose answer never came was committed, from its documents: one that
 * carries the transaction's id as its `_rev` was written by it (a transaction is all or nothing).
 */
async function readBack(writer: ContentLakeWriter, batch: ReadonlyArray<Mutation>, transactionId: string): Promise<ReadBack> {
  const ids = batch.flatMap((mutation) => ('create' in mutation ? [String(mutation.create._id)] : 'patch' in mutation && 'id' in mutation.patch && typeof mutation.patch.id === 'string' ? [mutation.patch.id] : []))
  try {
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK)
      for (const doc of await writer.getDocuments(ids.slice(i, i + LOOKUP_CHUNK))) if (doc?._rev === transactionId) return { kind: 'committed' }
    return { kind: 'notCommitted' }
  } catch (error) {
    return { kind: 'unknown', failure: requestFailure(error, '') }
  }
}

/** What reading a failed transaction's documents back showed. */
type ReadBack = { kind: 'committed' } | { kind: 'notCommitted' } | { kind: 'unknown'; failure: string }

/** The server answered 4xx: it refused the transaction, which therefore changed nothing. */
function answered4xx(error: unknown): boolean {
  return error !== null && typeof error === 'object' && 'statusCode' in error && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
}

/**
 * Says how a request failed from its status, the bound jobld stopped it at, or its error code
 * only: a server's error body can quote the request (and with it the token), so it never reaches
 * a message.
 * @param from ` from <host>`, or nothing
 */
function requestFailure(error: unknown, from: string): string {
  const bound = boundErrorOf(error)
  if (bound) {
    const timeout = limitDefinitions.httpTimeoutMs.env
    switch (bound.code) {
      case 'TIMEOUT':
        return `silence for ${bound.limit.toLocaleString('en')} ms${from} (${timeout} sets how long)`
      case 'DEADLINE':
        return `no whole answer within ${bound.limit.toLocaleString('en')} ms${from} (${timeout} sets how long)`
      case 'TOO_LARGE':
        return `an answer of more than ${bound.limit.toLocaleString('en')} bytes${from} (${limitDefinitions.answerBytes.env} raises the bound)`
      case 'REDIRECT':
        return `a redirect (HTTP ${bound.limit}${bound.location ? ` to ${bound.location}` : ''})${from}, not followed with the token`
    }
  }
  if (error !== null && typeof error === 'object' && 'statusCode' in error && typeof error.statusCode === 'number')
    return error.statusCode === 409 ? `HTTP 409${from} (a document changed while pushing)` : `HTTP ${error.statusCode}${from}`
  const code = networkCodeOf(error)
  if (code && code !== 'UNKNOWN') return `${code}${from}`
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && /^[A-Z_]+$/.test(error.code)) return `${error.code}${from}`
  return `a failed request${from}`
}

/**
 * The API host the push talks to, for messages: SANITY_API_HOST without credentials or path,
 * else `<project>.api.sanity.io`.
 * @param env the push environment
 * @returns host and port
 */
export function pushHost(env: PushEnv): string {
  if (env.SANITY_API_HOST) {
    try {
      return new URL(env.SANITY_API_HOST).host
    } catch {
      return '(SANITY_API_HOST)'
    }
  }
  return `${env.SANITY_PROJECT_ID ?? ''}.api.sanity.io`
}
