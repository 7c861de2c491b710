/**
 * The Sanity HTTP API as the Studio under test sees it: project, user, ACL and other account
 * endpoints from fixtures, data endpoints forwarded to the Content Lake emulation
 * (tests/support/contentLakeServer.ts), the Actions API translated into mutations, and
 * listeners that stay open and receive a mutation event for every change.
 *
 * Two ways in: `answer()` for requests the browser context intercepts (`context.route`), and
 * an HTTP server on 127.0.0.1 for the event streams (`/data/listen`, `/data/live/events`),
 * which an intercepted request cannot keep open: the page's `fetch` sends those here.
 */
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { evaluate, parse } from 'groq-js'
import type { ContentLake } from '../../support/contentLakeServer.ts'

/** A request in a form both transports can hand over. */
export interface ApiRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string | undefined
}

/** A complete (not streamed) answer. */
export interface ApiAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/** A running fake API. */
export interface FakeSanityApi {
  /** Base URL of the event-stream server, e.g. `http://127.0.0.1:41235`. */
  url: string
  /** Answers one intercepted request. */
  answer(request: ApiRequest): Promise<ApiAnswer>
  /** `METHOD path` of every request no fixture or forward answered (a 404), and of every answer that failed (a 500). */
  unhandled: string[]
  /** Stops the server and closes every open event stream. */
  close(): Promise<void>
}

type Doc = Record<string, unknown> & { _id: string }
type Mutation = Record<string, unknown>

interface Listener {
  res: ServerResponse
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includeMutations: boolean
}

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))
const user = fixture('user.json')
const project = fixture('project.json')
const acl = fixture('acl.json')

const VERSIONED = /^\/v[^/]+(\/.*)$/
const FORWARDED = /^\/data\/(query|doc|mutate|export)\//

/**
 * Starts the fake API in front of a running Content Lake emulation.
 * @param lake the emulation holding the documents
 * @returns the running fake API
 */
