import { createClient, isHttpError, type SanityClient } from '@sanity/client'
import { defaultLimits, limitDefinitions, type Limits } from '../core/limits.ts'
import type { RawDocument, SourceResult } from '../core/rawDocument.ts'
import { boundedFetch } from './http/boundedFetch.ts'
import { boundErrorOf } from './http/boundErrorOf.ts'
import { networkCodeOf } from './http/networkCodeOf.ts'
import { ndjsonRawLines, parseNdjsonLine } from './readNdjson.ts'
import { SourceError } from './sourceError.ts'
import { blankSecrets } from '../core/secrets/blankSecrets.ts'
import type { Issue } from '../core/issue.ts'
import { releaseNotices } from '../core/releases/releaseNotices.ts'
import { releaseStack, type ReleaseStack } from '../core/releases/releaseStack.ts'
import { releaseView } from '../core/releases/releaseView.ts'

/** Where and how to read a dataset from the Sanity Content Lake. */
export interface ContentLakeOptions {
  projectId: string
  dataset: string
  /** Read token; needed for private datasets. Sent as a bearer header, never printed. */
  token?: string
  /** API version date; default `2025-02-19` (the first with `published` as default perspective). */
  apiVersion?: string
  /** API origin such as `http://127.0.0.1:4000`; when set, the project id travels in a header instead of the hostname. */
  apiHost?: string
  /** How long a request may wait for an answer, or an export stream for its next bytes; default 30 s. */
  timeoutMs?: number
  /** Retries after the first attempt of each request; default 4. */
  maxRetries?: number
  /** fetch implementation for every request (the export and the client's queries); default the global one. */
  fetch?: typeof globalThis.fetch
  /** First backoff delay; it doubles per retry, plus up to as much again of jitter. Default 500 ms. */
  retryBaseMs?: number
  /** Cap on any wait between attempts, `Retry-After` included; default 30 s. */
  maxRetryDelayMs?: number
  /** Documents per GROQ page when the export endpoint is unavailable; default 1000. */
  pageSize?: number
  /** Bounds: bytes in all, the whole read's deadline, one line's length (default: defaultLimits). */
  limits?: Limits
}

interface Context {
  client: SanityClient
  /** The bounded fetch of the export stream: idle timeout, the read's deadline, its byte budget. */
  fetch: typeof globalThis.fetch
  host: string
  dataset: string
  token: string | undefined
  projectHeader: boolean
  projectId: string
  timeoutMs: number
  maxRetries: number
  retryBaseMs: number
  maxRetryDelayMs: number
  pageSize: number
  limits: Limits
  /** When the whole read must be over (ms since the epoch). */
  deadline: number
  /** Bytes received so far, over every attempt. */
  received: number
  /** Documents passed on so far. */
  documents: number
}

/** A failure worth another attempt: an error status, a broken connection or silence. */
type Transient =
  | { kind: 'status'; status: number; retryAfterMs: number | undefined }
  | { kind: 'network'; code: string }
  | { kind: 'timeout' }
  | { kind: 'redirect'; status: number; location: string | undefined }

const DEFAULT_API_VERSION = '2025-02-19'
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504])
const NETWORK_WORDS: Record<string, string> = {
  ECONNRESET: 'connection reset',
  ECONNREFUSED: 'connection refused',
  EPIPE: 'connection reset',
  UND_ERR_SOCKET: 'connection closed mid-response',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'DNS failure',
  ETIMEDOUT: 'connect timeout',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
}

/**
 * Reads every published document of a dataset into memory (see streamContentLake).
 * @param options project, dataset, token and the retry/timeout budget
 * @returns the documents, positioned as `sanity://<projectId>/<dataset>` and their number in the stream
 */
export async function readContentLake(options: ContentLakeOptions): Promise<SourceResult> {
  const documents: RawDocument[] = []
  const file = `sanity://${options.projectId}/${options.dataset}`
  await streamContentLake(options, (value) => {
    documents.push({ value, position: { file, line: documents.length + 1 } })
  })
  return { documents, issues: [] }
}

/**
 * Streams every published document of a dataset to `onDocument`: one streamed request to the
 * export endpoint, or paged GROQ when the export endpoint is not there (404). Drafts, release
 * versions and system documents are left out; documents come in stream order, each once. The
 * read is bounded: an idle timeout per request, a deadline for the whole read, a byte budget and
 * a maximum line length, each an error naming the host and the limit.
 * @param options project, dataset, token, the retry/timeout budget and the limits
 * @param onDocument receives each document once, with its JSON line (awaited: a slow consumer slows the read)
 * @returns how many documents were passed on
 */
