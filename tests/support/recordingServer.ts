/**
 * A server on 127.0.0.1 that records every request it gets and answers 200 with a JSON body that
 * looks like success (an access token, a publish answer): the place a redirect points to, to see
 * what would reach it.
 *
 * ```ts
 * const elsewhere = await startRecordingServer()
 * elsewhere.url        // http://127.0.0.1:<port>
 * elsewhere.requests   // method, path, headers and body of each request received
 * ```
 */
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as received. */
export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** A running recording server. */
export interface RecordingServer {
  url: string
  /** The host and port, as messages name them. */
  host: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * Starts the server at a free port.
 * @returns the running server
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ access_token: 'ya29.recorded-elsewhere-000000000000', expires_in: 3599, token_type: 'Bearer', urlNotificationMetadata: {} }))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