export async function startFakeSanityApi(lake: ContentLake): Promise<FakeSanityApi> {
  const listeners = new Set<Listener>()
  const keyValues = new Map<string, unknown>()
  const unhandled: string[] = []
  let listenerCount = 0
  let actionCount = 0
  // Transactions run one at a time, so that the before/after snapshots belong to one transaction.
  let queue: Promise<unknown> = Promise.resolve()

  async function answer(request: ApiRequest): Promise<ApiAnswer> {
    const cors = corsHeaders(request.headers.origin)
    if (request.method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
        },
        body: '',
      }
    }
    const path = VERSIONED.exec(request.url.pathname)?.[1] ?? request.url.pathname
    const json = (payload: unknown, status = 200): ApiAnswer => ({
      status,
      headers: { ...cors, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
    })

    if (FORWARDED.test(path)) return forward(request, cors)
    if (path.startsWith('/data/actions/')) return json(await runActions(request.body ?? '{}'))
    if (path.startsWith('/data/listen/') || path.startsWith('/data/live/events/')) {
      // Reached only if the page's fetch was not redirected: a stream that ends after `welcome`.
      return { status: 200, headers: { ...cors, 'content-type': 'text/event-stream' }, body: sse('welcome', { listenerName: 'intercepted' }) }
    }
    if (path.startsWith('/data/history/')) {
      if (path.includes('/transactions/')) return { status: 200, headers: { ...cors, 'content-type': 'application/x-ndjson' }, body: '' }
      if (path.includes('/events/')) return json({ events: {}, nextCursor: '' })
      return json({ documents: [] })
    }
    if (path === '/users/me') return json(user)
    if (path.startsWith('/users/me/keyvalue')) return json(keyValue(request, path))
    if (path === '/auth/id') return json({ id: readId(user) })
    if (path === '/auth/providers') return json({ providers: [], thirdPartyLogin: false, sso: {} })
    // The Studio also pings its dataset to learn which shard serves it (for its latency telemetry).
    if (path === '/ping' || path === `/data/ping/${lake.dataset}`) return { status: 200, headers: cors, body: 'PONG' }
    if (path === '/check/cors') return json({ result: true })
    if (path === '/features') return json([])
    if (path === '/help') return json({})
    if (path.startsWith('/schedules/')) return json({ schedules: [] })
    if (path.startsWith('/intake/') || path.startsWith('/journey/')) return json({})
    const projectPath = /^\/projects\/([^/]+)(\/.*)?$/.exec(path)
    if (projectPath) {
      const [, id, rest = ''] = projectPath
      if (rest === '') return json({ ...asRecord(project), id })
      if (rest === '/datasets') return json([{ name: lake.dataset, aclMode: 'public', tags: [] }])
      if (rest === `/datasets/${lake.dataset}/acl`) return json(acl)
      if (rest === '/grants') return json({})
      if (rest === '/roles' || rest.startsWith('/user-applications')) return json([])
    }
    if (path.startsWith('/access/')) return json([])
    unhandled.push(`${request.method} ${request.url.pathname}`)
    return json({ statusCode: 404, error: 'Not Found', message: `Not emulated: ${request.url.pathname}` }, 404)
  }

  async function forward(request: ApiRequest, cors: Record<string, string>): Promise<ApiAnswer> {
    if (request.url.pathname.includes('/data/mutate/')) {
      const payload = parseObject(request.body)
      const mutations = Array.isArray(payload.mutations) ? payload.mutations.filter(isRecord) : []
      const transactionId = typeof payload.transactionId === 'string' ? payload.transactionId : undefined
      return transact(mutations, transactionId, request.url.search, cors)
    }
    const init: RequestInit = { method: request.method, headers: pick(request.headers, ['content-type']) }
    const url = new URL(`${lake.url}${request.url.pathname}${request.url.search}`)
    const query = url.searchParams.get('query')
    if (query !== null) url.searchParams.set('query', rewriteQuery(query))
    if (request.body !== undefined && request.method !== 'GET') init.body = request.url.pathname.includes('/data/query/') ? rewriteQuery(request.body) : request.body
    const response = await fetch(url, init)
    return {
      status: response.status,
      headers: { ...cors, 'content-type': response.headers.get('content-type') ?? 'application/json' },
      body: await response.text(),
    }
  }

  /** Applies mutations on the emulation and tells the listeners what changed. */
  function transact(mutations: Mutation[], transactionId: string | undefined, search: string, cors: Record<string, string>): Promise<ApiAnswer> {
    const run = async (): Promise<ApiAnswer> => {
      const before = byId(lake.documents())
      const body = JSON.stringify(transactionId ? { mutations, transactionId } : { mutations })
      const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}${search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      const text = await response.text()
      if (response.ok) {
        const result = parseObject(text)
        const txn = typeof result.transactionId === 'string' ? result.transactionId : 'unknown'
        publish(txn, mutations, before, byId(lake.documents()))
      }
      return { status: response.status, headers: { ...cors, 'content-type': 'application/json; charset=utf-8' }, body: text }
    }
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }

  /** The Actions API, as the Studio uses it to edit, publish and discard. */
  async function runActions(body: string): Promise<unknown> {
    const payload = parseObject(body)
    const actions = Array.isArray(payload.actions) ? payload.actions.filter(isRecord) : []
    actionCount += 1
    const transactionId = typeof payload.transactionId === 'string' ? payload.transactionId : `action-${actionCount}`
    const current = byId(lake.documents())
    const mutations = actions.flatMap((action) => actionToMutations(action, current))
    // A dry run checks the actions (the Studio asks so whether the user may create a release) and changes nothing.
    if (payload.dryRun === true) return { transactionId }
    const result = await transact(mutations, transactionId, '', {})
    if (result.status >= 400) return JSON.parse(result.body)
    return { transactionId }
  }

  function publish(transactionId: string, mutations: Mutation[], before: Map<string, Doc>, after: Map<string, Doc>): void {
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)),
    )
    const timestamp = new Date().toISOString()
    changed.forEach((id, index) => {
      const previous = before.get(id)
      const next = after.get(id)
      const event: Record<string, unknown> = {
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: previous && next ? 'update' : next ? 'appear' : 'disappear',
        identity: readId(user),
        previousRev: previous?._rev,
        resultRev: next ? next._rev : undefined,
        timestamp,
        visibility: 'query',
        transactionTotalEvents: changed.length,
        transactionCurrentEvent: index + 1,
        // A mendoza patch of one "value" op: replace the whole document (null deletes it).
        effects: { apply: [0, withoutRev(next) ?? null], revert: [0, withoutRev(previous) ?? null] },
      }
      for (const listener of listeners) {
        void matches(listener, previous, next).then((hit) => {
          if (!hit || listener.res.destroyed) return
          const data = { ...event }
          if (listener.includeMutations) data.mutations = mutations.filter((m) => targetOf(m) === id)
          if (listener.includeResult && next) data.result = next
          listener.res.write(sse('mutation', data, String(event.eventId)))
        })
      }
    })
  }

  function keyValue(request: ApiRequest, path: string): unknown {
    if (request.method === 'GET') {
      const keys = decodeURIComponent(path.slice('/users/me/keyvalue/'.length)).split(',').filter(Boolean)
      return keys.map((key) => ({ key, value: keyValues.get(key) ?? null }))
    }
    const pairs = JSON.parse(request.body ?? '[]')
    const list: unknown[] = Array.isArray(pairs) ? pairs : []
    return list.filter(isRecord).map((pair) => {
      keyValues.set(String(pair.key), pair.value)
      return { key: pair.key, value: pair.value }
    })
  }

  const server = createServer((req, res) => {
    handleStream(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })

  async function handleStream(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value
    const path = VERSIONED.exec(url.pathname)?.[1] ?? url.pathname
    const isListen = path.startsWith('/data/listen/')
    if (req.method !== 'GET' || !(isListen || path.startsWith('/data/live/events/'))) {
      const result = await answer({ method: req.method ?? 'GET', url, headers, body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined })
      res.writeHead(result.status, result.headers).end(result.body)
      return
    }
    res.writeHead(200, { ...corsHeaders(headers.origin), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    listenerCount += 1
    res.write(sse('welcome', { listenerName: `e2e-${listenerCount}` }))
    if (!isListen) return // live events: open and quiet
    const params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
    const listener: Listener = {
      res,
      query: url.searchParams.get('query') ?? '*',
      params,
      includeResult: url.searchParams.get('includeResult') !== 'false',
      includeMutations: url.searchParams.get('includeMutations') !== 'false',
    }
    listeners.add(listener)
    res.on('close', () => listeners.delete(listener))
  }

  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  return {
    url: `http://127.0.0.1:${port}`,
    answer,
    unhandled,
    close: async () => {
      for (const listener of listeners) listener.res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * Translates one Actions API action into mutations, with the semantics of the real API: an
 * edit of a document without a draft first copies the published document into the draft.
 */
function actionToMutations(action: Record<string, unknown>, current: Map<string, Doc>): Mutation[] {
  const draftId = typeof action.draftId === 'string' ? action.draftId : undefined
  const publishedId = typeof action.publishedId === 'string' ? action.publishedId : ''
  const draftOf = draftId ?? `drafts.${publishedId}`
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = asRecord(action.attributes)
      return [{ [action.ifExists === 'ignore' ? 'createIfNotExists' : 'create']: attributes }]
    }
    case 'sanity.action.document.edit': {
      const out: Mutation[] = []
      const published = current.get(publishedId)
      if (!current.has(draftOf) && published) out.push({ createIfNotExists: { ...stripSystem(published), _id: draftOf } })
      out.push({ patch: { ...asRecord(action.patch), id: draftOf } })
      return out
    }
    case 'sanity.action.document.publish': {
      const draft = current.get(draftOf)
      if (!draft) return []
      return [{ createOrReplace: { ...stripSystem(draft), _id: publishedId } }, { delete: { id: draftOf } }]
    }
    case 'sanity.action.document.discard':
      return [{ delete: { id: draftOf } }]
    case 'sanity.action.document.delete':
      return [{ delete: { id: publishedId } }, { delete: { id: `drafts.${publishedId}` } }]
    case 'sanity.action.document.unpublish': {
      const published = current.get(publishedId)
      if (!published) return []
      return [{ createIfNotExists: { ...stripSystem(published), _id: draftOf } }, { delete: { id: publishedId } }]
    }
    case 'sanity.action.release.create': {
      // A new release is a system document under `_.releases.`, active until it is published or archived.
      const releaseId = typeof action.releaseId === 'string' ? action.releaseId : ''
      return [{ create: { _id: `_.releases.${releaseId}`, _type: 'system.release', name: releaseId, state: 'active', metadata: asRecord(action.metadata) } }]
    }
    default:
      throw new Error(`Unexpected action ${String(action.actionType)}, expected create, edit, publish, discard, delete, unpublish or release.create`)
  }
}

/** Whether a listener's query selects the document before or after the change; a query groq-js cannot run selects nothing. */
async function matches(listener: Listener, ...docs: Array<Doc | undefined>): Promise<boolean> {
  try {
    for (const doc of docs) {
      if (!doc) continue
      const tree = parse(listener.query, { params: listener.params })
      const result = await (await evaluate(tree, { dataset: [doc], params: listener.params })).get()
      if (Array.isArray(result) ? result.length > 0 : result !== null) return true
    }
  } catch {
    return false
  }
  return false
}

/**
 * Makes the Studio's queries fit groq-js: the desk's list and search wrap the search terms in
 * `text::query(…)`, which groq-js lacks; a plain `match` on the same pattern stands in.
 */
function rewriteQuery(query: string): string {
  return query.replace(/text::query\(([^()]*)\)/g, '$1')
}

function sse(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : { 'access-control-allow-origin': '*' }
}

function targetOf(mutation: Mutation): string | undefined {
  const body = asRecord(Object.values(mutation)[0])
  return typeof body._id === 'string' ? body._id : typeof body.id === 'string' ? body.id : undefined
}

function byId(documents: Record<string, unknown>[]): Map<string, Doc> {
  const map = new Map<string, Doc>()
  for (const doc of documents) if (typeof doc._id === 'string') map.set(doc._id, { ...doc, _id: doc._id })
  return map
}

function stripSystem(doc: Doc): Doc {
  const { _rev, _createdAt, _updatedAt, ...rest } = doc
  return rest
}

function withoutRev(doc: Doc | undefined): Record<string, unknown> | undefined {
  if (!doc) return undefined
  const { _rev, ...rest } = doc
  return rest
}

function readId(value: unknown): string {
  const id = asRecord(value).id
  return typeof id === 'string' ? id : ''
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) if (headers[name] !== undefined) out[name] = headers[name]
  return out
}

function parseObject(text: string | undefined): Record<string, unknown> {
  try {
    return asRecord(JSON.parse(text ?? ''))
  } catch {
    return {}
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}