export async function streamContentLake(
  options: ContentLakeOptions,
  onDocument: (value: Record<string, unknown>, line: Buffer) => void | Promise<void>,
): Promise<number> {
  const context = makeContext(options)

  // A restarted export sends documents again: the first copy of each _id wins.
  const seen = new Set<string>()
  const keep = async (value: Record<string, unknown>, line: Buffer) => {
    const id = value._id
    if (typeof id !== 'string') throw badResponse(context, 'document without a string _id')
    if (id.startsWith('drafts.') || id.startsWith('versions.') || id.startsWith('_.')) return
    if (typeof value._type === 'string' && value._type.startsWith('system.')) return
    if (seen.has(id)) return
    countDocument(context)
    seen.add(id)
    await onDocument(value, line)
  }
  const outcome = await withRetries(context, () => readExport(context, keep))
  if (outcome === 'unavailable') await readByQuery(context, keep)

  if (seen.size === 0) {
    throw new SourceError(
      'EMPTY',
      `Unexpected empty dataset "${options.dataset}" on ${context.host}, expected published documents (is the dataset private and the token missing?)`,
    )
  }
  return seen.size
}

/** The client, host and budgets of one read (several requests). */
function makeContext(options: ContentLakeOptions): Context {
  const base = options.fetch ?? globalThis.fetch
  const limits = options.limits ?? defaultLimits
  const timeoutMs = options.timeoutMs ?? limits.httpTimeoutMs
  const deadline = Date.now() + limits.contentLakeDeadlineMs
  // Every byte of every request counts against one budget; the client's answers are read whole,
  // so each is bounded on its own too (a stream of JSON without end stops there, not at the budget).
  let context: Context | undefined
  const onBytes = (bytes: number) => {
    if (context) countBytes(context, bytes)
  }
  const answers = boundedFetch({ timeoutMs, deadline, maxBytes: limits.answerBytes, onBytes }, base)
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    useCdn: false,
    perspective: 'published',
    // Retries and timeouts are ours, so both paths fail alike and count attempts alike.
    maxRetries: 0,
    timeout: 0,
    ...(options.token ? { token: options.token } : {}),
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
    resolveFetch: () => answers,
  })
  context = {
    client,
    // The export streams: its bound is the budget of the whole read, counted by onBytes.
    fetch: boundedFetch({ timeoutMs, deadline, maxBytes: Number.POSITIVE_INFINITY, onBytes }, base),
    host: new URL(client.getUrl('/')).host,
    dataset: options.dataset,
    token: options.token || undefined,
    projectHeader: options.apiHost !== undefined,
    projectId: options.projectId,
    timeoutMs,
    maxRetries: options.maxRetries ?? 4,
    retryBaseMs: options.retryBaseMs ?? 500,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    pageSize: options.pageSize ?? 1000,
    limits,
    deadline,
    received: 0,
    documents: 0,
  }
  return context
}

/** Published documents only: no drafts, release versions or system documents (as streamContentLake keeps them). */
const PUBLISHED = '!(_id in path("drafts.**")) && !(_id in path("versions.**")) && !(_id in path("_.**")) && !string::startsWith(_type, "system.")'

/** A range of `_id`s: from `start` (inclusive) to `end` (exclusive), each bound optional. */
export interface IdRange {
  start?: string | undefined
  end?: string | undefined
}

/**
 * Reads what changed in a dataset since a moment: the published documents whose `_updatedAt` is at
 * or after `since` (and those of `extra`), in pages of GROQ queries, under the same timeouts,
 * retries, deadline and byte budget as a full read. Deletions are not in it: countContentLakeIds
 * and listContentLakeIds find them.
 * @param options project, dataset, token, budgets
 * @param since an ISO 8601 instant: documents updated at or after it come whole
 * @param extra `_id`s to fetch whole as well (documents the caller has no copy of)
 * @returns the changed documents
 */
export async function readContentLakeChanged(options: ContentLakeOptions, since: string, extra: ReadonlyArray<string> = []): Promise<Array<Record<string, unknown>>> {
  const context = makeContext(options)
  const changed: Array<Record<string, unknown>> = []
  const keep: Keep = async (value) => {
    changed.push(value)
  }
  await readByQuery(context, keep, `${PUBLISHED} && (_updatedAt >= $since || _id in $extra)`, { since, extra: [...extra] })
  return changed
}

