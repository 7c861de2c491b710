/**
 * `npm run bench:webhook`: from a webhook's arrival to the notification reaching Google, with a
 * site that is already live, on the bundled content multiplied to about 30,000 and 300,000
 * documents. Everything is on loopback: the Content Lake emulator holding the dataset, a site
 * serving the exported pages (revalidating on request), the Google and IndexNow emulators, and
 * `jobld listen` from the compiled package (`dist/`) as its own process.
 *
 * Per size: an export from the Content Lake, the site published, then one change at a time
 * through the Content Lake's API (a vacancy's title, a profile's summary, an FAQ question, a
 * vacancy deleted), each delivered as Sanity delivers it (signed), each measured from the
 * delivery's arrival to Google's notification, with the documents read from the Content Lake and
 * the pages written, and the listener's own timeline (received, read, output, revalidated, live,
 * sent). Figures go to bench/webhook-results.json.
 *
 * BENCH_SIZES=30000 picks fewer; BENCH_KEEP=1 keeps the folders; BENCH_PROFILE=<folder> writes the
 * listener's CPU profiles there (node --cpu-prof, read on its exit).
 */
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startContentLake, type ContentLake, type DocumentChange } from '../tests/support/contentLakeServer.ts'
import { startGoogleIndexing } from '../tests/support/googleIndexingEmulator.ts'
import { startIndexNow } from '../tests/support/indexNowEmulator.ts'
import { testServiceAccount } from '../tests/support/notifyRun.ts'
import { startSite } from '../tests/support/siteServer.ts'
import { sendWebhook } from '../tests/support/webhookSender.ts'
import { multiplyContent } from './multiplyContent.ts'
import { parseManifest } from '../scripts/export/lib/parseManifest.ts'

const sizes = (process.env.BENCH_SIZES ?? '30000,300000').split(',').map(Number)
const CLI = 'dist/scripts/jobld.js'
const SECRET = 'whsec-bench-0123456789abcdef'
const REVALIDATE = 'revalidate-bench-0123456789'
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const repo = new URL('../', import.meta.url).pathname

/** One change and what it took. */
interface ChangeRun {
  change: string
  /** From the delivery leaving the sender to Google's notifyTime of the expected notification. */
  seconds: number
  documentsRead: number
  pagesWritten: number
  notification: string
  /** CPU seconds the listener process (all its threads) spent from the delivery to the notification: the work, whatever the machine's load. */
  listenerCpuSeconds: number
  /** The machine's 1-minute load average when the change was measured (2 cores). */
  load: number
  /** The listener's log lines of this change, with their times relative to the delivery. */
  timeline: string[]
}

interface SizeRun {
  documents: number
  pages: number
  exportSeconds: number
  changes: ChangeRun[]
}

