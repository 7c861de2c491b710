/**
 * A local stand-in for the Sanity Content Lake HTTP API, for tests that run the real
 * `@sanity/client` (or plain `fetch`) over loopback instead of mocking it.
 *
 * ```ts
 * const lake = await startContentLake({ documents, dataset: 'production', projectId: 'jobld' })
 * const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url,
 *   useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' })
 * await client.fetch('*[_type == "jobProfile"]')     // GROQ through groq-js
 * lake.setFaults([{ kind: 'status', status: 503, times: 2, path: '/data/query' }])
 * lake.requests                                       // every request: method, path, headers, body, at
 * await lake.close()
 * ```
 *
 * Endpoints (any `/v<apiVersion>` prefix; `<dataset>` must be the served dataset, else 404):
 * - `GET|POST /data/query/<dataset>`: GROQ from the `query` and `$param` URL parameters (params
 *   JSON-encoded) or a JSON body `{query, params}`; `perspective` is `raw`, `published`, `drafts`
 *   or a comma list of release names and `drafts`/`published`, as @sanity/client sends an array
 *   (default: `published` from API version 2025-02-19 on, `raw` before). A list is a stack, the
 *   release that ships last first (`rB,rA`: the dataset once rA and then rB shipped, Sanity's
 *   perspective documentation): each document's first version in the list
 *   (`versions.<release>.<id>`, `drafts.<id>`) goes over the published one, under the
 *   published `_id` with `_originalId`; a version marked `_system: {delete: true}` leaves the
 *   document out (the release unpublishes it). Answers `{query, result, ms}` (`returnQuery=false` drops
 *   `query`); a syntax error answers 400 `{error: {type: 'queryParseError', description, query, start, end}}`.
 * - `GET /data/export/<dataset>`: every document (drafts and release versions included, as the
 *   real export does) as chunked NDJSON; `types=a,b` filters by `_type`.
 * - `POST /data/mutate/<dataset>`: `{mutations, transactionId?}` with `create`, `createOrReplace`,
 *   `createIfNotExists`, `delete: {id | query}` and `patch: {id | query, ifRevisionID?, setIfMissing?,
 *   set?, unset?, inc?, dec?, insert?, diffMatchPatch?}` (applied in that order; paths like `a.b[0].c[_key=="k"]`),
 *   all or nothing. Sets `_rev` to the transaction id (given, or `txn-<n>` counting committed ones) and
 *   `_createdAt`/`_updatedAt` from `now()`. Query params `returnIds`, `returnDocuments`, `dryRun`;
 *   `visibility` is accepted and ignored (writes are always visible at once). Answers
 *   `{transactionId, results: [{id, operation, document?}]}`; 409 `mutationError` when a create
 *   hits an existing id or `ifRevisionID` does not match, 404 when a patch targets a missing id.
 * - `GET /data/doc/<dataset>/<id,id,…>`: `{documents, omitted: [{id, reason: 'existence'}]}`, raw ids.
 * Seeded `documents` are served exactly as given (no `_rev` or timestamps added), so an export
 * compares equal to the NDJSON they came from. With `token` set, every request must carry
 * `Authorization: Bearer <token>` (401 otherwise). CORS preflights are answered for browser tests.
 *
 * Faults are checked in order before routing; the first that matches the request (optional
 * `path` prefix, compared with and without the `/v<apiVersion>` part) and has `times` left fires:
 * - `{kind: 'status', status}`: answers that status with a JSON error body.
 * - `{kind: 'rateLimit', retryAfter}`: 429 with `Retry-After: <seconds>`.
 * - `{kind: 'resetMidStream'}`: sends half of the real response body, then destroys the socket.
 * - `{kind: 'stall'}`: never answers (until `close()`).
 * - `{kind: 'malformedJson'}`: 200 with a body cut in half (JSON endpoints), or for the export a
 *   garbled line inserted before document `floor(n / 2)`, so it is line `floor(n / 2) + 1`.
 * - `{kind: 'endless'}`: 200 and a body without end, until the client goes away: the export sends
 *   its documents and then new small ones (`faqEntry.endless-<n>`) forever; a JSON endpoint sends
 *   `{"result":[` and documents forever. `endlessBytes()` says how many bytes went out so.
 * - `{kind: 'silentAfterCommit'}` (mutate): commits the transaction, then never answers.
 * - `{kind: 'resetAfterCommit'}` (mutate): commits the transaction, then drops the connection.
 *
 * Queries are answered from indexes where their filters allow, as the Content Lake answers them:
 * `_id`s in order (`_id == "x"`, `_id in [...]`, a range of `_id`s), `_updatedAt`s in order (a
 * range of them), a reverse index of `_ref`s (`references(...)`), and filters of comparisons,
 * `in` a list or a `path()`, `string::startsWith`, `!`, `&&` and `||` on a document's own attributes
 * tested without GROQ, as recognised from the parsed query (groq-js `parse`); `count(*[…])` with
 * such a filter is counted without evaluating GROQ. A query about a few documents, or a count,
 * then costs little at 300,000 documents; any other query scans every document. The answers are a
 * scan's (tests/contentLakeIndexes.test.ts; `indexes: false` answers every query by a scan).
 *
 * Every committed transaction is told to `onChange` listeners, one change per published document it
 * created, updated or deleted (drafts and release versions are left out, as Sanity's webhooks leave
 * them out by default), with the transaction's id and time: what a webhook sender needs.
 *
 * Not emulated: listeners, assets, actions, history, projects/users endpoints and the API CDN.
 */
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, GroqSyntaxError, parse, Path } from 'groq-js'
import { applyPatches, parsePatch } from '@sanity/diff-match-patch'

/** A scripted failure; `times` limits how often it fires (default: always), `path` which requests it hits. */
export type Fault = (
  | { kind: 'status'; status: number }
  | { kind: 'rateLimit'; retryAfter: number }
  | { kind: 'resetMidStream' }
  | { kind: 'stall' }
  | { kind: 'malformedJson' }
  | { kind: 'endless' }
  | { kind: 'silentAfterCommit' }
  | { kind: 'resetAfterCommit' }
) & { times?: number; path?: string }