/**
 * Counts the published documents in ranges of `_id`s, one GROQ `count()` per range (string
 * comparison of `_id`, as Sanity's documented pagination by `_id` uses it): the Content Lake
 * answers from its index, and nothing but the numbers comes back.
 * @param options project, dataset, token, budgets
 * @param ranges the ranges (no bounds: the whole dataset)
 * @returns the count of each range
 */
export async function countContentLakeIds(options: ContentLakeOptions, ranges: ReadonlyArray<IdRange>): Promise<number[]> {
  const context = makeContext(options)
  return inTurn(ranges, async (range) => {
    const answer = await withRetries(context, () => context.client.fetch(`count(*[${PUBLISHED}${rangeFilter(range)}])`, rangeParams(range), { filterResponse: false, returnQuery: false, tag: 'jobld.count' }))
    const count: unknown = isRecord(answer) ? answer.result : undefined
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) throw badResponse(context, 'count answer that is not a number')
    return count
  })
}

/**
 * Lists the published `_id`s in ranges of `_id`s (small ones: where countContentLakeIds found a difference).
 * @param options project, dataset, token, budgets
 * @param ranges the ranges
 * @returns the `_id`s of each range
 */
export async function listContentLakeIds(options: ContentLakeOptions, ranges: ReadonlyArray<IdRange>): Promise<string[][]> {
  const context = makeContext(options)
  let listed = 0
  return inTurn(ranges, async (range) => {
    const answer = await withRetries(context, () => context.client.fetch(`*[${PUBLISHED}${rangeFilter(range)}]._id`, rangeParams(range), { filterResponse: false, returnQuery: false, tag: 'jobld.ids' }))
    const ids: unknown = isRecord(answer) ? answer.result : undefined
    if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) throw badResponse(context, 'query answer without a list of ids')
    listed += ids.length
    if (listed > context.limits.documents) throw tooManyDocuments(context)
    return ids
  })
}

function rangeFilter(range: IdRange): string {
  return `${range.start !== undefined ? ' && _id >= $start' : ''}${range.end !== undefined ? ' && _id < $end' : ''}`
}

function rangeParams(range: IdRange): Record<string, string> {
  return { ...(range.start !== undefined ? { start: range.start } : {}), ...(range.end !== undefined ? { end: range.end } : {}) }
}

/** Runs `ask` for each item, a few at a time, in order of the answers. */
async function inTurn<T, R>(items: ReadonlyArray<T>, ask: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    for (;;) {
      const i = next++
      const item = items[i]
      if (i >= items.length || item === undefined) return
      answers[i] = await ask(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, items.length) }, lane))
  return answers
}

/** A dataset as a release will leave it, and what its stack holds. */
export interface ContentLakeRelease {
  /** The documents of the stack's perspective, positioned as `sanity://<projectId>/<dataset>@<release>`. */
  documents: RawDocument[]
  /** The releases read, in the order they ship (the last the one named), and how they were chosen. */
  stack: ReleaseStack
  /** Which stack was read, then one notice per document a release of it unpublishes (its version marked `_system.delete`). */
  notices: Issue[]
}

/**
 * Reads a dataset through a stack of Content Releases (`perspective=<last>,…,<first>` on the query
 * API, as @sanity/client sends it): every document as it will be once the releases ship, in pages
 * of GROQ under the same bounds as a full read. In the raw perspective first: the release
 * documents, for the releases that ship before a release named alone (releaseStack); then the
 * stack's versions, and the published documents of those that unpublish, for what the stack
 * takes out (releaseView over them, as for an export). A release named without versions is an
 * error: its id is wrong, or it has shipped already.
 * @param options project, dataset, token, budgets, and the releases named, in the order they ship
 * @returns the documents, the stack, and its notices
 */
