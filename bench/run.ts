/**
 * `npm run bench`: for two dataset shapes (the generated one, and the bundled content multiplied)
 * at about 3,000, 30,000 and 300,000 documents, measures as whole processes the floor
 * (bench/floor.ts), the file floor (bench/filesFloor.ts: creating the full export's files, and
 * nothing else), a full export, and an incremental export after one FAQ entry changed; for the
 * generated shape also a full export from the Content Lake (the local emulator), a delta export
 * after one edit there, and one webhook's change (bench/updateOnce.mjs); and a full export of the same
 * documents packed as a `sanity dataset export` archive (.tar.gz), for its time and peak RSS. The export measured is the
 * compiled CLI (`dist/`), as users run it. Prints the figures and writes them to bench/results.json.
 *
 * BENCH_SIZES=3000,30000 and BENCH_SHAPES=generated pick fewer; BENCH_LAKE=0 skips the Content
 * Lake; BENCH_KEEP=1 keeps the folder; BENCH_VERIFY_UP_TO sets the largest size whose incremental
 * outputs are compared byte for byte with a full export (default: every size).
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, readdirSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { create as createTar } from 'tar'
import { startContentLake } from '../tests/support/contentLakeServer.ts'
import { measure, type Measurement } from './measure.ts'
import { multiplyContent } from './multiplyContent.ts'
import { writeDataset, writeDocuments, type WrittenDataset } from './writeDataset.ts'

/** The Content Lake's exports have a base URL, as a site that notifies has: the webhook's change then renders the sitemaps as `jobld listen` does. */
const LAKE_BASE_URL = 'https://www.example.nl/beroepen'

const NOW = '2026-11-26'
const SEED = 20261126
const sizes = (process.env.BENCH_SIZES ?? '3000,30000,300000').split(',').map(Number)
const shapes = (process.env.BENCH_SHAPES ?? 'generated,content').split(',')
const withLake = process.env.BENCH_LAKE !== '0'
const verifyUpTo = Number(process.env.BENCH_VERIFY_UP_TO ?? Number.POSITIVE_INFINITY)
const CLI = 'dist/scripts/jobld.js'

/** One source's full and incremental export. */
interface SourceRun {
  full: Measurement
  incremental: Measurement
  incrementalOverFull: number
  incrementalOverFullCpu: number
  /** The incremental output compared with a fresh full export (up to BENCH_VERIFY_UP_TO). */
  identical: boolean | undefined
}

interface SizeResult {
  shape: string
  documents: number
  datasetBytes: number
  floor: Measurement
  /** Creating the full export's files, alone. */
  fileFloor: Measurement
  /** How many files, and their bytes. */
  outputFiles: number
  outputBytes: number
  files: SourceRun
  /** A full export of the same documents from a .tar.gz archive, and whether its output equals the NDJSON file's (up to BENCH_VERIFY_UP_TO). */
  archive: Measurement & { identical: boolean | undefined }
  contentLake: (SourceRun & { webhook: Measurement; webhookOverFull: number }) | undefined
  exportOverFloor: number
  exportOverFloorCpu: number
  exportOverFileFloor: number
}

