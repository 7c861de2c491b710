import { once } from 'node:events'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/** A running static server. */
export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:41236`. */
  url: string
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
}

/**
 * Serves a built Studio (`studio/dist`) on 127.0.0.1 as `sanity start` would: files as they are,
 * and `index.html` for every other path, since the Studio routes on the client.
 * @param root the folder holding `index.html` and `static/`
 * @returns the running server
 */
export async function serveStudio(root: string): Promise<StaticServer> {
  const base = normalize(root)
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    const file = normalize(join(base, pathname))
    const inside = file === base || file.startsWith(base + sep)
    const send = async (path: string) => {
      const body = await readFile(path)
      res.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      res.end(body)
    }
    const notFound = async () => {
      // A missing asset is an error; any other path is a Studio route.
      if (pathname.startsWith('/static/')) res.writeHead(404).end()
      else await send(join(base, 'index.html'))
    }
    stat(file)
      .then((info) => (inside && info.isFile() ? send(file) : notFound()), notFound)
      .catch(() => {
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