export async function readContentLakeRelease(options: ContentLakeOptions & { releases: readonly string[] }): Promise<ContentLakeRelease> {
  const context = makeContext(options)
  // Time and bytes are bounded by the client's fetch (boundedFetch), as for every other query.
  const raw = async (query: string, params: Record<string, unknown>, what: string): Promise<Array<Record<string, unknown>>> => {
    const answer = await withRetries(context, () => context.client.fetch(query, params, { filterResponse: false, returnQuery: false, tag: 'jobld.release', perspective: 'raw' }))
    const result: unknown = isRecord(answer) ? answer.result : undefined
    if (!Array.isArray(result) || !result.every((item) => isRecord(item) && typeof item._id === 'string')) throw badResponse(context, `query answer without a list of ${what}`)
    return result.filter(isRecord)
  }
  const releases =
    options.releases.length === 1 ? await raw('*[_type == "system.release" && _id in path("_.releases.*")]{_id, _createdAt, state, publishAt, metadata}', {}, 'releases') : []
  const stack = releaseStack(releases, options.releases)
  const paths = Object.fromEntries(stack.releases.map((release, index) => [`v${index}`, `versions.${release}.**`]))
  const versions = await raw(`*[${Object.keys(paths).map((key) => `_id in path($${key})`).join(' || ')}]{_id, _type, _system}`, paths, 'versions')
  const counted = releaseView(versions, stack.releases)
  const empty = options.releases.find((release) => !counted.versions[release])
  if (empty !== undefined)
    throw new SourceError(
      'EMPTY',
      `Unexpected release "${empty}" without versions in dataset "${options.dataset}" on ${context.host}, expected the id of a release that has not shipped (the <id> in versions.<id>.…; the Studio shows it in the release's URL)`,
    )
  // A version that unpublishes takes out the published document, if there is one.
  const ids = versions.flatMap((version) => (isRecord(version._system) && version._system.delete === true && typeof version._id === 'string' ? [version._id.slice(version._id.indexOf('.', 'versions.'.length) + 1)] : []))
  const published = ids.length === 0 ? [] : await raw('*[_id in $ids]{_id, _type}', { ids }, 'documents')
  const { unpublished } = releaseView([...published, ...versions], stack.releases)
  const file = `sanity://${options.projectId}/${options.dataset}@${stack.releases.at(-1) ?? ''}`
  const documents: RawDocument[] = []
  // The Content Lake lists a perspective's releases from the one that ships last.
  const view = { ...context, client: context.client.withConfig({ perspective: [...stack.releases].reverse() }) }
  await readByQuery(view, async (value) => {
    documents.push({ value, position: { file, line: documents.length + 1 } })
  }, '!(_id in path("drafts.**")) && !(_id in path("versions.**")) && !(_id in path("_.**")) && !string::startsWith(_type, "system.")')
  return { documents, stack, notices: releaseNotices(stack, unpublished) }
}

/** What a change read found: the documents asked for that are published, and the published documents that refer to any of them. */
export interface ChangedDocuments {
  documents: Array<Record<string, unknown>>
  referrers: Array<Record<string, unknown>>
}

/**
 * Reads what one change touches, for a webhook: the published documents of `ids` and every
 * published document that refers to one of them (GROQ `references()`), in one query, under the
 * same timeouts, retries, deadline and byte budget as any read. The work is the change's: the
 * Content Lake answers from its indexes, whatever the size of the dataset.
 * @param options project, dataset, token, budgets
 * @param ids the published `_id`s of the changed documents
 * @returns the documents (absent when deleted or unpublished) and their referrers
 */
export async function readChangedDocuments(options: ContentLakeOptions, ids: ReadonlyArray<string>): Promise<ChangedDocuments> {
  const context = makeContext(options)
  const query = `{"documents": *[${PUBLISHED} && _id in $ids], "referrers": *[${PUBLISHED} && references($ids)]}`
  const answer = await withRetries(context, () => context.client.fetch(query, { ids: [...ids] }, { filterResponse: false, returnQuery: false, tag: 'jobld.change' }))
  const result: unknown = isRecord(answer) ? answer.result : undefined
  const documents = isRecord(result) ? result.documents : undefined
  const referrers = isRecord(result) ? result.referrers : undefined
  if (!Array.isArray(documents) || !Array.isArray(referrers) || ![...documents, ...referrers].every((doc) => isRecord(doc) && typeof doc._id === 'string'))
    throw badResponse(context, 'query answer without the documents and their referrers')
  return { documents: documents.filter(isRecord), referrers: referrers.filter(isRecord) }
}

type Keep = (value: Record<string, unknown>, line: Buffer) => Promise<void>

