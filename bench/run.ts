/**
 * `npm run bench`: generates datasets of about 3,000, 30,000 and 300,000 documents into a
 * temporary folder and measures, as whole processes, the floor (bench/floor.ts), a full export,
 * and an incremental export after one FAQ entry changed. Prints the figures and writes them to
 * bench/results.json. BENCH_SIZES=3000,30000 picks other sizes; BENCH_KEEP=1 keeps the folder.
 */
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measure, type Measurement } from './measure.ts'
import { writeDataset } from './writeDataset.ts'

const NOW = '2026-11-26'
const SEED = 20261126
const sizes = (process.env.BENCH_SIZES ?? '3000,30000,300000').split(',').map(Number)
const verifyUpTo = Number(process.env.BENCH_VERIFY_UP_TO ?? 5000)

interface SizeResult {
  documents: number
  datasetBytes: number
  generateSeconds: number
  floor: Measurement & { bytesWritten: number; files: number }
  full: Measurement & { bytesWritten: number; files: number; cacheBytes: number; documentsPerSecond: number }
  incremental: Measurement & { pagesReused: number | undefined }
  exportOverFloor: number
  exportOverFloorCpu: number
  incrementalOverFull: number
  incrementalOverFullCpu: number
  /** Incremental output compared with a fresh full export of the edited dataset (small sizes only). */
  incrementalIdentical: boolean | undefined
}

const root = await mkdtemp(join(tmpdir(), 'jobld-bench-'))
const results: SizeResult[] = []
let failed = false
try {
  // tsx compiles each module on first use and caches it: compile before anything is timed.
  await measure('scripts/export-jsonld.ts', ['--help'], join(root, 'warm-up.log'))
  await measure('bench/floor.ts', [], join(root, 'warm-up-floor.log'))
  for (const size of sizes) {
    const dir = join(root, String(size))
    const data = join(dir, 'data.ndjson')
    const edited = join(dir, 'edited.ndjson')
    await mkdir(dir, { recursive: true })
    const generated = performance.now()
    const dataset = await writeDataset(data, edited, { documents: size, seed: SEED })
    const generateSeconds = (performance.now() - generated) / 1000
    log(`${dataset.documents} documents (${mb(dataset.bytes)} MB) generated in ${generateSeconds.toFixed(1)} s`)

    const floorOut = join(dir, 'floor')
    const floor = await measure('bench/floor.ts', ['--from', data, '--out', floorOut], join(dir, 'floor.log'))
    const floorTree = await treeSize(floorOut)
    await rm(floorOut, { recursive: true, force: true })
    log(`  floor       ${floor.seconds.toFixed(2)} s`)

    const out = join(dir, 'out', 'jsonld')
    const exportArgs = (from: string, to: string, ...more: string[]) => ['--from', from, '--out', to, '--now', NOW, ...more]
    const full = await measure('scripts/export-jsonld.ts', exportArgs(data, out), join(dir, 'full.log'))
    const fullTree = await treeSize(await realpath(out))
    let cacheBytes = 0
    for (const file of ['.jsonld.cache-pages.ndjson', '.jsonld.cache-documents.ndjson']) cacheBytes += (await stat(join(dir, 'out', file)).catch(() => undefined))?.size ?? 0
    log(`  full        ${full.seconds.toFixed(2)} s`)
    const incremental = await measure('scripts/export-jsonld.ts', exportArgs(edited, out), join(dir, 'incremental.log'))
    log(`  incremental ${incremental.seconds.toFixed(2)} s`)

    let incrementalIdentical: boolean | undefined
    if (dataset.documents <= verifyUpTo) {
      const check = join(dir, 'check', 'jsonld')
      await measure('scripts/export-jsonld.ts', exportArgs(edited, check, '--no-cache'), join(dir, 'check.log'))
      incrementalIdentical = await sameTree(await realpath(out), await realpath(check))
      log(`  incremental output ${incrementalIdentical ? 'is' : 'is NOT'} byte-identical to a full export`)
    }
    for (const m of [floor, full, incremental]) if (m.exitCode !== 0) failed = true
    if (incrementalIdentical === false) failed = true

    results.push({
      documents: dataset.documents,
      datasetBytes: dataset.bytes,
      generateSeconds: round(generateSeconds),
      floor: { ...floor, bytesWritten: floorTree.bytes, files: floorTree.files },
      full: { ...full, bytesWritten: fullTree.bytes, files: fullTree.files, cacheBytes, documentsPerSecond: Math.round(dataset.documents / full.seconds) },
      incremental: { ...incremental, pagesReused: undefined },
      exportOverFloor: round(full.seconds / floor.seconds),
      exportOverFloorCpu: round(full.cpuSeconds / floor.cpuSeconds),
      incrementalOverFull: round(incremental.seconds / full.seconds, 3),
      incrementalOverFullCpu: round(incremental.cpuSeconds / full.cpuSeconds, 3),
      incrementalIdentical,
    })
    if (!process.env.BENCH_KEEP) await rm(dir, { recursive: true, force: true })
  }
} finally {
  if (!process.env.BENCH_KEEP) await rm(root, { recursive: true, force: true })
}

