/**
 * A local stand-in for Google's OAuth 2.0 token endpoint and the Indexing API, on 127.0.0.1, for
 * tests that run the real google-auth-library JWT flow and the notify command against it.
 *
 * ```ts
 * const google = await startGoogleIndexing({ clientEmail, publicKey, quota: 3 })
 * // service account key: { ..., token_uri: google.tokenUri }; --google-endpoint google.url
 * google.notifications          // every notification Google accepted, oldest first
 * google.setFaults([{ kind: 'holdAfterRecording', path: 'publish', times: 1 }])
 * await google.held()           // resolves when a request is being held
 * await google.close()
 * ```
 *
 * Endpoints:
 * - `POST /token` (form: `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`, `assertion`): the
 *   assertion must be an RS256 JWT signed by `publicKey`'s private key, with `iss` the client
 *   email, `aud` `https://oauth2.googleapis.com/token` (Google's token URL, whatever URL the
 *   request went to), `scope` `https://www.googleapis.com/auth/indexing`, and `iat`/`exp` at most an
 *   hour apart and not expired. Answers `{access_token, expires_in, token_type: 'Bearer'}`, else
 *   400 `{error: 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type', error_description}`.
 * - `POST /v3/urlNotifications:publish` with `Authorization: Bearer <issued token>` (else 401
 *   UNAUTHENTICATED) and a JSON `{url, type}` (else 400 INVALID_ARGUMENT): counts against the daily
 *   `quota` (429 RESOURCE_EXHAUSTED beyond it, with the quota metric in its ErrorInfo), records
 *   the notification with a microsecond `notifyTime` and answers `{urlNotificationMetadata}`.
 * - `GET /v3/urlNotifications/metadata?url=`: `UrlNotificationMetadata` (`latestUpdate`,
 *   `latestRemove`), or 404 NOT_FOUND for a URL never notified. Does not count against the quota.
 * Not emulated: `/batch` (jobld sends one publish request at a time).
 *
 * Faults (first matching one with `times` left fires, once `skip` matching requests went by;
 * `path` is `token`, `publish` or `metadata`):
 * - `{kind: 'status', status}`: answers that status with a Google error body; nothing recorded.
 * - `{kind: 'echo', status}`: like status, but the body and a header repeat the request's
 *   Authorization header and body, the way a verbose proxy might (for secret tests); `pad`
 *   characters of filler come first, to place the token where a message is cut.
 * - `{kind: 'holdAfterRecording'}`: records the notification, then never answers (until `close()`).
 * - `{kind: 'holdBeforeRecording'}`: never answers and records nothing (lost on the way), like a
 *   server that accepts connections and stays silent.
 * - `{kind: 'redirect', status, location}`: answers that status (301, 302, 307, 308) with a
 *   Location header, as a misconfigured or hostile endpoint might; nothing recorded.
 * - `{kind: 'raw', status, body, contentType}`: answers with that body as it is (a proxy's HTML
 *   page, a truncated JSON); nothing recorded.
 * - `{kind: 'flood'}`: answers 200 and streams JSON-looking bytes without end until the client
 *   goes away; `floodedBytes()` says how many were written.
 *
 * `seed(notification)` records a notification as another client would have sent it, with the
 * notifyTime given (for doubts that must not be settled by someone else's notification).
 */
import { randomBytes, verify, type KeyObject } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** Google's token URL: the audience every JWT grant must name. */
export const GOOGLE_TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token'
const SCOPE = 'https://www.googleapis.com/auth/indexing'

/** A scripted failure. */
export type GoogleFault = (
  | { kind: 'status'; status: number }
  | { kind: 'echo'; status: number; pad?: number }
  | { kind: 'holdAfterRecording' }
  | { kind: 'holdBeforeRecording' }
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
  | { kind: 'raw'; status: number; body: string; contentType: string }
  | { kind: 'flood' }
) & { times?: number; path?: 'token' | 'publish' | 'metadata'; skip?: number }

/** One request as received. */
export interface GoogleRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** One notification Google accepted. */
export interface AcceptedNotification {
  url: string
  type: 'URL_UPDATED' | 'URL_DELETED'
  notifyTime: string
}

/** The claims of an accepted token request's assertion. */
export interface GrantClaims {
  iss: unknown
  aud: unknown
  scope: unknown
  iat: unknown
  exp: unknown
}

/** Options of {@link startGoogleIndexing}. */
export interface GoogleIndexingOptions {
  clientEmail: string
  publicKey: KeyObject
  /** Publish requests accepted before 429s (Google's default: 200 a day). */
  quota?: number
  faults?: ReadonlyArray<GoogleFault>
  /** ms to wait before answering a publish request (to let kills land mid-run). */
  delayMs?: number
}