/** One request as the emulator received it. */
export interface RecordedRequest {
  method: string
  /** Path with query string, as sent (`/v2025-02-19/data/query/production?query=…`). */
  path: string
  /** Headers with lower-case names, as Node parses them. */
  headers: IncomingHttpHeaders
  /** Request body as text, for POST requests. */
  body?: string
  /** For a query answered with a list: how many items (documents, `_id`s) it held. */
  items?: number
  /** `Date.now()` when the request arrived. */
  at: number
}

/** One published document a committed transaction created, updated or deleted. */
export interface DocumentChange {
  documentId: string
  /** The document's `_type` (before the change, for a delete). */
  type: string
  operation: 'create' | 'update' | 'delete'
  transactionId: string
  /** The transaction's time (ISO 8601): the `_updatedAt` it stamped. */
  time: string
}

/** Options of {@link startContentLake}. */
export interface ContentLakeOptions {
  /** Documents to seed, each with a string `_id`; drafts (`drafts.x`) and versions (`versions.r.x`) too. */
  documents?: ReadonlyArray<object>
  /** Dataset name served; default `production`. */
  dataset?: string
  /** Project id; a request with another `X-Sanity-Project-ID` header gets 404. Default `jobld`. */
  projectId?: string
  /** When set, requests need `Authorization: Bearer <token>`. */
  token?: string
  /** Faults active from the start. */
  faults?: ReadonlyArray<Fault>
  /** Clock for `_createdAt`/`_updatedAt`; default `() => new Date()`. */
  now?: () => Date
  /** `false`: every query is answered by a scan of every document, never from an index (to compare the two). Default `true`. */
  indexes?: boolean
}

/** A running emulator. */
export interface ContentLake {
  /** Base URL to use as `apiHost`, e.g. `http://127.0.0.1:41234`. */
  url: string
  port: number
  projectId: string
  dataset: string
  /** The current documents, in insertion order (copies). */
  documents(): Record<string, unknown>[]
  /** Every request received so far, oldest first. */
  requests: RecordedRequest[]
  /** Replaces the active faults (counters start afresh). */
  setFaults(faults: ReadonlyArray<Fault>): void
  /** Calls `listener` with the changes of every committed transaction, after it is visible to queries. */
  onChange(listener: (changes: DocumentChange[]) => void): void
  /** Bytes sent by `endless` answers so far. */
  endlessBytes(): number
  /** Stops the server and drops every open connection, stalled ones included. */
  close(): Promise<void>
}

type Doc = Record<string, unknown> & { _id: string }
type Segment = string | number | { key: string }

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(`HTTP ${status}`)
  }
}

const ROUTE = /^\/v([^/]+)\/data\/(query|export|mutate|doc)\/([^/]+)(?:\/(.+))?$/
const PUBLISHED_DEFAULT_FROM = '2025-02-19'
const WRITE_SLICE = 64 * 1024

/**
 * Starts the emulator on 127.0.0.1 at a free port.
 * @param options seed documents, dataset, project id, token and faults
 * @returns the running emulator; call `close()` when done
 */