async function readExport(context: Context, keep: Keep): Promise<'done' | 'unavailable'> {
  const url = context.client.getUrl(`/data/export/${encodeURIComponent(context.dataset)}`)
  const headers: Record<string, string> = { accept: 'application/x-ndjson' }
  if (context.token) headers.authorization = `Bearer ${context.token}`
  if (context.projectHeader) headers['x-sanity-project-id'] = context.projectId

  return (async () => {
    const response = await context.fetch(url, { headers })
    if (response.status === 404) {
      await response.body?.cancel()
      return 'unavailable'
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel()
      if (response.ok) throw badResponse(context, 'export without a body')
      throw statusFailure(response.status, response.headers.get('retry-after'))
    }
    const name = `sanity://${context.projectId}/${context.dataset}`
    try {
      for await (const raw of ndjsonRawLines(bodyChunks(response.body), name, context.limits.ndjsonLineBytes)) {
        const entry = parseNdjsonLine(raw, name)
        if (entry.kind === 'issue' && entry.issue.code === 'ndjson.line_too_long')
          throw new SourceError('LIMIT', redact(`Unexpected line ${entry.line} from ${context.host}: ${entry.issue.message}`, context.token))
        if (entry.kind === 'issue') throw badResponse(context, `malformed JSON on line ${entry.line} of the export`)
        await keep(entry.document.value, raw.bytes)
      }
    } catch (error) {
      if (error instanceof SourceError && error.code === 'ENCODING') throw badResponse(context, 'export that is not UTF-8')
      throw error
    }
    return 'done'
  })()
}

async function readByQuery(
  context: Context,
  keep: Keep,
  filter = '!(_id in path("drafts.**")) && !(_id in path("versions.**"))',
  params: Record<string, unknown> = {},
): Promise<void> {
  const query = `*[${filter} && _id > $last] | order(_id) [0...${context.pageSize}]`
  let last = ''
  for (;;) {
    const answer = await withRetries(context, () =>
      context.client.fetch(query, { ...params, last }, { filterResponse: false, returnQuery: false, tag: 'jobld.read' }),
    )
    const page: unknown = isRecord(answer) ? answer.result : undefined
    if (!Array.isArray(page)) throw badResponse(context, 'query answer without a result array')
    for (const value of page) {
      if (!isRecord(value)) throw badResponse(context, 'query result that is not a document')
      await keep(value, Buffer.from(JSON.stringify(value)))
    }
    const lastValue: unknown = page.at(-1)
    if (page.length < context.pageSize || !isRecord(lastValue) || typeof lastValue._id !== 'string') return
    last = lastValue._id
  }
}

/** Reads a response body chunk by chunk (its bounds are the bounded fetch's). */
async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // Stops the download when the reader gives up early (bad line, timeout).
    await reader.cancel().catch(() => undefined)
  }
}

/** Counts received bytes against the budget; over it, the read stops. */
function countBytes(context: Context, bytes: number): void {
  context.received += bytes
  if (context.received > context.limits.contentLakeBytes)
    throw new SourceError(
      'LIMIT',
      `Unexpected more than ${context.limits.contentLakeBytes.toLocaleString('en')} bytes from ${context.host}, expected the documents of dataset "${context.dataset}" within that budget (raise ${limitDefinitions.contentLakeBytes.env} for a larger dataset)`,
    )
}

/** Counts a document passed on against the bound on documents; past it, the read stops. */
function countDocument(context: Context): void {
  context.documents += 1
  if (context.documents > context.limits.documents) throw tooManyDocuments(context)
}

function tooManyDocuments(context: Context): SourceError {
  return new SourceError(
    'LIMIT',
    `Unexpected more than ${context.limits.documents.toLocaleString('en')} documents from ${context.host}, expected the documents of dataset "${context.dataset}" within that many (raise ${limitDefinitions.documents.env} for a larger dataset)`,
  )
}

function answerTooLarge(context: Context): SourceError {
  return new SourceError(
    'LIMIT',
    `Unexpected answer of more than ${context.limits.answerBytes.toLocaleString('en')} bytes from ${context.host}, expected a page of documents of dataset "${context.dataset}" within that size (raise ${limitDefinitions.answerBytes.env})`,
  )
}

function deadlineError(context: Context): SourceError {
  return new SourceError(
    'LIMIT',
    `Unexpected read from ${context.host} taking more than ${context.limits.contentLakeDeadlineMs.toLocaleString('en')} ms in all, expected the documents of dataset "${context.dataset}" by then (raise ${limitDefinitions.contentLakeDeadlineMs.env} for a slower connection)`,
  )
}

