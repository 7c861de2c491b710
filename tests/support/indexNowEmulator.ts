/**
 * A local stand-in for an IndexNow endpoint, on 127.0.0.1.
 *
 * `POST /indexnow` with `Content-Type: application/json` and `{host, key, keyLocation?, urlList}`:
 * 400 for a body that is not that (or more than 10,000 URLs), 403 for a key other than the
 * site's, 422 for a key that breaks the protocol's format, a keyLocation off the host, or a URL
 * of another host; else the submission is recorded and answered 200 (202 while `pending`, as an
 * engine does before it has checked the key file).
 *
 * Faults (first with `times` left fires, once `skip` requests went by): `{kind: 'status', status}` answers that status and
 * records nothing; `{kind: 'holdAfterRecording'}` records, then never answers;
 * `{kind: 'holdBeforeRecording'}` never answers and records nothing.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** A scripted failure. */
export type IndexNowFault = ({ kind: 'status'; status: number } | { kind: 'holdAfterRecording' } | { kind: 'holdBeforeRecording' }) & { times?: number; skip?: number }

/** One accepted submission. */
export interface Submission {
  host: string
  key: string
  keyLocation: string | undefined
  urlList: string[]
}

/** A running emulator. */
export interface IndexNowEmulator {
  /** The endpoint URL, for `--indexnow-endpoint`. */
  url: string
  submissions: Submission[]
  /** Every request body received, accepted or not. */
  bodies: string[]
  setFaults(faults: ReadonlyArray<IndexNowFault>): void
  /** Resolves when a request is held. */
  held(): Promise<void>
  close(): Promise<void>
}

const KEY = /^[A-Za-z0-9-]{8,128}$/

/**
 * Starts the emulator on 127.0.0.1 at a free port.
 * @param options the site's key, whether its validation is pending, and faults
 * @returns the running emulator
 */
export async function startIndexNow(options: { key: string; pending?: boolean; faults?: ReadonlyArray<IndexNowFault> }): Promise<IndexNowEmulator> {
  let faults = arm(options.faults ?? [])
  const submissions: Submission[] = []
  const bodies: string[] = []
  const sockets = new Set<Socket>()
  let heldCount = 0
  const waiters: Array<() => void> = []
  const hold = () => {
    const waiter = waiters.shift()
    if (waiter) waiter()
    else heldCount += 1
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
      const body = Buffer.concat(chunks).toString('utf8')
      bodies.push(body)
      if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/indexnow') return answer(res, 404)
      const fault = fire(faults)
      if (fault?.kind === 'status') return answer(res, fault.status)
      if (fault?.kind === 'holdBeforeRecording') return hold()
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return answer(res, 400)
      let parsed: Record<string, unknown>
      try {
        const value: unknown = JSON.parse(body)
        if (typeof value !== 'object' || value === null) return answer(res, 400)
        parsed = Object.fromEntries(Object.entries(value))
      } catch {
        return answer(res, 400)
      }
      const { host, key, keyLocation, urlList } = parsed
      if (typeof host !== 'string' || typeof key !== 'string' || !Array.isArray(urlList) || urlList.length === 0 || urlList.length > 10_000)
        return answer(res, 400)
      if (keyLocation !== undefined && typeof keyLocation !== 'string') return answer(res, 400)
      if (!KEY.test(key)) return answer(res, 422)
      if (key !== options.key) return answer(res, 403)
      if (keyLocation !== undefined && (!URL.canParse(keyLocation) || new URL(keyLocation).host !== host)) return answer(res, 422)
      const urls = urlList.filter((u): u is string => typeof u === 'string')
      if (urls.length !== urlList.length || urls.some((u) => !URL.canParse(u) || new URL(u).host !== host)) return answer(res, 422)
      submissions.push({ host, key, keyLocation, urlList: urls })
      if (fault?.kind === 'holdAfterRecording') return hold()
      answer(res, options.pending ? 202 : 200)
    })()
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/indexnow`,
    submissions,
    bodies,
    setFaults(next) {
      faults = arm(next)
    },
    held() {
      if (heldCount > 0) {
        heldCount -= 1
        return Promise.resolve()
      }
      return new Promise((resolve) => waiters.push(resolve))
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

type Armed = IndexNowFault & { left: number; skip: number }

function arm(faults: ReadonlyArray<IndexNowFault>): Armed[] {
  return faults.map((f) => ({ ...f, left: f.times ?? Number.POSITIVE_INFINITY, skip: f.skip ?? 0 }))
}

/** The first fault that fires now (its `skip` spent, `times` left), counted down. */
function fire(faults: Armed[]): Armed | undefined {
  for (const fault of faults) {
    if (fault.left <= 0) continue
    if (fault.skip > 0) {
      fault.skip -= 1
      continue
    }
    fault.left -= 1
    return fault
  }
  return undefined
}

function answer(res: ServerResponse, status: number) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  res.end(status === 200 ? '' : `Status ${status}`)
}