const root = await mkdtemp(join(tmpdir(), 'jobld-bench-webhook-'))
const runs: SizeRun[] = []
try {
  log('Compiling the package (npm run compile)')
  const compiled = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' })
  if (compiled.status !== 0) throw new Error('Unexpected failure of npm run compile, expected a compiled package to measure')
  const base = await bundledContent(join(root, 'content.ndjson'))
  for (const size of sizes) runs.push(await sizeRun(size, base))
} finally {
  if (!process.env.BENCH_KEEP) await rm(root, { recursive: true, force: true })
}
await writeFile(new URL('./webhook-results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), runs }, null, 2)}\n`)
console.log(table(runs))

async function sizeRun(size: number, base: ReadonlyArray<Record<string, unknown>>): Promise<SizeRun> {
  const dir = join(root, String(size))
  const out = join(dir, 'jsonld')
  const cache = join(dir, 'cache')
  let second = Date.parse('2026-11-01T00:00:00Z')
  const documents = [...multiplyContent(base, size)].map((doc) => ({ ...doc, _updatedAt: new Date((second += 1000)).toISOString() }))
  log(`${documents.length.toLocaleString('en')} documents`)
  const copies = Math.ceil(size / base.length)
  const k = Math.max(2, Math.floor(copies / 2))
  const lake = await startContentLake({ documents })
  const site = await startSite({ out, secret: REVALIDATE })
  const account = testServiceAccount()
  const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey, quota: 100_000 })
  const indexNow = await startIndexNow({ key: KEY })
  const env = {
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_WEBHOOK_SECRET: SECRET,
    JOBLD_REVALIDATE_SECRET: REVALIDATE,
    JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri),
  }
  const flags = ['--out', out, '--cache-dir', cache, '--base-url', site.baseUrl]
  try {
    const started = performance.now()
    // Not spawnSync: the emulators answer from this process's event loop.
    const exported = await runCli(['export', ...flags], env)
    if (exported.code !== 0) throw new Error(`Unexpected export failure: ${exported.stderr.slice(-2000)}`)
    const exportSeconds = (performance.now() - started) / 1000
    const pages = parseManifest(await readFile(join(out, 'manifest.json'), 'utf8'))?.pages.length ?? 0
    log(`  export from the Content Lake: ${exportSeconds.toFixed(1)} s, ${pages.toLocaleString('en')} pages`)
    await site.publish()
    log('  site published')

    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []
    const listener = spawn(process.execPath, [...profile, CLI, 'listen', '--port', '0', ...flags, '--notify', '--google-endpoint', google.url, '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url, '--revalidate-url', site.revalidateUrl], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    listener.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    listener.stdout.resume()
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /Listening on (\S+) /.exec(stderr)
        if (match?.[1]) resolve(match[1])
      }
      listener.stderr.on('data', look)
      listener.on('exit', () => reject(new Error(`Unexpected exit of jobld listen: ${stderr.slice(-2000)}`)))
    })
    log(`  listening at ${url}`)
    const suffix = k === 1 ? '' : `-k${k}`
    const vacancyId = `vacancy.voorbeeld-customer-service-medewerker-utrecht${suffix}`
    const vacancyUrl = `${site.baseUrl}/vacatures/voorbeeld-customer-service-medewerker-utrecht${suffix}`
    const changes: ChangeRun[] = []
    const measureChange = async (name: string, mutation: Record<string, unknown>, expected: string) => {
      const change = await mutate(lake, mutation)
      const logFrom = stderr.length
      const cpuBefore = await cpuSeconds(listener.pid)
      const googleBefore = google.notifications.length
      const indexNowBefore = indexNow.submissions.length
      const sentAt = Date.now()
      const delivery = await sendWebhook(url, { _id: change.documentId, _type: change.type, operation: change.operation }, { secret: SECRET, transactionId: change.transactionId, time: change.time })
      // Only what arrives after this delivery counts: an earlier change may have notified the same URL.
      const notified = await notification(google.notifications, expected, 300_000, { google: googleBefore, indexNow: indexNowBefore })
      const cpu = (await cpuSeconds(listener.pid)) - cpuBefore
      const response = isRecord(delivery.response) ? delivery.response : {}
      const pages = Array.isArray(response.pages) ? response.pages : []
      const run: ChangeRun = {
        change: name,
        seconds: (notified - sentAt) / 1000,
        documentsRead: Number(response.documentsRead ?? Number.NaN),
        pagesWritten: pages.filter((page) => isRecord(page) && page.action !== 'unchanged').length,
        notification: expected.replace(site.origin, '<site>'),
        listenerCpuSeconds: Math.round(cpu * 100) / 100,
        load: loadavg()[0] ?? Number.NaN,
        timeline: timeline(stderr.slice(logFrom), sentAt, site.origin),
      }
      changes.push(run)
      log(`  ${name}: ${run.seconds.toFixed(2)} s (listener CPU ${run.listenerCpuSeconds.toFixed(2)} s, load ${run.load.toFixed(1)}), ${run.documentsRead} documents read, ${run.pagesWritten} pages written (HTTP ${delivery.status})`)
      for (const line of run.timeline) log(`      ${line}`)
      return delivery
    }
    // Read by id through the API, as an editor's client would: copying the emulator's 300,000 documents
    // blocked this process for seconds, and a delivery then went out on a keep-alive connection the
    // listener had closed meanwhile (ECONNRESET).
    const doc = async (id: string): Promise<Record<string, unknown>> => {
      const answer = await fetch(`${lake.url}/v2025-02-19/data/doc/${lake.dataset}/${encodeURIComponent(id)}`, { headers: { 'x-sanity-project-id': lake.projectId } })
      const body: unknown = await answer.json()
      const found = isRecord(body) && Array.isArray(body.documents) ? body.documents[0] : undefined
      return isRecord(found) ? found : {}
    }
    const strip = ({ _rev, _createdAt, _updatedAt, ...rest }: Record<string, unknown>) => rest
    await measureChange('vacancy title', { createOrReplace: { ...strip(await doc(vacancyId)), title: 'Senior customer service medewerker (voorbeeldvacature)' } }, `URL_UPDATED ${vacancyUrl}`)
    await measureChange(
      'profile summary (and its 2 vacancies)',
      { createOrReplace: { ...strip(await doc(`jobProfile.customer-service-medewerker${suffix}`)), summary: 'Een customer service medewerker helpt klanten met vragen en klachten, via telefoon, mail en chat.' } },
      `URL_UPDATED ${site.baseUrl}/vacatures/voorbeeld-customer-service-medewerker-remote${suffix}`,
    )
    await measureChange(
      'FAQ question (its profile page, IndexNow)',
      { createOrReplace: { ...strip(await doc(`faqEntry.customer-service-medewerker.1${suffix}`)), question: 'Wat doet een customer service medewerker precies?' } },
      `INDEXNOW ${site.baseUrl}/customer-service-medewerker${suffix}`,
    )
    await measureChange('vacancy deleted', { delete: { id: vacancyId } }, `URL_DELETED ${vacancyUrl}`)
    listener.kill('SIGTERM')
    await once(listener, 'exit')
    return { documents: documents.length, pages, exportSeconds, changes }
  } finally {
    await Promise.all([lake.close(), site.close(), google.close(), indexNow.close()])
  }

  /** When the expected notification arrived: Google's notifyTime, or for IndexNow the moment it was seen. */
  async function notification(list: ReadonlyArray<{ url: string; type: string; notifyTime: string }>, expected: string, ms: number, from: { google: number; indexNow: number }): Promise<number> {
    const end = Date.now() + ms
    for (;;) {
      if (expected.startsWith('INDEXNOW ')) {
        if (indexNow.submissions.slice(from.indexNow).some((s) => s.urlList.includes(expected.slice('INDEXNOW '.length)))) return Date.now()
      } else {
        const found = list.slice(from.google).find((n) => `${n.type} ${n.url}` === expected)
        if (found) return Date.parse(found.notifyTime.replace(/(\.\d{3})\d*Z$/, '$1Z'))
      }
      if (Date.now() > end) throw new Error(`Unexpected wait for ${expected}, expected it within ${ms} ms`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux). */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/** Runs the compiled CLI as its own process, without blocking this one. */
async function runCli(args: ReadonlyArray<string>, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code, stderr }
}

/** Commits one mutation through the emulator's HTTP API and returns the change it made. */
async function mutate(lake: ContentLake, mutation: Record<string, unknown>): Promise<DocumentChange> {
  const changed = new Promise<DocumentChange>((resolve) => lake.onChange((changes) => changes[0] && resolve(changes[0])))
  const answer = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sanity-project-id': lake.projectId },
    body: JSON.stringify({ mutations: [mutation] }),
  })
  if (!answer.ok) throw new Error(`Unexpected HTTP ${answer.status} from the emulator, expected the change to be stored`)
  return changed
}