/** A running emulator. */
export interface GoogleIndexingEmulator {
  /** Base URL for `--google-endpoint`. */
  url: string
  /** URL for the service account key's `token_uri`. */
  tokenUri: string
  requests: GoogleRequest[]
  notifications: AcceptedNotification[]
  /** Claims of every assertion that was granted a token. */
  grants: GrantClaims[]
  /** Access tokens issued. */
  tokens: string[]
  setFaults(faults: ReadonlyArray<GoogleFault>): void
  /** Starts a new quota day with this many publish requests. */
  setQuota(quota: number): void
  /** Records a notification another client sent, stamped `notifyTime`. */
  seed(notification: AcceptedNotification): void
  /** Bytes written by `flood` answers so far. */
  floodedBytes(): number
  /** Resolves when the next (or a current, not yet awaited) request is held. */
  held(): Promise<GoogleRequest>
  close(): Promise<void>
}

type Armed = GoogleFault & { left: number; skip: number }

/**
 * Starts the emulator on 127.0.0.1 at a free port.
 * @param options the service account it trusts, the quota and faults
 * @returns the running emulator
 */
export async function startGoogleIndexing(options: GoogleIndexingOptions): Promise<GoogleIndexingEmulator> {
  let faults: Armed[] = arm(options.faults ?? [])
  let quota = options.quota ?? 200
  let used = 0
  let clock = 0
  const requests: GoogleRequest[] = []
  const notifications: AcceptedNotification[] = []
  const grants: GrantClaims[] = []
  const tokens: string[] = []
  const metadata = new Map<string, { latestUpdate?: AcceptedNotification; latestRemove?: AcceptedNotification }>()
  const heldRequests: GoogleRequest[] = []
  const waiters: Array<(request: GoogleRequest) => void> = []
  const sockets = new Set<Socket>()
  let flooded = 0

  const hold = (request: GoogleRequest) => {
    const waiter = waiters.shift()
    if (waiter) waiter(request)
    else heldRequests.push(request)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) googleError(res, 500, 'INTERNAL', String(error))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: GoogleRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body }
    requests.push(request)
    const route = url.pathname === '/token' ? 'token' : url.pathname === '/v3/urlNotifications:publish' ? 'publish' : url.pathname === '/v3/urlNotifications/metadata' ? 'metadata' : undefined
    if (!route) return googleError(res, 404, 'NOT_FOUND', `No route ${url.pathname}`)
    const fault = fire(faults, (f) => f.path === undefined || f.path === route)
    if (fault?.kind === 'status') return googleError(res, fault.status, fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE', `Scripted ${fault.status}`)
    if (fault?.kind === 'echo') {
      const echoed = `${'x'.repeat(fault.pad ?? 0)} ${String(req.headers.authorization ?? '')} ${body}`
      res.writeHead(fault.status, { 'content-type': 'application/json', 'x-echo': encodeURIComponent(echoed) })
      res.end(JSON.stringify({ error: { code: fault.status, message: `Refused ${echoed}`, status: 'PERMISSION_DENIED' }, error_description: echoed }))
      return
    }
    if (fault?.kind === 'holdBeforeRecording') return hold(request)
    if (fault?.kind === 'redirect') {
      res.writeHead(fault.status, { location: fault.location, 'content-type': 'text/html' })
      res.end(`<a href="${fault.location}">Moved</a>`)
      return
    }
    if (fault?.kind === 'raw') {
      res.writeHead(fault.status, { 'content-type': fault.contentType })
      res.end(fault.body)
      return
    }
    if (fault?.kind === 'flood') return flood(res)

    if (route === 'token') return token(body, res)
    const auth = String(req.headers.authorization ?? '')
    if (!tokens.some((t) => auth === `Bearer ${t}`))
      return googleError(res, 401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.')
    if (route === 'metadata') {
      const target = url.searchParams.get('url') ?? ''
      const known = metadata.get(target)
      if (!known) return googleError(res, 404, 'NOT_FOUND', 'Requested entity was not found.')
      return json(res, 200, { url: target, ...known })
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      return googleError(res, 400, 'INVALID_ARGUMENT', 'Content-Type must be application/json')
    let parsed: { url?: unknown; type?: unknown }
    try {
      parsed = JSON.parse(body) as { url?: unknown; type?: unknown }
    } catch {
      return googleError(res, 400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.')
    }
    const { url: target, type } = parsed
    if (typeof target !== 'string' || !URL.canParse(target) || (type !== 'URL_UPDATED' && type !== 'URL_DELETED'))
      return googleError(res, 400, 'INVALID_ARGUMENT', 'Invalid value at url or type.')
    if (used >= quota) {
      res.writeHead(429, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          error: {
            code: 429,
            message: "Quota exceeded for quota metric 'Publish requests' and limit 'Publish requests per day' of service 'indexing.googleapis.com'.",
            status: 'RESOURCE_EXHAUSTED',
            details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', metadata: { quota_limit: 'DefaultPublishRequestsPerDayPerProject' } }],
          },
        }),
      )
      return
    }
    used += 1
    // Microseconds, as Google stamps them; strictly increasing even within one millisecond.
    clock = Math.max(clock + 1, Date.now() * 1000)
    const notifyTime = `${new Date(Math.floor(clock / 1000)).toISOString().slice(0, 23)}${String(clock % 1000).padStart(3, '0')}Z`
    const accepted: AcceptedNotification = { url: target, type, notifyTime }
    notifications.push(accepted)
    const entry = metadata.get(target) ?? {}
    if (type === 'URL_UPDATED') entry.latestUpdate = accepted
    else entry.latestRemove = accepted
    metadata.set(target, entry)
    if (fault?.kind === 'holdAfterRecording') return hold(request)
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
    json(res, 200, { urlNotificationMetadata: { url: target, ...entry } })
  }

  function flood(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
    const chunk = Buffer.from(`{"urlNotificationMetadata":{"url":"${'x'.repeat(65_000)}"}}\n`)
    const write = () => {
      while (!res.destroyed && !res.writableEnded) {
        flooded += chunk.length
        if (!res.write(chunk)) return void res.once('drain', write)
      }
    }
    res.on('close', () => res.destroy())
    write()
  }

  function token(body: string, res: ServerResponse) {
    const form = new URLSearchParams(body)
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
      return json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' })
    const [header, payload, signature] = (form.get('assertion') ?? '').split('.')
    if (!header || !payload || !signature) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT.' })
    const head = decode(header)
    const claims = decode(payload)
    const signed = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), options.publicKey, Buffer.from(signature, 'base64url'))
    if (!head || head.alg !== 'RS256' || !signed) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' })
    const now = Math.floor(Date.now() / 1000)
    if (!claims || claims.iss !== options.clientEmail) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid issuer.' })
    if (claims.aud !== GOOGLE_TOKEN_AUDIENCE) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT: Failed audience check.' })
    if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number' || claims.exp - claims.iat > 3600 || claims.exp < now)
      return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT: Token must be a short-lived token.' })
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : []
    if (!scopes.includes(SCOPE)) return json(res, 400, { error: 'invalid_scope', error_description: 'Invalid OAuth scope.' })
    grants.push({ iss: claims.iss, aud: claims.aud, scope: claims.scope, iat: claims.iat, exp: claims.exp })
    const accessToken = `ya29.emulated-${randomBytes(24).toString('hex')}`
    tokens.push(accessToken)
    json(res, 200, { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' })
  }

  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    tokenUri: `${url}/token`,
    requests,
    notifications,
    grants,
    tokens,
    setFaults(next) {
      faults = arm(next)
    },
    seed(notification) {
      notifications.push(notification)
      const entry = metadata.get(notification.url) ?? {}
      if (notification.type === 'URL_UPDATED') entry.latestUpdate = notification
      else entry.latestRemove = notification
      metadata.set(notification.url, entry)
    },
    floodedBytes: () => flooded,
    setQuota(next) {
      quota = next
      used = 0
    },
    held() {
      const waiting = heldRequests.shift()
      if (waiting) return Promise.resolve(waiting)
      return new Promise((resolve) => waiters.push(resolve))
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function arm(faults: ReadonlyArray<GoogleFault>): Armed[] {
  return faults.map((f) => ({ ...f, left: f.times ?? Number.POSITIVE_INFINITY, skip: f.skip ?? 0 }))
}

/** The first fault that matches and fires now (its `skip` spent, `times` left), counted down. */
function fire(faults: Armed[], matches: (fault: Armed) => boolean): Armed | undefined {
  for (const fault of faults) {
    if (fault.left <= 0 || !matches(fault)) continue
    if (fault.skip > 0) {
      fault.skip -= 1
      continue
    }
    fault.left -= 1
    return fault
  }
  return undefined
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : undefined
  } catch {
    return undefined
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' })
  res.end(JSON.stringify(body))
}

function googleError(res: ServerResponse, code: number, status: string, message: string) {
  json(res, code, { error: { code, message, status } })
}
