/**
 * A local stand-in for the website that serves jobld's pages, on 127.0.0.1: each page is an HTML
 * document with the page's exported `<script type="application/ld+json">` in its `<head>`, as a
 * Next.js or Astro site embeds it. The site serves what it last *published* from an output folder,
 * so it can lag behind the output, as a site does until it is rebuilt or revalidated.
 *
 * ```ts
 * const site = await startSite({ out, secret })
 * // export with --base-url site.baseUrl; the site answers 404 until:
 * await site.publish()                       // every page of the output as it is now
 * site.setRevalidation({ publish: true, delayMs: 200 })   // a revalidation publishes its paths
 * site.revalidations                         // every POST to site.revalidateUrl
 * site.setRoute('/beroepen/x', { status: 301, location: '/beroepen/y' })
 * ```
 *
 * - `GET <basePath>/<slug>` and `<basePath>/vacatures/<slug>`: the published page (200), else 404.
 * - `POST /api/revalidate`: `Authorization: Bearer <secret>` and `{"paths": [...]}` (URL paths);
 *   401 without the secret; 200 `{revalidated: true}` and, when revalidation publishes, those paths
 *   are published from the output after `delayMs` (a removed page then answers 404).
 */
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'

/** An answer that overrides a path: a status with a body, a redirect, or silence. */
export type RouteOverride = { status: number; body?: string; location?: string } | { silent: true }

/** One request the site received. */
export interface SiteRequest {
  method: string
  path: string
  at: number
}

/** One revalidation the site received. */
export interface Revalidation {
  paths: string[]
  authorized: boolean
  at: number
  body: string
}

/** A running site. */
export interface Site {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** The base URL to export with: `<origin><basePath>`. */
  baseUrl: string
  /** Where revalidations go. */
  revalidateUrl: string
  requests: SiteRequest[]
  revalidations: Revalidation[]
  /** Publishes pages from the output folder as they are now: all, or the given URL paths (a path the output lacks goes: 404). */
  publish(paths?: ReadonlyArray<string>): Promise<void>
  /** What a revalidation does: publish its paths (after a delay) or nothing (a site that lags). */
  setRevalidation(mode: { publish: boolean; delayMs?: number }): void
  /** Overrides the answer for one URL path (undefined removes the override). */
  setRoute(path: string, answer: RouteOverride | undefined): void
  /** The URL paths being served. */
  published(): string[]
  close(): Promise<void>
}

/**
 * Starts a site on 127.0.0.1 at a free port, serving nothing until it publishes.
 * @param options the output folder it publishes from, its base path and the revalidation secret
 * @returns the running site
 */
export async function startSite(options: { out: string; basePath?: string; secret?: string }): Promise<Site> {
  const basePath = options.basePath ?? '/beroepen'
  const pages = new Map<string, string>()
  const overrides = new Map<string, RouteOverride>()
  const requests: SiteRequest[] = []
  const revalidations: Revalidation[] = []
  const sockets = new Set<Socket>()
  let revalidation: { publish: boolean; delayMs: number } = { publish: true, delayMs: 0 }

  const publish = async (paths?: ReadonlyArray<string>) => {
    const manifest = JSON.parse(await readFile(join(options.out, 'manifest.json'), 'utf8')) as { pages: Array<{ path: string; html: string; slug: string }> }
    const current = new Map(manifest.pages.map((page) => [`${basePath}/${page.path.replace(/\.jsonld$/, '')}`, page]))
    for (const path of paths ?? [...new Set([...current.keys(), ...pages.keys()])]) {
      const page = current.get(path)
      if (!page) {
        pages.delete(path)
        continue
      }
      const snippet = await readFile(join(options.out, page.html), 'utf8')
      pages.set(path, `<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>${page.slug}</title>\n${snippet}</head>\n<body><h1>${page.slug}</h1></body>\n</html>\n`)
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
      const body = Buffer.concat(chunks).toString('utf8')
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
      requests.push({ method: req.method ?? 'GET', path, at: Date.now() })
      if (req.method === 'POST' && path === '/api/revalidate') {
        const authorized = options.secret !== undefined && req.headers.authorization === `Bearer ${options.secret}`
        let paths: string[] = []
        try {
          const parsed: unknown = JSON.parse(body)
          if (typeof parsed === 'object' && parsed !== null && 'paths' in parsed && Array.isArray(parsed.paths)) paths = parsed.paths.filter((p): p is string => typeof p === 'string')
        } catch {
          paths = []
        }
        revalidations.push({ paths, authorized, at: Date.now(), body })
        if (!authorized) return send(res, 401, 'Unauthorized')
        if (revalidation.publish) {
          const { delayMs } = revalidation
          setTimeout(() => void publish(paths), delayMs)
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"revalidated":true}')
        return
      }
      const override = overrides.get(path)
      if (override && 'silent' in override) return
      if (override) {
        res.writeHead(override.status, { 'content-type': 'text/html; charset=utf-8', ...(override.location ? { location: override.location } : {}) })
        res.end(override.body ?? '')
        return
      }
      const page = req.method === 'GET' ? pages.get(path) : undefined
      if (page === undefined) return send(res, 404, '<!doctype html><title>Not found</title><h1>Niet gevonden</h1>')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(page)
    })()
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    baseUrl: `${origin}${basePath}`,
    revalidateUrl: `${origin}/api/revalidate`,
    requests,
    revalidations,
    publish,
    setRevalidation(mode) {
      revalidation = { publish: mode.publish, delayMs: mode.delayMs ?? 0 }
    },
    setRoute(path, answer) {
      if (answer) overrides.set(path, answer)
      else overrides.delete(path)
    },
    published: () => [...pages.keys()].sort(),
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
  res.end(body)
}
