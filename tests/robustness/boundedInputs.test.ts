/**
 * Every input is bounded: a Content Lake that drips, sends an endless line or endless documents, an
 * archive that unpacks to far more than it holds, a runaway NDJSON line, a base URL that would need
 * escaping. Each ends in a clear error naming the place and the limit, exit 2 (or 1 for a bad line
 * among good ones), and an output left as it was.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { create as createTar } from 'tar'
import { afterEach, describe, expect, it } from 'vitest'
import { readNdjson } from '../../scripts/sources/readNdjson.ts'
import { startContentLake } from '../support/contentLakeServer.ts'
import { NOW, outputState, readTree, runCli, tempDir } from '../support/exportRun.ts'

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** A server whose export endpoint answers with `send`; the socket is destroyed on close. */
async function server(send: (res: ServerResponse) => void): Promise<string> {
  const sockets = new Set<import('node:net').Socket>()
  const http = createServer((req, res) => {
    if (!req.url?.includes('/data/export/')) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson' })
    send(res)
  })
  http.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  closers.push(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => http.close(() => resolve()))
  })
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`
}

const lakeEnv = (host: string, extra: Record<string, string> = {}) => ({
  SANITY_PROJECT_ID: 'jobld',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: host,
  JOBLD_HTTP_RETRIES: '0',
  ...extra,
})

/** An output folder holding a previous export, and its picture. */
async function previousOutput() {
  const dir = await tempDir('bounded')
  const out = join(dir, 'jsonld')
  expect((await runCli(['--from', 'content', '--out', out, ...NOW])).code).toBe(0)
  return { dir, out, before: await outputState(out) }
}

describe('Content Lake reads are bounded', () => {
  it('gives up on a server that drips one byte at a time, at the deadline of the whole read', async () => {
    const host = await server((res) => {
      const timer = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(timer))
    })
    const { out, before } = await previousOutput()
    const started = Date.now()
    const run = await runCli(['--out', out, ...NOW], lakeEnv(host, { JOBLD_HTTP_TIMEOUT_MS: '1000', JOBLD_CONTENT_LAKE_DEADLINE_MS: '1500' }))
    const took = Date.now() - started
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `Unexpected read from ${host.slice(7)} taking more than 1,500 ms in all, expected the documents of dataset "production" by then (raise JOBLD_CONTENT_LAKE_DEADLINE_MS for a slower connection)\n`,
    )
    // The idle timeout alone would never fire: a byte arrives every 50 ms.
    expect(took).toBeLessThan(5_000)
    expect(await outputState(out)).toEqual(before)
  })

  it('stops an endless line at the line limit, at once', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const host = await server((res) => {
      res.write('{"_id":"x","_type":"faqEntry","question":"')
      const pump = () => {
        while (res.write(chunk));
      }
      res.on('drain', pump)
      pump()
    })
    const { out, before } = await previousOutput()
    const run = await runCli(['--out', out, ...NOW], lakeEnv(host, { JOBLD_MAX_LINE_BYTES: '1048576' }))
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `Unexpected line 1 from ${host.slice(7)}: Unexpected line longer than 1,048,576 bytes, expected one document of at most that size per line (raise JOBLD_MAX_LINE_BYTES for longer ones)\n`,
    )
    expect(await outputState(out)).toEqual(before)
  })

  it('stops an endless stream of documents at the byte budget, with memory that does not grow with it', { timeout: 60_000 }, async () => {
    let n = 0
    // Documents of some 10 kB, as a Portable Text body makes them.
    const text = 'Een antwoord van enige lengte. '.repeat(320)
    const host = await server((res) => {
      const pump = () => {
        while (res.write(`${JSON.stringify({ _id: `faqEntry.${n}`, _type: 'faqEntry', question: `Vraag ${n++}?`, answer: text })}\n`));
      }
      res.on('drain', pump)
      pump()
    })
    const { out, before } = await previousOutput()
    // A real process with a small heap: holding the documents in memory would crash it long before the budget.
    const child = spawn(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', 'scripts/jobld.ts', 'export', '--out', out, ...NOW], {
      env: { ...process.env, ...lakeEnv(host, { JOBLD_MAX_CONTENT_LAKE_BYTES: String(300 * 1024 * 1024) }), JOBLD_CACHE_DIR: join(out, '..', 'cache') },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(stderr).toBe(
      `Unexpected more than 314,572,800 bytes from ${host.slice(7)}, expected the documents of dataset "production" within that budget (raise JOBLD_MAX_CONTENT_LAKE_BYTES for a larger dataset)\n`,
    )
    expect(code).toBe(2)
    expect(await outputState(out)).toEqual(before)
  })

  it('stops a Content Lake that streams documents without end at JOBLD_MAX_DOCUMENTS, naming the bound', async () => {
    const { documents } = await readNdjson('tests/fixtures/robustness/network/dataset.ndjson')
    const lake = await startContentLake({ documents: documents.map((d) => d.value), faults: [{ kind: 'endless', path: '/data/export' }] })
    closers.push(() => lake.close())
    const { out, before } = await previousOutput()
    const run = await runCli(['--out', out, ...NOW], lakeEnv(lake.url, { JOBLD_MAX_DOCUMENTS: '20000' }))
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `Unexpected more than 20,000 documents from 127.0.0.1:${lake.port}, expected the documents of dataset "production" within that many (raise JOBLD_MAX_DOCUMENTS for a larger dataset)\n`,
    })
    expect(await outputState(out)).toEqual(before)
    // 20,000 documents of some 80 bytes, and what the sockets held when the read stopped.
    expect(lake.endlessBytes()).toBeLessThan(16 * 1024 * 1024)
  })

  it('stops a query answer without end at JOBLD_MAX_ANSWER_BYTES under the default limits, before it becomes one string', async () => {
    const { documents } = await readNdjson('tests/fixtures/robustness/network/dataset.ndjson')
    const lake = await startContentLake({
      documents: documents.map((d) => d.value),
      faults: [
        { kind: 'status', status: 404, path: '/data/export' },
        { kind: 'endless', path: '/data/query' },
      ],
    })
    closers.push(() => lake.close())
    const { out, before } = await previousOutput()
    const run = await runCli(['--out', out, ...NOW], lakeEnv(lake.url))
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `Unexpected answer of more than 16,777,216 bytes from 127.0.0.1:${lake.port}, expected a page of documents of dataset "production" within that size (raise JOBLD_MAX_ANSWER_BYTES)\n`,
    })
    expect(await outputState(out)).toEqual(before)
    expect(lake.endlessBytes()).toBeLessThan(32 * 1024 * 1024)
  })

  it('never sends the token over plain http to another host', async () => {
    const { out, before } = await previousOutput()
    const run = await runCli(['--out', out, ...NOW], lakeEnv('http://sanity.example.com', { SANITY_API_TOKEN: 'skPlainHttpToken1234567890' }))
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'Unexpected plain http:// SANITY_API_HOST for sanity.example.com with a token, expected https:// (the token would travel in clear; plain http is only for this machine, such as http://127.0.0.1)\n',
    )
    expect(await outputState(out)).toEqual(before)
  })
})

describe('archives are bounded', () => {
  /** A .tar.gz of the given files (paths inside the archive). */
  async function archive(dir: string, files: Record<string, string | Buffer>): Promise<string> {
    const root = join(dir, 'pack')
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true })
      await writeFile(join(root, path), text)
    }
    const file = join(dir, 'export.tar.gz')
    await createTar({ gzip: true, file, cwd: root }, Object.keys(files))
    return file
  }

  it('refuses an archive that unpacks to far more than its size (a gzip bomb), within its first megabytes', async () => {
    const { dir, out, before } = await previousOutput()
    // 32 MB of blank lines pack into some 30 KB: a ratio of about a thousand.
    const file = await archive(dir, { 'export/data.ndjson': Buffer.alloc(32 * 1024 * 1024, '\n') })
    const run = await runCli(['--from', file, '--out', out, ...NOW])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^Unexpected archive ".+export\.tar\.gz" that unpacks to more than 200 times its packed size \([\d,]+ bytes from [\d,]+\), expected a `sanity dataset export` archive \(if it is one, raise JOBLD_MAX_ARCHIVE_RATIO\)\n$/,
    )
    expect(await outputState(out)).toEqual(before)
  })

  it('refuses an archive larger than the size limit when unpacked', async () => {
    const { dir, out, before } = await previousOutput()
    const lines = await readFile('tests/fixtures/robustness/network/dataset.ndjson', 'utf8')
    expect(lines.length).toBeGreaterThan(3_000)
    const file = await archive(dir, { 'export/data.ndjson': lines })
    const run = await runCli(['--from', file, '--out', out, ...NOW], { JOBLD_MAX_ARCHIVE_BYTES: '3000' })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^Unexpected archive ".+export\.tar\.gz" that unpacks to more than 3,000 bytes, expected a `sanity dataset export` archive within that size \(raise JOBLD_MAX_ARCHIVE_BYTES for a larger one\)\n$/,
    )
    expect(await outputState(out)).toEqual(before)
  })

  it('refuses an archive with two dataset files, naming both', async () => {
    const { dir, out, before } = await previousOutput()
    const lines = await readFile('tests/fixtures/robustness/network/dataset.ndjson', 'utf8')
    const file = await archive(dir, { 'a/data.ndjson': lines, 'b/data.ndjson': lines })
    const run = await runCli(['--from', file, '--out', out, ...NOW])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^Unexpected archive ".+export\.tar\.gz" with two dataset files, a\/data\.ndjson and b\/data\.ndjson, expected one data\.ndjson\n$/)
    expect(await outputState(out)).toEqual(before)
  })
})

describe('NDJSON lines are bounded', () => {
  it('reports a line over the limit at its line, reads the others, and keeps the output', async () => {
    const { dir, out, before } = await previousOutput()
    const lines = (await readFile('tests/fixtures/robustness/network/dataset.ndjson', 'utf8')).split('\n')
    const huge = JSON.stringify({ _id: 'faqEntry.huge', _type: 'faqEntry', question: `${'x'.repeat(2_000_000)}?`, answer: [] })
    const file = join(dir, 'huge.ndjson')
    await writeFile(file, [lines[0], huge, ...lines.slice(1)].join('\n'))
    const run = await runCli(['--from', file, '--out', out, ...NOW], { JOBLD_MAX_LINE_BYTES: '1000000' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `(unknown) → (line 2) (${file}:2): does not validate.\n  (document): Unexpected line longer than 1,000,000 bytes, expected one document of at most that size per line (raise JOBLD_MAX_LINE_BYTES for longer ones)\n`,
    )
    expect(run.stderr).toContain('1 error: nothing written')
    expect(await outputState(out)).toEqual(before)
  })
})

describe('--base-url', () => {
  it.each([
    ['https://www.example.nl/</script>', 'Unexpected --base-url "https://www.example.nl/</script>": it holds "<", a character that needs escaping, expected a plain http(s) URL such as https://www.example.nl/beroepen\n'],
    ['javascript:alert(1)', 'Unexpected --base-url "javascript:alert(1)": not an absolute http(s) URL, expected a plain http(s) URL such as https://www.example.nl/beroepen\n'],
    ['https://user:pw@example.nl', 'Unexpected --base-url "https://user:pw@example.nl": it holds a user or password, expected a plain http(s) URL such as https://www.example.nl/beroepen\n'],
    ['https://example.nl/?a=1', 'Unexpected --base-url "https://example.nl/?a=1": it holds a query or fragment, expected a plain http(s) URL such as https://www.example.nl/beroepen\n'],
  ])('refuses %s', async (url, message) => {
    const { out, before } = await previousOutput()
    const run = await runCli(['--from', 'content', '--out', out, '--base-url', url, ...NOW])
    expect([run.code, run.stderr]).toEqual([2, message])
    expect(await outputState(out)).toEqual(before)
  })

  it('accepts a plain URL with a trailing slash, as the same base', async () => {
    const { dir } = await previousOutput()
    const a = join(dir, 'a')
    const b = join(dir, 'b')
    expect((await runCli(['--from', 'content', '--out', a, '--base-url', 'https://www.example.nl/beroepen/', ...NOW])).code).toBe(0)
    expect((await runCli(['--from', 'content', '--out', b, '--base-url', 'https://www.example.nl/beroepen', ...NOW])).code).toBe(0)
    expect(await readTree(a)).toEqual(await readTree(b))
  })
})
