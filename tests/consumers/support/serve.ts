import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { commandEnv } from './run.ts'

/** A running server of a built site. */
export interface SiteServer {
  /** Base URL, e.g. `http://127.0.0.1:41236`. */
  url: string
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
}

async function listening(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}

/**
 * Serves a static build (Astro's `dist/`) on 127.0.0.1 as a static host does: a file as it is,
 * a folder as its `index.html`, anything else a 404 page.
 * @param root the built folder
 * @returns the running server
 */
export async function serveStatic(root: string): Promise<SiteServer> {
  const base = normalize(root)
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    const path = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    const send = async (file: string) => {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body)
    }
    // A host's own 404 page (Chromium refuses an empty one).
    const notFound = () => res.writeHead(404, { 'content-type': contentTypes['.html'] }).end('<!doctype html><title>Not found</title>')
    const inside = path.startsWith(base + sep)
    stat(path)
      .then(async (info) => {
        if (!inside) notFound()
        else if (info.isFile()) await send(path)
        else if (info.isDirectory()) res.writeHead(308, { location: `${pathname}/` }).end()
        else notFound()
      }, notFound)
      .catch(() => {
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
  })
  const url = await listening(server)
  return {
    url,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A free port on 127.0.0.1, for a server that needs one named. */
async function freePort(): Promise<number> {
  const server = createServer()
  const url = await listening(server)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return Number(new URL(url).port)
}

/**
 * Starts `next start` on 127.0.0.1 in a built Next.js project, as a user's production server.
 * @param dir the project, after `next build`
 * @returns the running server, once it answers
 * @throws Error with its output when it exits or does not answer within 60 s
 */
export async function startNext(dir: string): Promise<SiteServer> {
  const port = await freePort()
  const child = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: commandEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const exited = once(child, 'exit')
  const close = async () => {
    // npx runs next as a child: end the whole process group this test started.
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Unexpected exit ${child.exitCode} of next start, expected a server\n${output}`)
    const answered = await fetch(url, { method: 'HEAD' }).then(() => true, () => false)
    if (answered) return { url, close }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await close()
  throw new Error(`Unexpected silence of next start on ${url} for 60 s, expected a server\n${output}`)
}
