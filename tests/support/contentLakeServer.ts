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
 * Queries that pick documents by `_id` (`_id in [...]`, `_id == "x"`) or by `references(...)` are
 * answered from indexes (by id, and a reverse index of `_ref`s), as the Content Lake answers them,
 * so a query about a few documents costs the same at 300,000 documents as at 30; any other query
 * scans every document.
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
import { evaluate, GroqSyntaxError, parse } from 'groq-js'
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
  for (const seed of options.documents ?? []) {
    const doc = toDoc(seed)
    if (!doc) throw new TypeError('Seed documents need a string _id')
    const before = store.get(doc._id)
    if (before) indexRefs(before, false)
    store.set(doc._id, doc)
    indexRefs(doc, true)
  }
  // Every `_id` in order, for filters on a range of `_id`s (made again after a write).
  let sortedIds: string[] | undefined
  const idsBetween = (low: { id: string; inclusive: boolean } | undefined, high: { id: string; inclusive: boolean } | undefined) => {
    sortedIds ??= [...store.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const ids = sortedIds
    const first = (id: string, after: boolean) => {
      let lo = 0
      let hi = ids.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        const at = ids[mid] ?? ''
        if (at < id || (after && at === id)) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    return ids.slice(low ? first(low.id, !low.inclusive) : 0, high ? first(high.id, high.inclusive) : ids.length)
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
    const candidates = indexedCandidates(tree)
    const view = candidates !== undefined && perspective === 'published' ? [...candidates].flatMap((id) => store.get(id) ?? []).filter((doc) => publishedId(doc._id) === doc._id) : perspectiveView(perspective)
    const narrowed = candidates !== undefined && perspective !== 'published' ? view.filter((doc) => candidates.has(doc._id)) : view
    let byId: Map<string, Doc> | undefined
    const value = await evaluate(tree, {
      dataset: narrowed,
      params,
      sanity: { projectId, dataset },
      dereference: ({ _ref }) => {
        byId ??= new Map(perspectiveView(perspective).map((doc) => [doc._id, doc]))
        return byId.get(_ref) ?? null
      },
    })
    const result = await value.get()
    const answer: Record<string, unknown> = { result, ms: Math.round(performance.now() - started) }
    if (url.searchParams.get('returnQuery') !== 'false') answer.query = query
    return answer
  }

  /**
   * The `_id`s a query can only be about, when every `*` in it is filtered by `_id` or by
   * `references()` (a superset: the filter itself still runs on them); undefined when some `*`
   * needs every document.
   */
  function indexedCandidates(tree: unknown): Set<string> | undefined {
    const found = new Set<string>()
    let whole = false
    const visit = (node: unknown): void => {
      if (whole) return
      if (Array.isArray(node)) return node.forEach(visit)
      if (!isRecord(node)) return
      if (node.type === 'Everything') {
        whole = true
        return
      }
      if (node.type === 'Filter' && isRecord(node.base) && node.base.type === 'Everything') {
        const ids = indexedIds(node.expr)
        if (ids === undefined) {
          whole = true
          return
        }
        // Raw ids and the published ids they stand for: perspectives show drafts under the latter.
        for (const id of ids) found.add(id).add(publishedId(id))
        return visit(node.expr)
      }
      for (const value of Object.values(node)) visit(value)
    }
    visit(tree)
    return whole ? undefined : found
  }

  /** The ids a filter's conjuncts pin down (`_id in [...]`, `_id == "x"`, `references(...)`, a range of `_id`s), if one does. */
  function indexedIds(expr: unknown): string[] | undefined {
    const conjuncts: unknown[] = []
    const flatten = (node: unknown): void => {
      if (isRecord(node) && node.type === 'And') {
        flatten(node.left)
        flatten(node.right)
      } else conjuncts.push(node)
    }
    flatten(expr)
    const strings = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
    let low: { id: string; inclusive: boolean } | undefined
    let high: { id: string; inclusive: boolean } | undefined
    for (const node of conjuncts) {
      if (!isRecord(node)) continue
      const right = isRecord(node.right) && node.right.type === 'Value' ? node.right.value : undefined
      const onId = isRecord(node.left) && node.left.type === 'AccessAttribute' && node.left.name === '_id'
      if (node.type === 'OpCall' && onId && (node.op === 'in' || node.op === '==') && right !== undefined) return strings(right)
      if (node.type === 'OpCall' && onId && typeof right === 'string' && (node.op === '>=' || node.op === '>')) low = { id: right, inclusive: node.op === '>=' }
      if (node.type === 'OpCall' && onId && typeof right === 'string' && (node.op === '<' || node.op === '<=')) high = { id: right, inclusive: node.op === '<=' }
      if (node.type === 'FuncCall' && node.name === 'references' && Array.isArray(node.args) && node.args.length === 1) {
        const arg: unknown = node.args[0]
        if (isRecord(arg) && arg.type === 'Value') return strings(arg.value).flatMap((id) => [...(referrers.get(id) ?? [])])
      }
    }
    return low || high ? idsBetween(low, high) : undefined
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
        if (before) indexRefs(before, false)
        if (after) {
          store.set(id, after)
          indexRefs(after, true)
        } else store.delete(id)
        if (!before || !after) sortedIds = undefined
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