async function withRetries<T>(context: Context, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    if (Date.now() >= context.deadline) throw deadlineError(context)
    try {
      return await run()
    } catch (error) {
      const transient = classify(context, error)
      if (transient === undefined) throw error
      if (!isRetryable(transient)) throw finalError(context, transient, attempt, false)
      if (attempt > context.maxRetries) throw finalError(context, transient, attempt, true)
      const delay = delayFor(context, transient, attempt)
      if (Date.now() + delay >= context.deadline) throw deadlineError(context)
      await sleep(delay)
    }
  }
}

/**
 * What went wrong, as a transient failure worth another attempt; undefined for a failure to pass
 * on as it is. A bound of the read (the budget, the deadline, the documents) ends it at once.
 */
function classify(context: Context, error: unknown): Transient | undefined {
  const limit = sourceErrorIn(error)
  if (limit) throw limit
  const bound = boundErrorOf(error)
  if (bound?.code === 'TIMEOUT') return { kind: 'timeout' }
  if (bound?.code === 'DEADLINE') throw deadlineError(context)
  if (bound?.code === 'TOO_LARGE') throw answerTooLarge(context)
  if (bound?.code === 'REDIRECT') return { kind: 'redirect', status: bound.limit, location: bound.location }
  if (error instanceof StatusFailure) return error.transient
  if (isHttpError(error)) {
    return { kind: 'status', status: error.statusCode, retryAfterMs: parseRetryAfter(error.response.headers['retry-after']) }
  }
  const code = networkCodeOf(error)
  return code === undefined ? undefined : { kind: 'network', code }
}

/** A SourceError (a bound of the read) thrown inside the fetch, however the client wrapped it. */
function sourceErrorIn(error: unknown): SourceError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current instanceof SourceError) return current
    current = current.cause
  }
  return undefined
}

function isRetryable(transient: Transient): boolean {
  if (transient.kind === 'redirect') return false
  return transient.kind !== 'status' || RETRYABLE_STATUS.has(transient.status)
}

function delayFor(context: Context, transient: Transient, attempt: number): number {
  if (transient.kind === 'status' && transient.retryAfterMs !== undefined) {
    return Math.min(transient.retryAfterMs, context.maxRetryDelayMs)
  }
  const backoff = context.retryBaseMs * 2 ** (attempt - 1)
  return Math.min(backoff + Math.random() * context.retryBaseMs, context.maxRetryDelayMs)
}

function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

class StatusFailure extends Error {
  constructor(readonly transient: Transient) {
    super('HTTP status')
  }
}

function statusFailure(status: number, retryAfter: string | null): StatusFailure {
  return new StatusFailure({ kind: 'status', status, retryAfterMs: parseRetryAfter(retryAfter) })
}

function finalError(context: Context, transient: Transient, attempts: number, exhausted: boolean): SourceError {
  const expected = `expected the documents of dataset "${context.dataset}"`
  const tries = exhausted ? ` after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}` : ''
  let message: string
  switch (transient.kind) {
    case 'status':
      message = `Unexpected HTTP ${transient.status} from ${context.host}${tries}, ${expected}${hint(transient.status)}`
      break
    case 'network':
      message = `Unexpected ${NETWORK_WORDS[transient.code] ?? `network error ${transient.code}`} from ${context.host}${tries}, ${expected}`
      break
    case 'timeout':
      message = `Unexpected silence from ${context.host} for ${context.timeoutMs} ms${tries}, ${expected} (${limitDefinitions.httpTimeoutMs.env} sets how long)`
      break
    case 'redirect':
      message = `Unexpected redirect (HTTP ${transient.status}${transient.location ? ` to ${transient.location}` : ''}) from ${context.host}, ${expected}; requests that carry the token never follow a redirect: set SANITY_API_HOST to the address that answers`
      break
  }
  const code = transient.kind === 'status' || transient.kind === 'redirect' ? 'HTTP' : transient.kind === 'network' ? 'NETWORK' : 'TIMEOUT'
  return new SourceError(code, redact(message, context.token))
}

function hint(status: number): string {
  if (status === 401 || status === 403) return ' (check that the token may read this dataset)'
  if (status === 404) return ' (check the project id and the dataset name)'
  return ''
}

function badResponse(context: Context, what: string): SourceError {
  return new SourceError(
    'BAD_RESPONSE',
    redact(`Unexpected ${what} from ${context.host}, expected the documents of dataset "${context.dataset}"`, context.token),
  )
}

/** Keeps a token out of a message, whatever put it there. */
function redact(message: string, token: string | undefined): string {
  return token ? blankSecrets(message, [token], '[token]') : message
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
