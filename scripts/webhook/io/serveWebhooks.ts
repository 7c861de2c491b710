import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { handleWebhook } from './createWebhookHandler.ts'
import type { WebhookRunner } from './webhookRunner.ts'

/** How often `jobld listen` looks for vacancies whose validThrough has passed. */
export const EXPIRY_INTERVAL_MS = 60 * 60_000

/** A running listener. */
export interface WebhookServer {
  /** `http://<host>:<port>/` */
  url: string
  port: number
  /** Settles when the first run is over: what a killed process left pending, and the expiries since. */
  started: Promise<void>
  /** Stops taking requests, lets the current run finish, and stops the timer. */
  close(): Promise<void>
}

/**
 * Serves the webhook at `POST /` on a port (`jobld listen`), and keeps the queue moving between
 * deliveries: a timer applies what is pending and sends what became due (a page that was waiting
 * for the site, a revalidation to retry), and looks for expired vacancies at the start and then
 * every hour. Requests are turned into Web `Request`s with their body bounded before the handler
 * sees them.
 * @param runner the output's webhook
 * @param options the host and port to listen on, and how long a request waits for the site
 * @returns the listener
 */
export async function serveWebhooks(runner: WebhookRunner, options: { host: string; port: number; waitForSiteMs: number }): Promise<WebhookServer> {
  let closing = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastExpiry = 0
  let work: Promise<unknown> = Promise.resolve()
  /** Runs one piece of background work after the last one (they never overlap in this process). */
  const enqueue = (task: () => Promise<unknown>) => {
    work = work.then(task).catch((error: unknown) => runner.log('failed', `Unexpected failure of a background run: ${error instanceof Error ? error.message : String(error)}`))
    return work
  }
  const schedule = async () => {
    clearTimeout(timer)
    if (closing) return
    const due = (await runner.nextDue().catch(() => undefined))?.getTime() ?? Number.POSITIVE_INFINITY
    // Closed while the queue was read: a timer set now would keep the stopped process alive for up to an hour.
    if (closing) return
    const at = Math.min(due, lastExpiry + EXPIRY_INTERVAL_MS)
    timer = setTimeout(() => void enqueue(tick), Math.max(250, Math.min(at - Date.now(), EXPIRY_INTERVAL_MS)))
  }
  const tick = async () => {
    if (closing) return
    if (Date.now() >= lastExpiry + EXPIRY_INTERVAL_MS) {
      lastExpiry = Date.now()
      await runner.expire(0)
    } else await runner.run(0)
    await schedule()
  }

  const server = createServer((req, res) => {
    void answer(req, res).catch((error: unknown) => {
      runner.log('failed', `Unexpected failure answering a request: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end('{"ok":false,"error":"Unexpected failure, see the log"}\n')
    })
  })
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path !== '/') {
      req.resume()
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"ok":false,"error":"Unexpected path, expected POST /"}\n')
      return
    }
    const body = await readBounded(req, runner.limits.webhookBytes)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const method = req.method ?? 'GET'
    // An oversized body is not read: the handler sees its declared length and refuses it.
    if (body === undefined) headers.set('content-length', String(runner.limits.webhookBytes + 1))
    const request = new Request(`http://localhost${req.url ?? '/'}`, {
      method,
      headers,
      ...(method === 'POST' || method === 'PUT' ? { body: new Uint8Array(body ?? []) } : {}),
    })
    const response = await handleWebhook(runner, request, options.waitForSiteMs)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
    // What the request left waiting is the timer's now.
    await schedule()
  }

  server.listen(options.port, options.host)
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  // Deliveries a killed process left in the inbox, and vacancies that expired while nobody listened.
  const started = enqueue(tick).then(() => undefined)
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`,
    port,
    started,
    async close() {
      closing = true
      clearTimeout(timer)
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await work
      clearTimeout(timer)
    },
  }
}

/** A request's body, or undefined as soon as it passes `maxBytes` (then the connection is closed after the answer). */
async function readBounded(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN)
  if (declared > maxBytes) {
    req.resume()
    return undefined
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += piece.length
    if (size > maxBytes) {
      req.destroy()
      return undefined
    }
    chunks.push(piece)
  }
  return Buffer.concat(chunks)
}