const repo = new URL('../', import.meta.url).pathname
const root = await mkdtemp(join(tmpdir(), 'jobld-bench-'))
const results: SizeResult[] = []
let failed = false
try {
  log('Compiling the package (npm run compile)')
  const compiled = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' })
  if (compiled.status !== 0) throw new Error('Unexpected failure of npm run compile, expected a compiled package to measure')
  // Warm tsx's transform cache for the floor, and the disk cache for the CLI, before anything is timed.
  await measure(CLI, ['--help'], join(root, 'warm-up.log'))
  await measure('bench/floor.ts', [], join(root, 'warm-up-floor.log'))
  const base = await bundledContent(join(root, 'content.ndjson'))

  for (const shape of shapes)
    for (const size of sizes) {
      const dir = join(root, `${shape}-${size}`)
      await mkdir(dir, { recursive: true })
      const data = join(dir, 'data.ndjson')
      const edited = join(dir, 'edited.ndjson')
      const dataset: WrittenDataset =
        shape === 'content' ? await writeDocuments(data, edited, multiplyContent(base, size), Math.ceil(size / base.length) * base.length) : await writeDataset(data, edited, { documents: size, seed: SEED })
      log(`${shape}: ${dataset.documents.toLocaleString('en')} documents (${mb(dataset.bytes)} MB)`)

      const floor = await measure('bench/floor.ts', ['--from', data, '--out', join(dir, 'floor')], join(dir, 'floor.log'))
      await rm(join(dir, 'floor'), { recursive: true, force: true })
      log(`  floor                   ${line(floor)}`)
      const args = (from: string, out: string, cache: string, ...more: string[]) => ['export', ...(from ? ['--from', from] : []), '--out', out, '--cache-dir', cache, '--now', NOW, ...more]

      const full = await measure(CLI, args(data, join(dir, 'out'), join(dir, 'cache')), join(dir, 'full.log'))
      log(`  full                    ${line(full)}`)
      const listed = await listFiles(join(dir, 'out'), join(dir, 'files.txt'))
      const fileFloor = await measure('bench/filesFloor.ts', ['--list', join(dir, 'files.txt'), '--out', join(dir, 'file-floor')], join(dir, 'file-floor.log'))
      await rm(join(dir, 'file-floor'), { recursive: true, force: true })
      log(`  file floor              ${line(fileFloor)} (${listed.files.toLocaleString('en')} files, ${mb(listed.bytes)} MB)`)
      // The same documents as a dataset export archive: streamed into the store, never held whole.
      await mkdir(join(dir, 'archive', 'export'), { recursive: true })
      await rename(data, join(dir, 'archive', 'export', 'data.ndjson'))
      await createTar({ gzip: true, file: join(dir, 'export.tar.gz'), cwd: join(dir, 'archive'), portable: true }, ['export/data.ndjson'])
      await rename(join(dir, 'archive', 'export', 'data.ndjson'), data)
      const fromArchive = await measure(CLI, args(join(dir, 'export.tar.gz'), join(dir, 'out-archive'), join(dir, 'archive-cache')), join(dir, 'archive.log'))
      const archiveIdentical = dataset.documents <= verifyUpTo ? await sameTree(join(dir, 'out'), join(dir, 'out-archive')) : undefined
      log(`  full from .tar.gz       ${line(fromArchive)}${archiveIdentical === undefined ? '' : `, output ${archiveIdentical ? 'is' : 'is NOT'} byte-identical to the NDJSON file's`}`)
      await rm(join(dir, 'out-archive'), { recursive: true, force: true })
      await rm(join(dir, 'export.tar.gz'), { force: true })
      if (fromArchive.exitCode !== 0 || archiveIdentical === false) failed = true
      const incremental = await measure(CLI, args(edited, join(dir, 'out'), join(dir, 'cache')), join(dir, 'incremental.log'))
      log(`  incremental             ${line(incremental)}`)
      let identical: boolean | undefined
      if (dataset.documents <= verifyUpTo) {
        await measure(CLI, args(edited, join(dir, 'check'), join(dir, 'check-cache'), '--no-cache'), join(dir, 'check.log'))
        identical = await sameTree(join(dir, 'out'), join(dir, 'check'))
        log(`  incremental output ${identical ? 'is' : 'is NOT'} byte-identical to a full export`)
        await rm(join(dir, 'check'), { recursive: true, force: true })
      }
      const files = sourceRun(full, incremental, identical)
      for (const m of [floor, fileFloor, full, incremental]) if (m.exitCode !== 0) failed = true
      if (identical === false) failed = true

      let contentLake: SizeResult['contentLake']
      if (withLake && shape === 'generated') {
        contentLake = await lakeRun(dir, data, dataset.editedId, args)
        if (contentLake.full.exitCode !== 0 || contentLake.incremental.exitCode !== 0 || contentLake.webhook.exitCode !== 0 || contentLake.identical === false) failed = true
      }
      results.push({
        shape,
        documents: dataset.documents,
        datasetBytes: dataset.bytes,
        floor,
        fileFloor,
        outputFiles: listed.files,
        outputBytes: listed.bytes,
        files,
        archive: { ...fromArchive, identical: archiveIdentical },
        contentLake,
        exportOverFloor: round(full.seconds / floor.seconds),
        exportOverFloorCpu: round(full.cpuSeconds / floor.cpuSeconds),
        exportOverFileFloor: round(full.seconds / fileFloor.seconds),
      })
      if (!process.env.BENCH_KEEP) await rm(dir, { recursive: true, force: true })
    }
} finally {
  if (!process.env.BENCH_KEEP) await rm(root, { recursive: true, force: true })
}

const growth = shapes.flatMap((shape) => {
  const rows = results.filter((r) => r.shape === shape)
  return rows.slice(1).map((r, i) => {
    const before = rows[i]
    const exponent = (a: number, b: number) => (before ? round(Math.log(b / a) / Math.log(r.documents / before.documents), 2) : Number.NaN)
    return {
      shape,
      from: before?.documents ?? 0,
      to: r.documents,
      full: exponent(before?.files.full.seconds ?? 1, r.files.full.seconds),
      fullCpu: exponent(before?.files.full.cpuSeconds ?? 1, r.files.full.cpuSeconds),
      floor: exponent(before?.floor.seconds ?? 1, r.floor.seconds),
      // One webhook's change should cost the same at any size: an exponent near 0 (a per-change step
      // that scans the dataset shows as about 1, one that scans it per page as about 2).
      webhookCpu: r.contentLake && before?.contentLake ? exponent(before.contentLake.webhook.cpuSeconds, r.contentLake.webhook.cpuSeconds) : Number.NaN,
    }
  })
})
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), now: NOW, seed: SEED, results, growth }, null, 2)}\n`)
console.log(table(results, growth))
if (failed) {
  console.log('A measured process failed or an incremental output differed; see the logs (BENCH_KEEP=1 keeps them).')
  process.exitCode = 1
}

/** The Content Lake: a full export from the emulator, one document edited there, then a delta export, then one webhook's change. */
async function lakeRun(dir: string, data: string, editedId: string, args: (from: string, out: string, cache: string, ...more: string[]) => string[]): Promise<NonNullable<SizeResult['contentLake']>> {
  const documents: Array<Record<string, unknown>> = []
  let minute = Date.parse('2026-11-01T00:00:00Z')
  for await (const text of createInterface({ input: createReadStream(data) })) if (text) documents.push({ ...JSON.parse(text), _updatedAt: new Date((minute += 1000)).toISOString() })
  const lake = await startContentLake({ documents, now: () => new Date('2026-11-20T00:00:00Z') })
  try {
    const env = { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url }
    const out = join(dir, 'lake-out')
    const full = await measure(CLI, args('', out, join(dir, 'lake-cache'), '--base-url', LAKE_BASE_URL), join(dir, 'lake-full.log'), env)
    log(`  Content Lake full       ${line(full)}`)
    const doc = documents.find((d) => d._id === editedId)
    const mutation = { mutations: [{ createOrReplace: { ...doc, question: String(doc?.question ?? '').replace(/\?$/, ' nu?') } }] }
    const answer = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sanity-project-id': lake.projectId }, body: JSON.stringify(mutation) })
    if (!answer.ok) throw new Error(`Unexpected HTTP ${answer.status} from the emulator, expected the edit to be stored`)
    const delta = await measure(CLI, args('', out, join(dir, 'lake-cache'), '--base-url', LAKE_BASE_URL), join(dir, 'lake-delta.log'), env)
    log(`  Content Lake delta      ${line(delta)}`)
    // One webhook's change: the same document edited again, then applied on its own.
    const again = { mutations: [{ patch: { id: editedId, set: { question: `${String(doc?.question ?? '').replace(/\?$/, '')} vandaag?` } } }] }
    const patched = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sanity-project-id': lake.projectId }, body: JSON.stringify(again) })
    if (!patched.ok) throw new Error(`Unexpected HTTP ${patched.status} from the emulator, expected the second edit to be stored`)
    const webhook = await measure('bench/updateOnce.mjs', ['--out', out, '--cache-dir', join(dir, 'lake-cache'), '--id', editedId, '--now', NOW, '--base-url', LAKE_BASE_URL], join(dir, 'lake-webhook.log'), env)
    log(`  one webhook change      ${line(webhook)} ${(await readFile(join(dir, 'lake-webhook.log'), 'utf8')).trim()}`)
    let identical: boolean | undefined
    if (documents.length <= verifyUpTo) {
      await measure(CLI, args('', join(dir, 'lake-check'), join(dir, 'lake-check-cache'), '--no-cache', '--base-url', LAKE_BASE_URL), join(dir, 'lake-check.log'), env)
      identical = await sameTree(out, join(dir, 'lake-check'))
      log(`  delta and webhook output ${identical ? 'is' : 'is NOT'} byte-identical to a full export`)
      await rm(join(dir, 'lake-check'), { recursive: true, force: true })
    }
    return { ...sourceRun(full, delta, identical), webhook, webhookOverFull: round(webhook.seconds / full.seconds, 3) }
  } finally {
    await lake.close()
  }
}

/** The bundled content as the importer makes it, the base of the multiplied shape. */
async function bundledContent(file: string): Promise<Array<Record<string, unknown>>> {
  const run = await measure(CLI, ['import', 'content', '--out', file], `${file}.log`)
  if (run.exitCode !== 0) throw new Error(`Unexpected exit ${String(run.exitCode)} of jobld import content, expected the bundled content as NDJSON`)
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((text): Record<string, unknown> => JSON.parse(text))
}

/** Lists the files of a folder with their sizes into `file`, one `<size> <path>` a line (for the file floor). */
async function listFiles(dir: string, file: string): Promise<{ files: number; bytes: number }> {
  const lines: string[] = []
  let bytes = 0
  for (const path of filesUnder(dir)) {
    const size = statSync(join(dir, path)).size
    bytes += size
    lines.push(`${size} ${path}`)
  }
  await writeFile(file, `${lines.join('\n')}\n`)
  return { files: lines.length, bytes }
}

/**
 * The files under a folder, as sorted paths relative to it. A walk of our own, one folder at a time:
 * readdir's recursive mode stopped making progress on the 300,000-document output (idle, no child
 * process, for more than 5 minutes).
 */
function filesUnder(dir: string): string[] {
  const files: string[] = []
  const folders = ['']
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop())
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isDirectory()) folders.push(path)
      else if (entry.isFile()) files.push(path)
    }
  return files.sort()
}

function sourceRun(full: Measurement, incremental: Measurement, identical: boolean | undefined): SourceRun {
  return {
    full,
    incremental,
    incrementalOverFull: round(incremental.seconds / full.seconds, 3),
    incrementalOverFullCpu: round(incremental.cpuSeconds / full.cpuSeconds, 3),
    identical,
  }
}

function table(rows: ReadonlyArray<SizeResult>, exponents: ReadonlyArray<{ shape: string; from: number; to: number; full: number; fullCpu: number; floor: number; webhookCpu: number }>): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`
  const lines = [
    '| shape | documents | export s (CPU s) | floor s (CPU s) | export ÷ floor, wall / CPU | file floor s | export ÷ file floor | peak RSS export / floor | export peak anonymous / file-backed | incremental s | incremental ÷ full | .tar.gz export s (peak RSS) | Content Lake full s | delta s | delta ÷ full | one webhook change s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const r of rows) {
    const lake = r.contentLake
    lines.push(
      `| ${r.shape} | ${r.documents.toLocaleString('en')} | ${r.files.full.seconds.toFixed(1)} (${r.files.full.cpuSeconds.toFixed(1)}) | ${r.floor.seconds.toFixed(1)} (${r.floor.cpuSeconds.toFixed(1)}) | ${r.exportOverFloor.toFixed(2)} / ${r.exportOverFloorCpu.toFixed(2)} | ${r.fileFloor.seconds.toFixed(1)} | ${r.exportOverFileFloor.toFixed(2)} | ${mb(r.files.full.maxRssBytes)} / ${mb(r.floor.maxRssBytes)} MB | ${mb(r.files.full.peakAnonBytes)} / ${mb(r.files.full.peakFileBytes)} MB | ${r.files.incremental.seconds.toFixed(2)} | ${pct(r.files.incrementalOverFull)} | ${r.archive.seconds.toFixed(1)} (${mb(r.archive.maxRssBytes)} MB) | ${lake ? lake.full.seconds.toFixed(1) : '–'} | ${lake ? lake.incremental.seconds.toFixed(2) : '–'} | ${lake ? pct(lake.incrementalOverFull) : '–'} | ${lake ? lake.webhook.seconds.toFixed(2) : '–'} |`,
    )
  }
  for (const g of exponents) lines.push(`\nGrowth exponent of time, ${g.shape}, ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} documents: export ${g.full} (CPU ${g.fullCpu}), floor ${g.floor}${Number.isNaN(g.webhookCpu) ? '' : `, one webhook change (CPU) ${g.webhookCpu}`}`)
  return lines.join('\n')
}

async function sameTree(a: string, b: string): Promise<boolean> {
  const left = filesUnder(a)
  if (left.join('\n') !== filesUnder(b).join('\n')) return false
  for (const path of left) if (!(await readFile(join(a, path))).equals(await readFile(join(b, path)))) return false
  return true
}

function line(m: Measurement): string {
  return `${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(1)} s, peak RSS ${mb(m.maxRssBytes)} MB${Number.isNaN(m.peakAnonBytes) ? '' : `: anonymous ${mb(m.peakAnonBytes)}, files ${mb(m.peakFileBytes)}`})${m.exitCode === 0 ? '' : ` exit ${String(m.exitCode)}`}`
}

function log(text: string) {
  process.stderr.write(`${text}\n`)
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0)
}

function round(n: number, digits = 2): number {
  return Number(n.toFixed(digits))
}