/** The listener's log lines, `+<seconds> <event>: <detail>` relative to the delivery, details cut. */
function timeline(text: string, from: number, origin: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => {
      const match = /^(\S+Z) (.*)$/.exec(line)
      if (!match?.[1] || !match[2]) return []
      return [`+${((Date.parse(match[1]) - from) / 1000).toFixed(3)} s ${match[2].split(origin).join('<site>').slice(0, 140)}`]
    })
}

async function bundledContent(file: string): Promise<Array<Record<string, unknown>>> {
  const run = spawnSync(process.execPath, [CLI, 'import', 'content', '--out', file], { cwd: repo, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`Unexpected exit ${String(run.status)} of jobld import content: ${run.stderr}`)
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((text): Record<string, unknown> => JSON.parse(text))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function table(results: ReadonlyArray<SizeRun>): string {
  const rows = results.flatMap((run) =>
    run.changes.map(
      (change) =>
        `| ${run.documents.toLocaleString('en')} | ${change.change} | ${change.seconds.toFixed(2)} s | ${change.listenerCpuSeconds.toFixed(2)} s | ${change.load.toFixed(1)} | ${change.documentsRead} | ${change.pagesWritten} |`,
    ),
  )
  return ['| documents | change | webhook in → notification out | listener CPU | load | documents read | pages written |', '|---:|---|---:|---:|---:|---:|---:|', ...rows].join('\n')
}

function log(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`)
}