export async function startContentLake(options: ContentLakeOptions = {}): Promise<ContentLake> {
  const dataset = options.dataset ?? 'production'
  const projectId = options.projectId ?? 'jobld'
  const now = options.now ?? (() => new Date())
  const store = new Map<string, Doc>()
  // Seeds are copied shallowly: the emulator never changes a stored object in place (patches
  // work on a clone), so deep copies of big seeds would only cost time.
  // Reverse index of references: target `_id` → the `_id`s of the documents that refer to it.
  const referrers = new Map<string, Set<string>>()
  const indexRefs = (doc: Doc, add: boolean) => {
    for (const target of refsOf(doc)) {
      let set = referrers.get(target)
      if (add) {
        if (!set) referrers.set(target, (set = new Set()))
        set.add(doc._id)
      } else {
        set?.delete(doc._id)
        if (set?.size === 0) referrers.delete(target)
      }
    }
  }
  // Indexes, kept as documents are written, as the Content Lake keeps its own: every `_id` in order
  // (for ranges of `_id`s), every string `_updatedAt` in order, and each `_id`'s place in the
  // store's order (the order of a query without `order()`).
  const byId = new SortedIndex()
  const byUpdatedAt = new SortedIndex()
  const place = new Map<string, number>()
  let places = 0
  const index = (before: Doc | undefined, after: Doc | undefined) => {
    if (before) {
      indexRefs(before, false)
      if (typeof before._updatedAt === 'string') byUpdatedAt.remove(before._updatedAt, before._id)
    }
    if (after) {
      indexRefs(after, true)
      if (typeof after._updatedAt === 'string') byUpdatedAt.add(after._updatedAt, after._id)
    }
    if (!before && after) {
      byId.add(after._id, after._id)
      place.set(after._id, places++)
    } else if (before && !after) {
      byId.remove(before._id, before._id)
      place.delete(before._id)
    }
  }
  byId.deferSorting()
  byUpdatedAt.deferSorting()
  for (const seed of options.documents ?? []) {
    const doc = toDoc(seed)
    if (!doc) throw new TypeError('Seed documents need a string _id')
    const before = store.get(doc._id)
    store.set(doc._id, doc)
    index(before, doc)
  }
  const listeners: Array<(changes: DocumentChange[]) => void> = []
  let faults = armFaults(options.faults ?? [])
  let transactions = 0
  let endless = 0
  const requests: RecordedRequest[] = []

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        writeJson(res, 500, { statusCode: 500, error: 'Internal Server Error', message: String(error) })
      } else {
        res.destroy()
      }
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const record: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, at: Date.now() }
    if (body.length > 0) record.body = body
    requests.push(record)

    if (req.method === 'OPTIONS') return preflight(req, res)
    allowOrigin(req, res)

    const fault = takeFault(faults, url.pathname)
    if (fault?.kind === 'stall') return
    if (fault?.kind === 'status') {
      return writeJson(res, fault.status, { statusCode: fault.status, error: `HTTP ${fault.status}`, message: 'Fault injected by the emulator' })
    }
    if (fault?.kind === 'rateLimit') {
      res.setHeader('Retry-After', String(fault.retryAfter))
      return writeJson(res, 429, { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded' })
    }
    const damage = fault?.kind
    if (damage === 'endless') return sendEndless(res, url.pathname)

    try {
      if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
        throw new HttpProblem(401, { statusCode: 401, error: 'Unauthorized', message: 'Session not found' })
      }
      const header = req.headers['x-sanity-project-id']
      if (typeof header === 'string' && header !== projectId) {
        throw new HttpProblem(404, { statusCode: 404, error: 'Not Found', message: `Project "${header}" not found` })
      }
      const match = ROUTE.exec(url.pathname)
      if (!match) throw new HttpProblem(404, { statusCode: 404, error: 'Not Found', message: 'Not Found' })
      const [, apiVersion = '', endpoint, name, rest] = match
      if (decodeURIComponent(name ?? '') !== dataset) {
        throw new HttpProblem(404, {
          statusCode: 404,
          error: 'Not Found',
          message: `Dataset "${decodeURIComponent(name ?? '')}" not found for project ID "${projectId}"`,
        })
      }
      switch (endpoint) {
        case 'query': {
          const answer = await runQuery(req.method ?? 'GET', url, body, apiVersion)
          if (Array.isArray(answer.result)) record.items = answer.result.length
          return await sendJson(res, answer, damage)
        }
        case 'export':
          return await sendExport(res, url, damage)
        case 'mutate': {
          if (req.method !== 'POST') throw methodNotAllowed()
          const answer = await mutate(url, body)
          if (damage === 'silentAfterCommit') return
          if (damage === 'resetAfterCommit') return void res.destroy()
          return await sendJson(res, answer, damage)
        }
        case 'doc':
          return await sendJson(res, getDocuments(rest ?? ''), damage)
        default:
          throw new HttpProblem(404, { statusCode: 404, error: 'Not Found', message: 'Not Found' })
      }
    } catch (error) {
      if (error instanceof HttpProblem) return writeJson(res, error.status, error.body)
      throw error
    }
  }

  async function runQuery(method: string, url: URL, body: string, apiVersion: string): Promise<Record<string, unknown>> {
    const started = performance.now()
    let query = url.searchParams.get('query') ?? undefined
    const params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) {
      if (key.startsWith('$')) params[key.slice(1)] = parseJson(value, `Invalid value for parameter "${key}"`)
    }
    if (method === 'POST') {
      const payload = parseJson(body, 'Request body is not JSON')
      if (isRecord(payload)) {
        if (typeof payload.query === 'string') query = payload.query
        if (isRecord(payload.params)) Object.assign(params, payload.params)
      }
    } else if (method !== 'GET') {
      throw methodNotAllowed()
    }
    if (query === undefined) throw badRequest('Missing query')
    const perspective = url.searchParams.get('perspective') ?? defaultPerspective(apiVersion)
    let tree
    try {
      tree = parse(query, { params })
    } catch (error) {
      if (error instanceof GroqSyntaxError) {
        throw new HttpProblem(400, {
          error: { type: 'queryParseError', description: error.message, query, start: error.position, end: error.position + 1 },
        })
      }
      throw error
    }
    const planned = planQuery(tree, perspective)
    let documentsById: Map<string, Doc> | undefined
    const value =
      planned.count !== undefined
        ? undefined
        : await evaluate(tree, {
            dataset: planned.dataset,
            params,
            sanity: { projectId, dataset },
            dereference: ({ _ref }) => {
              documentsById ??= new Map(perspectiveView(perspective).map((doc) => [doc._id, doc]))
              return documentsById.get(_ref) ?? null
            },
          })
    const result = planned.count ?? (await value?.get())
    const answer: Record<string, unknown> = { result, ms: Math.round(performance.now() - started) }
    if (url.searchParams.get('returnQuery') !== 'false') answer.query = query
    return answer
  }

  /**
   * What a query is evaluated on, from the indexes where they answer it, as the Content Lake
   * answers from its own: each `*[filter]` whose filter is understood (compileFilter) contributes
   * exactly the documents it keeps, found through an index (`_id`, `_updatedAt`, references) or by
   * testing each document's attributes without GROQ; any other `*` needs every document (a scan).
   * groq-js then evaluates the whole query on that dataset, so its answer is the scan's (the same
   * documents, in the store's order). `count(*[filter])` with an understood filter is counted
   * from the index alone.
   */
  function planQuery(tree: unknown, perspective: string): { dataset: Doc[]; count?: number } {
    if (options.indexes === false) return { dataset: perspectiveView(perspective) }
    // Release and draft perspectives show documents under ids the indexes do not hold: only
    // tests of attributes and indexes that map back to the published id are used there.
    const overlay = perspective !== 'raw' && perspective !== 'published'
    let view: Doc[] | undefined
    const wholeView = () => (view ??= perspectiveView(perspective))
    let overlayById: Map<string, Doc> | undefined
    const shown = (id: string): Doc | undefined => {
      if (overlay) return (overlayById ??= new Map(wholeView().map((doc) => [doc._id, doc]))).get(id)
      const doc = store.get(id)
      return doc && (perspective === 'raw' || publishedId(id) === id) ? doc : undefined
    }
    const kept = (filter: Compiled): Doc[] => {
      const ids = filter.ids?.()
      const test = filter.test
      if (ids === undefined && test && !overlay) {
        // The store's documents tested as they come, without a copy of the view first.
        const found: Doc[] = []
        for (const doc of store.values()) if ((perspective === 'raw' || publishedId(doc._id) === doc._id) && test(doc) === true) found.push(doc)
        return found
      }
      let docs: Doc[]
      if (ids === undefined) docs = wholeView()
      else {
        const unique = new Set<string>()
        for (const id of ids) unique.add(id).add(publishedId(id))
        docs = [...unique].flatMap((id) => shown(id) ?? [])
      }
      return test ? docs.filter((doc) => test(doc) === true) : docs
    }
    if (isRecord(tree) && tree.type === 'FuncCall' && tree.namespace === 'global' && tree.name === 'count' && Array.isArray(tree.args) && tree.args.length === 1) {
      const [only] = tree.args as unknown[]
      if (isFilterOfEverything(only)) {
        const filter = compileFilter(only.expr, overlay)
        if (filter.test) return { dataset: [], count: kept(filter).length }
      }
    }
    const chosen = new Set<Doc>()
    let whole = false
    const visit = (node: unknown): void => {
      if (whole) return
      if (Array.isArray(node)) return node.forEach(visit)
      if (!isRecord(node)) return
      if (node.type === 'Everything') {
        whole = true
        return
      }
      if (isFilterOfEverything(node)) {
        const filter = compileFilter(node.expr, overlay)
        if (!filter.ids && !filter.test) {
          whole = true
          return
        }
        for (const doc of kept(filter)) chosen.add(doc)
        return visit(node.expr)
      }
      for (const value of Object.values(node)) visit(value)
    }
    visit(tree)
    if (whole) return { dataset: wholeView() }
    // In the order a scan meets them.
    if (overlay) return { dataset: wholeView().filter((doc) => chosen.has(doc)) }
    return { dataset: [...chosen].sort((a, b) => (place.get(a._id) ?? 0) - (place.get(b._id) ?? 0)) }
  }

  /**
   * A filter compiled for the indexes: `test` gives its GROQ value (true, false or null) for a
   * document when every part of it is understood (comparisons of a top-level attribute with a
   * string, `in` a list or a `path()`, `string::startsWith`, `!`, `&&`, `||`); `ids` a superset of
   * the `_id`s it keeps, when an index gives one (`_id` equal, in a list or in a range,
   * `_updatedAt` in a range, `references()`). Written by hand: groq-js evaluates, it does not plan.
   */
  function compileFilter(node: unknown, overlay: boolean): Compiled {
    if (!isRecord(node)) return {}
    switch (node.type) {
      case 'Group':
        return compileFilter(node.base, overlay)
      case 'And': {
        const left = compileFilter(node.left, overlay)
        const right = compileFilter(node.right, overlay)
        const [a, b] = [left.test, right.test]
        return {
          test: a && b ? (doc) => and3(a(doc), b(doc)) : undefined,
          ids:
            left.ids && right.ids
              ? () => {
                  const one = [...(left.ids?.() ?? [])]
                  const other = [...(right.ids?.() ?? [])]
                  return one.length <= other.length ? one : other
                }
              : (left.ids ?? right.ids),
        }
      }
      case 'Or': {
        const left = compileFilter(node.left, overlay)
        const right = compileFilter(node.right, overlay)
        const [a, b] = [left.test, right.test]
        const [l, r] = [left.ids, right.ids]
        return { test: a && b ? (doc) => or3(a(doc), b(doc)) : undefined, ids: l && r ? () => [...l(), ...r()] : undefined }
      }
      case 'Not': {
        const inner = compileFilter(node.base, overlay).test
        return { test: inner ? (doc) => not3(inner(doc)) : undefined }
      }
      case 'OpCall': {
        const name = attributeName(node.left)
        if (name === undefined) return {}
        const right = node.right
        if (isRecord(right) && right.type === 'FuncCall' && right.namespace === 'global' && right.name === 'path' && node.op === 'in') {
          const [pattern] = Array.isArray(right.args) ? (right.args as unknown[]) : []
          if (!isRecord(pattern) || pattern.type !== 'Value' || typeof pattern.value !== 'string') return {}
          const path = new Path(pattern.value)
          return { test: (doc) => (typeof attribute(doc, name) === 'string' ? path.matches(String(attribute(doc, name))) : null) }
        }
        if (!isRecord(right) || right.type !== 'Value') return {}
        const value: unknown = right.value
        if (node.op === 'in' && Array.isArray(value)) {
          const listed = new Set(value.filter((item) => item === null || typeof item !== 'object'))
          return {
            test: (doc) => {
              const own = attribute(doc, name) ?? null
              return own === null || typeof own !== 'object' ? listed.has(own) : false
            },
            ids: name === '_id' ? () => [...listed].filter((item): item is string => typeof item === 'string') : undefined,
          }
        }
        if (typeof value !== 'string') return {}
        const op = node.op
        if (op === '==') return { test: (doc) => attribute(doc, name) === value, ids: name === '_id' ? () => [value] : name === '_updatedAt' ? () => byUpdatedAt.ids({ key: value, inclusive: true }, { key: value, inclusive: true }) : undefined }
        if (op !== '<' && op !== '<=' && op !== '>' && op !== '>=') return {}
        const compare = (own: string) => (op === '<' ? own < value : op === '<=' ? own <= value : op === '>' ? own > value : own >= value)
        const bound = { key: value, inclusive: op === '<=' || op === '>=' }
        const [low, high] = op === '>' || op === '>=' ? [bound, undefined] : [undefined, bound]
        // Under an overlay a document's `_id` is its published one, which the index of raw `_id`s may not order alike.
        const sorted = name === '_id' && !overlay ? byId : name === '_updatedAt' ? byUpdatedAt : undefined
        return {
          test: (doc) => {
            const own = attribute(doc, name)
            return typeof own === 'string' ? compare(own) : null
          },
          ids: sorted ? () => sorted.ids(low, high) : undefined,
        }
      }
      case 'FuncCall': {
        const args = Array.isArray(node.args) ? (node.args as unknown[]) : []
        if (node.namespace === 'string' && node.name === 'startsWith' && args.length === 2) {
          const [of, prefix] = args
          const name = attributeName(of)
          if (name === undefined || !isRecord(prefix) || prefix.type !== 'Value' || typeof prefix.value !== 'string') return {}
          const start = prefix.value
          return {
            test: (doc) => {
              const own = attribute(doc, name)
              return typeof own === 'string' ? own.startsWith(start) : null
            },
          }
        }
        if (node.namespace === 'global' && node.name === 'references' && args.length === 1) {
          const [arg] = args
          if (!isRecord(arg) || arg.type !== 'Value') return {}
          const targets = (Array.isArray(arg.value) ? (arg.value as unknown[]) : [arg.value]).filter((item): item is string => typeof item === 'string')
          return { ids: () => targets.flatMap((id) => [...(referrers.get(id) ?? [])]) }
        }
        return {}
      }
      default:
        return {}
    }
  }

  /** The documents a perspective shows: `raw` is the store, anything else overlays drafts or releases on published ids. */
  function perspectiveView(perspective: string): Doc[] {
    const all = [...store.values()]
    if (perspective === 'raw') return all
    const layers = perspective
      .split(',')
      .map((layer) => (layer === 'previewDrafts' ? 'drafts' : layer.trim()))
      .filter((layer) => layer !== 'published' && layer !== '')
    if (layers.length === 0) return all.filter((doc) => publishedId(doc._id) === doc._id)
    const baseIds = [...new Set(all.map((doc) => publishedId(doc._id)))]
    const view: Doc[] = []
    for (const id of baseIds) {
      const candidates = [...layers.map((layer) => (layer === 'drafts' ? `drafts.${id}` : `versions.${layer}.${id}`)), id]
      const chosen = candidates.map((candidate) => store.get(candidate)).find((doc) => doc !== undefined)
      // A release's version marked `_system.delete` unpublishes the document in that release's view.
      if (!chosen || (chosen._id !== id && isRecord(chosen._system) && chosen._system.delete === true)) continue
      view.push(chosen._id === id ? chosen : { ...chosen, _id: id, _originalId: chosen._id })
    }
    return view
  }

  async function sendExport(res: ServerResponse, url: URL, damage: Fault['kind'] | undefined): Promise<void> {
    const types = url.searchParams.get('types')?.split(',').filter(Boolean)
    const docs = [...store.values()].filter((doc) => !types || (typeof doc._type === 'string' && types.includes(doc._type)))
    res.writeHead(200, { 'content-type': 'application/x-ndjson' })
    if (damage === 'resetMidStream' || damage === 'malformedJson') {
      // These need the whole body up front: to know where half is, or where the middle line goes.
      const lines = docs.map((doc) => JSON.stringify(doc))
      if (damage === 'malformedJson') lines.splice(Math.floor(lines.length / 2), 0, '{"_id": "garbled", "_type": ')
      const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''))
      if (damage === 'resetMidStream') {
        await writeBody(res, bytes.subarray(0, Math.floor(bytes.length / 2)))
        res.destroy()
        return
      }
      await writeBody(res, bytes)
      res.end()
      return
    }
    // Streamed as it is serialised, like the real export: the first bytes leave before the last document is read.
    let batch = ''
    for (const doc of docs) {
      batch += `${JSON.stringify(doc)}\n`
      if (batch.length >= WRITE_SLICE) {
        if (res.destroyed) return
        if (!res.write(batch)) await drained(res)
        batch = ''
      }
    }
    res.end(batch)
  }

  /** An answer without end: the export's documents, then new ones; or a JSON result array that never closes. */
  async function sendEndless(res: ServerResponse, pathname: string): Promise<void> {
    const isExport = pathname.includes('/data/export/')
    res.writeHead(200, { 'content-type': isExport ? 'application/x-ndjson' : 'application/json; charset=utf-8' })
    const send = async (text: string) => {
      endless += Buffer.byteLength(text)
      if (!res.write(text)) await drained(res)
    }
    if (isExport) for (const doc of store.values()) await send(`${JSON.stringify(doc)}\n`)
    else await send('{"result":[')
    for (let n = 0; !res.destroyed; n += 1) {
      let batch = ''
      for (let i = 0; i < 500; i += 1, n += 1) {
        const doc = JSON.stringify({ _id: `faqEntry.endless-${n}`, _type: 'faqEntry', question: `Vraag ${n}?` })
        batch += isExport ? `${doc}\n` : `${doc},`
      }
      await send(batch)
    }
  }

  async function mutate(url: URL, body: string): Promise<Record<string, unknown>> {
    const payload = parseJson(body, 'Request body is not JSON')
    const list = Array.isArray(payload) ? payload : isRecord(payload) ? payload.mutations : undefined
    if (!Array.isArray(list)) throw badRequest('Expected "mutations" to be an array')
    const givenId = isRecord(payload) && typeof payload.transactionId === 'string' ? payload.transactionId : undefined
    const transactionId = givenId ?? `txn-${transactions + 1}`
    const timestamp = now().toISOString()
    // Work on a copy: the store only changes when every mutation succeeded.
    const draft = new Map(store)
    const results: Record<string, unknown>[] = []
    for (const [index, mutation] of list.entries()) {
      results.push(...(await applyMutation(draft, mutation, index, transactionId, timestamp)))
    }
    if (url.searchParams.get('dryRun') !== 'true') {
      transactions += 1
      const changes: DocumentChange[] = []
      for (const id of new Set(results.flatMap((result) => (typeof result.id === 'string' ? [result.id] : [])))) {
        const before = store.get(id)
        const after = draft.get(id)
        if (before === after) continue
        if (after) store.set(id, after)
        else store.delete(id)
        index(before, after)
        if (publishedId(id) !== id) continue
        const type = String((after ?? before)?._type ?? '')
        changes.push({ documentId: id, type, operation: !before ? 'create' : after ? 'update' : 'delete', transactionId, time: timestamp })
      }
      if (changes.length) for (const listener of listeners) listener(changes)
    }
    const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
    return {
      transactionId,
      results: results.map(({ document, ...rest }) => (returnDocuments && document !== undefined ? { ...rest, document } : rest)),
    }
  }

  async function applyMutation(
    docs: Map<string, Doc>,
    mutation: unknown,
    index: number,
    rev: string,
    timestamp: string,
  ): Promise<Record<string, unknown>[]> {
    if (!isRecord(mutation)) throw badRequest(`Mutation ${index} is not an object`)
    const [kind, arg] = Object.entries(mutation)[0] ?? []
    const stamp = (doc: Doc, previous?: Doc): Doc => ({
      ...doc,
      _rev: rev,
      _createdAt: typeof previous?._createdAt === 'string' ? previous._createdAt : typeof doc._createdAt === 'string' ? doc._createdAt : timestamp,
      _updatedAt: timestamp,
    })
    switch (kind) {
      case 'create':
      case 'createOrReplace':
      case 'createIfNotExists': {
        if (!isRecord(arg)) throw badRequest(`Mutation ${index}: expected a document`)
        const id = newId(arg._id, kind === 'create', index)
        if (typeof arg._type !== 'string' || arg._type === '') throw badRequest(`Mutation ${index}: document needs a _type`)
        const existing = docs.get(id)
        if (existing && kind === 'create') throw conflict(index, id, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`)
        if (existing && kind === 'createIfNotExists') return [{ id, operation: 'none', document: existing }]
        const doc = stamp({ ...structuredClone(arg), _id: id }, existing)
        docs.set(id, doc)
        return [{ id, operation: existing ? 'update' : 'create', document: doc }]
      }
      case 'delete': {
        if (!isRecord(arg)) throw badRequest(`Mutation ${index}: expected {id} or {query}`)
        const ids = await targetIds(docs, arg, index)
        for (const id of ids) docs.delete(id)
        return ids.map((id) => ({ id, operation: 'delete' }))
      }
      case 'patch': {
        if (!isRecord(arg)) throw badRequest(`Mutation ${index}: expected a patch`)
        const ids = await targetIds(docs, arg, index)
        return ids.map((id) => {
          const existing = docs.get(id)
          if (!existing) {
            throw new HttpProblem(404, mutationError(index, id, 'documentNotFoundError', `Document by ID "${id}" not found`))
          }
          if (typeof arg.ifRevisionID === 'string' && arg.ifRevisionID !== existing._rev) {
            throw conflict(index, id, 'conflict', `Document by ID "${id}" has unexpected revision ID ("${String(existing._rev)}"), expected "${arg.ifRevisionID}"`)
          }
          const doc = stamp(applyPatch(structuredClone(existing), arg, index), existing)
          docs.set(id, doc)
          return { id, operation: 'update', document: doc }
        })
      }
      default:
        throw badRequest(`Mutation ${index}: unsupported mutation type "${String(kind)}"`)
    }
  }

  function newId(given: unknown, generateAllowed: boolean, index: number): string {
    if (typeof given === 'string' && given !== '' && !given.endsWith('.')) return given
    if (given !== undefined && typeof given !== 'string') throw badRequest(`Mutation ${index}: _id must be a string`)
    if (!generateAllowed) throw badRequest(`Mutation ${index}: document needs an _id`)
    return `${given ?? ''}emulated${transactions + 1}x${index}`
  }

  async function targetIds(docs: Map<string, Doc>, arg: Record<string, unknown>, index: number): Promise<string[]> {
    if (typeof arg.id === 'string') return [arg.id]
    if (typeof arg.query !== 'string') throw badRequest(`Mutation ${index}: expected an id or a query`)
    const params = isRecord(arg.params) ? arg.params : {}
    let tree
    try {
      tree = parse(arg.query, { params })
    } catch {
      throw badRequest(`Mutation ${index}: the query does not parse`)
    }
    const matched = await (await evaluate(tree, { dataset: [...docs.values()], params })).get()
    const list: unknown[] = Array.isArray(matched) ? matched : [matched]
    return list.flatMap((doc) => (isRecord(doc) && typeof doc._id === 'string' ? [doc._id] : []))
  }

  function getDocuments(rawIds: string): Record<string, unknown> {
    const ids = decodeURIComponent(rawIds).split(',').filter(Boolean)
    const documents = ids.flatMap((id) => store.get(id) ?? [])
    const omitted = ids.filter((id) => !store.has(id)).map((id) => ({ id, reason: 'existence' }))
    return { documents, omitted }
  }

  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  if (!isAddressInfo(address)) throw new Error('The emulator did not get a TCP port')
  const port = address.port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    projectId,
    dataset,
    documents: () => [...store.values()].map((doc) => structuredClone(doc)),
    requests,
    endlessBytes: () => endless,
    setFaults: (next) => {
      faults = armFaults(next)
    },
    onChange: (listener) => {
      listeners.push(listener)
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Indexes and the filters they answer

/** A filter compiled for the indexes (compileFilter): its exact GROQ value per document, and a superset of the `_id`s it keeps. */
interface Compiled {
  test?: ((doc: Doc) => boolean | null) | undefined
  ids?: (() => Iterable<string>) | undefined
}

/** GROQ's `&&`, `||` and `!` on true, false and null (anything else counts as null). */
function and3(a: boolean | null, b: boolean | null): boolean | null {
  return a === false || b === false ? false : a === true && b === true ? true : null
}

function or3(a: boolean | null, b: boolean | null): boolean | null {
  return a === true || b === true ? true : a === false && b === false ? false : null
}

function not3(a: boolean | null): boolean | null {
  return a === null ? null : !a
}

/** The name of a document's own attribute (`_id`, not `a._id` or `@._id`), if the node reads one. */
function attributeName(node: unknown): string | undefined {
  return isRecord(node) && node.type === 'AccessAttribute' && node.base === undefined && typeof node.name === 'string' ? node.name : undefined
}

/** An attribute as GROQ reads it: the document's own property, or undefined (GROQ's null). */
function attribute(doc: Doc, name: string): unknown {
  return Object.hasOwn(doc, name) ? doc[name] : undefined
}

function isFilterOfEverything(node: unknown): node is { type: 'Filter'; base: { type: 'Everything' }; expr: unknown } {
  return isRecord(node) && node.type === 'Filter' && isRecord(node.base) && node.base.type === 'Everything'
}

/** One bound of a range of keys. */
interface Bound {
  key: string
  inclusive: boolean
}

/**
 * The `_id`s of documents ordered by one string attribute (then by `_id`), kept sorted as documents
 * are written. Written by hand: a sorted array with binary search is all an emulator needs.
 */
class SortedIndex {
  private keys: string[] = []
  private entryIds: string[] = []
  private sorted = true

  /** Adds an entry; entries added before the first lookup are sorted once, then each goes in its place. */
  add(key: string, id: string): void {
    if (!this.sorted) {
      this.keys.push(key)
      this.entryIds.push(id)
      return
    }
    if (this.keys.length > 0 && !this.before(this.keys.length - 1, key, id)) {
      const at = this.lower(key, id)
      this.keys.splice(at, 0, key)
      this.entryIds.splice(at, 0, id)
      return
    }
    this.keys.push(key)
    this.entryIds.push(id)
  }

  remove(key: string, id: string): void {
    this.sort()
    const at = this.lower(key, id)
    if (this.keys[at] === key && this.entryIds[at] === id) {
      this.keys.splice(at, 1)
      this.entryIds.splice(at, 1)
    }
  }

  /** The `_id`s whose key is within the bounds (each optional), in key order. */
  ids(low: Bound | undefined, high: Bound | undefined): string[] {
    this.sort()
    const first = (bound: Bound, after: boolean) => {
      let lo = 0
      let hi = this.keys.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        const at = this.keys[mid] ?? ''
        if (at < bound.key || (after && at === bound.key)) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    return this.entryIds.slice(low ? first(low, !low.inclusive) : 0, high ? first(high, high.inclusive) : this.keys.length)
  }

  /** Seeds come in any order: many adds are sorted once, at the first lookup. */
  deferSorting(): void {
    this.sorted = false
  }

  private sort(): void {
    if (this.sorted) return
    const order = this.keys.map((_, i) => i).sort((a, b) => compareEntries(this.keys[a] ?? '', this.entryIds[a] ?? '', this.keys[b] ?? '', this.entryIds[b] ?? ''))
    this.keys = order.map((i) => this.keys[i] ?? '')
    this.entryIds = order.map((i) => this.entryIds[i] ?? '')
    this.sorted = true
  }

  /** Whether entry `i` sorts before (key, id). */
  private before(i: number, key: string, id: string): boolean {
    return compareEntries(this.keys[i] ?? '', this.entryIds[i] ?? '', key, id) < 0
  }

  /** The first place whose entry does not sort before (key, id). */
  private lower(key: string, id: string): number {
    let lo = 0
    let hi = this.keys.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.before(mid, key, id)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function compareEntries(keyA: string, idA: string, keyB: string, idB: string): number {
  return keyA < keyB ? -1 : keyA > keyB ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0
}

// ---------------------------------------------------------------------------------------------
// Faults

interface ArmedFault {
  fault: Fault
  left: number
}

function armFaults(faults: ReadonlyArray<Fault>): ArmedFault[] {
  return faults.map((fault) => ({ fault, left: fault.times ?? Number.POSITIVE_INFINITY }))
}

function takeFault(faults: ArmedFault[], pathname: string): Fault | undefined {
  const unversioned = pathname.replace(/^\/v[^/]+/, '')
  const armed = faults.find(
    ({ fault, left }) =>
      left > 0 && (fault.path === undefined || pathname.startsWith(fault.path) || unversioned.startsWith(fault.path)),
  )
  if (!armed) return undefined
  armed.left -= 1
  return armed.fault
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

function allowOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (origin === undefined) return
  res.setHeader('Access-Control-Allow-Origin', origin)
  res.setHeader('Access-Control-Allow-Credentials', 'true')
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  allowOrigin(req, res)
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*')
  res.setHeader('Access-Control-Max-Age', '600')
  res.writeHead(204).end()
}

function writeJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

async function sendJson(res: ServerResponse, payload: unknown, damage: Fault['kind'] | undefined): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(payload))
  const half = bytes.subarray(0, Math.floor(bytes.length / 2))
  if (damage === 'resetMidStream') {
    // No content-length: the client sees a chunked body that stops, not a short one.
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    await writeBody(res, half)
    res.destroy()
    return
  }
  const body = damage === 'malformedJson' ? half : bytes
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
  await writeBody(res, body)
  res.end()
}

async function writeBody(res: ServerResponse, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; offset += WRITE_SLICE) {
    if (res.destroyed) return
    if (!res.write(bytes.subarray(offset, offset + WRITE_SLICE))) await drained(res)
  }
  // Let the bytes leave before a fault destroys the socket.
  await new Promise<void>((resolve) => setImmediate(resolve))
}

/** Waits until the response can take more bytes, or the client has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

function badRequest(description: string): HttpProblem {
  return new HttpProblem(400, { error: { type: 'httpBadRequest', description } })
}

function methodNotAllowed(): HttpProblem {
  return new HttpProblem(405, { statusCode: 405, error: 'Method Not Allowed', message: 'Method not allowed' })
}

function mutationError(index: number, id: string, type: string, description: string): Record<string, unknown> {
  return {
    error: {
      type: 'mutationError',
      description: `The mutation(s) failed: ${description}`,
      items: [{ error: { id, type, description }, index }],
    },
  }
}

function conflict(index: number, id: string, type: string, description: string): HttpProblem {
  return new HttpProblem(409, mutationError(index, id, type, description))
}

// ---------------------------------------------------------------------------------------------
// Documents, perspectives and patches

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every `_ref` in a document, at any depth (walked with a stack: documents can be deep). */
function refsOf(doc: Doc): Set<string> {
  const refs = new Set<string>()
  const stack: unknown[] = [doc]
  while (stack.length > 0) {
    const value = stack.pop()
    if (Array.isArray(value)) stack.push(...value)
    else if (isRecord(value)) {
      if (typeof value._ref === 'string') refs.add(value._ref)
      for (const item of Object.values(value)) if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
  return refs
}

function toDoc(value: object): Doc | undefined {
  const record: Record<string, unknown> = { ...value }
  const id = record._id
  return typeof id === 'string' ? { ...record, _id: id } : undefined
}

function isAddressInfo(value: unknown): value is AddressInfo {
  return isRecord(value) && typeof value.port === 'number'
}

function parseJson(text: string, description: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest(description)
  }
}

function publishedId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  const version = /^versions\.[^.]+\.(.+)$/.exec(id)
  return version?.[1] ?? id
}

function defaultPerspective(apiVersion: string): string {
  if (apiVersion === 'X') return 'published'
  return /^\d{4}-\d{2}-\d{2}$/.test(apiVersion) && apiVersion >= PUBLISHED_DEFAULT_FROM ? 'published' : 'raw'
}

function applyPatch(doc: Doc, patch: Record<string, unknown>, index: number): Doc {
  const root: Record<string, unknown> = doc
  for (const [path, value] of entriesOf(patch.setIfMissing)) {
    if (getAt(root, parsePath(path, index)) === undefined) setAt(root, parsePath(path, index), structuredClone(value))
  }
  for (const [path, value] of entriesOf(patch.set)) setAt(root, parsePath(path, index), structuredClone(value))
  if (patch.unset !== undefined) {
    if (!Array.isArray(patch.unset)) throw badRequest(`Mutation ${index}: unset must be an array of paths`)
    for (const path of patch.unset) unsetAt(root, parsePath(String(path), index))
  }
  for (const [op, sign] of [['inc', 1], ['dec', -1]] as const) {
    for (const [path, amount] of entriesOf(patch[op])) {
      const segments = parsePath(path, index)
      const current = getAt(root, segments)
      if (typeof current === 'number' && typeof amount === 'number') setAt(root, segments, current + sign * amount)
    }
  }
  if (patch.insert !== undefined) insertAt(root, patch.insert, index)
  // Text edits: the Studio sends a diff-match-patch patch per string field (after set and unset, as Sanity applies them).
  for (const [path, text] of entriesOf(patch.diffMatchPatch)) {
    const segments = parsePath(path, index)
    const current = getAt(root, segments)
    if (typeof current !== 'string' || typeof text !== 'string') throw badRequest(`Mutation ${index}: diffMatchPatch needs a string at "${path}"`)
    const [patched] = applyPatches(parsePatch(text), current)
    setAt(root, segments, patched)
  }
  const id = root._id
  if (id !== doc._id) throw badRequest(`Mutation ${index}: _id cannot be patched`)
  return { ...root, _id: doc._id }
}

function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : []
}

/** Parses `a.b[0].c[_key=="k"]` into segments; wildcards and recursive paths are not supported. */
function parsePath(path: string, index: number): Segment[] {
  const segments: Segment[] = []
  const token = /\s*(?:\.?([A-Za-z_$][\w$-]*)|\[\s*(-?\d+)\s*\]|\[\s*_key\s*==\s*(?:"([^"]*)"|'([^']*)')\s*\])/y
  let offset = 0
  while (offset < path.length) {
    token.lastIndex = offset
    const match = token.exec(path)
    if (!match) throw badRequest(`Mutation ${index}: unsupported path "${path}"`)
    if (match[1] !== undefined) segments.push(match[1])
    else if (match[2] !== undefined) segments.push(Number(match[2]))
    else segments.push({ key: match[3] ?? match[4] ?? '' })
    offset = token.lastIndex
  }
  return segments
}

function childIndex(container: unknown[], segment: Segment): number {
  if (typeof segment === 'number') return segment < 0 ? container.length + segment : segment
  if (typeof segment === 'string') return -1
  return container.findIndex((item) => isRecord(item) && item._key === segment.key)
}

function getAt(root: unknown, segments: Segment[]): unknown {
  let current = root
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[childIndex(current, segment)]
    else if (isRecord(current) && typeof segment === 'string') current = current[segment]
    else return undefined
  }
  return current
}

function setAt(root: Record<string, unknown>, segments: Segment[], value: unknown): void {
  const last = segments.at(-1)
  if (last === undefined) return
  let current: unknown = root
  for (const segment of segments.slice(0, -1)) {
    if (Array.isArray(current)) {
      current = current[childIndex(current, segment)]
    } else if (isRecord(current) && typeof segment === 'string') {
      // Missing objects along a set path are created, as Content Lake does.
      if (current[segment] === undefined) current[segment] = {}
      current = current[segment]
    } else {
      return
    }
  }
  if (Array.isArray(current)) {
    const at = childIndex(current, last)
    if (at >= 0 && at < current.length) current[at] = value
  } else if (isRecord(current) && typeof last === 'string') {
    current[last] = value
  }
}

function unsetAt(root: Record<string, unknown>, segments: Segment[]): void {
  const last = segments.at(-1)
  if (last === undefined) return
  const parent = getAt(root, segments.slice(0, -1))
  if (Array.isArray(parent)) {
    const at = childIndex(parent, last)
    if (at >= 0 && at < parent.length) parent.splice(at, 1)
  } else if (isRecord(parent) && typeof last === 'string') {
    delete parent[last]
  }
}

function insertAt(root: Record<string, unknown>, insert: unknown, index: number): void {
  if (!isRecord(insert) || !Array.isArray(insert.items)) throw badRequest(`Mutation ${index}: insert needs items`)
  const [where, path] = (['before', 'after', 'replace'] as const)
    .map((position) => [position, insert[position]] as const)
    .find(([, value]) => typeof value === 'string') ?? []
  if (where === undefined || typeof path !== 'string') throw badRequest(`Mutation ${index}: insert needs before, after or replace`)
  const segments = parsePath(path, index)
  const last = segments.at(-1)
  const array = getAt(root, segments.slice(0, -1))
  if (last === undefined || typeof last === 'string' || !Array.isArray(array)) {
    throw badRequest(`Mutation ${index}: insert path "${path}" does not point into an array`)
  }
  const items = structuredClone(insert.items)
  const at = childIndex(array, last)
  // `arr[-1]` on an empty array still means "at the end".
  const position = at < 0 ? array.length : at
  if (where === 'before') array.splice(position, 0, ...items)
  else if (where === 'after') array.splice(Math.min(position + 1, array.length), 0, ...items)
  else array.splice(position, 1, ...items)
}