const growth = results.slice(1).map((r, i) => {
  const before = results[i]
  if (!before) return undefined
  const exponent = (a: number, b: number) => round(Math.log(b / a) / Math.log(r.documents / before.documents), 2)
  return {
    from: before.documents,
    to: r.documents,
    full: exponent(before.full.seconds, r.full.seconds),
    fullCpu: exponent(before.full.cpuSeconds, r.full.cpuSeconds),
    floor: exponent(before.floor.seconds, r.floor.seconds),
  }
})
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), now: NOW, seed: SEED, results, growth }, null, 2)}\n`)
console.log(table(results, growth))
if (failed) {
  console.log('A measured process failed or the incremental output differed; see the logs (BENCH_KEEP=1 keeps them).')
  process.exitCode = 1
}

function table(rows: ReadonlyArray<SizeResult>, exponents: ReadonlyArray<{ from: number; to: number; full: number; fullCpu: number; floor: number } | undefined>): string {
  const lines = [
    '| documents | export s (CPU s) | floor s (CPU s) | export ÷ floor, wall / CPU | documents/s | peak RSS export / floor | written export / floor | incremental s (CPU s) | incremental ÷ full, wall / CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`
  for (const r of rows)
    lines.push(
      `| ${r.documents.toLocaleString('en')} | ${r.full.seconds.toFixed(1)} (${r.full.cpuSeconds.toFixed(1)}) | ${r.floor.seconds.toFixed(1)} (${r.floor.cpuSeconds.toFixed(1)}) | ${r.exportOverFloor.toFixed(2)} / ${r.exportOverFloorCpu.toFixed(2)} | ${r.full.documentsPerSecond.toLocaleString('en')} | ${mb(r.full.maxRssBytes)} / ${mb(r.floor.maxRssBytes)} MB | ${mb(r.full.bytesWritten)} / ${mb(r.floor.bytesWritten)} MB | ${r.incremental.seconds.toFixed(1)} (${r.incremental.cpuSeconds.toFixed(1)}) | ${pct(r.incrementalOverFull)} / ${pct(r.incrementalOverFullCpu)} |`,
    )
  for (const g of exponents)
    if (g) lines.push(`\nGrowth exponent of time ${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')} documents: export ${g.full} (CPU ${g.fullCpu}), floor ${g.floor}`)
  return lines.join('\n')
}

async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += (await stat(join(entry.parentPath, entry.name))).size
    files += 1
  }
  return { bytes, files }
}

async function sameTree(a: string, b: string): Promise<boolean> {
  const list = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort()
  const [left, right] = await Promise.all([list(a), list(b)])
  if (left.join('\n') !== right.join('\n')) return false
  for (const path of left) if (!(await readFile(a + path)).equals(await readFile(b + path))) return false
  return true
}

function log(line: string) {
  process.stderr.write(`${line}\n`)
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0)
}

function round(n: number, digits = 2): number {
  return Number(n.toFixed(digits))
}
