import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** One measured process. */
export interface Measurement {
  /** Wall-clock seconds from spawn to exit. */
  seconds: number
  /** CPU seconds (user + system) of the process itself. */
  cpuSeconds: number
  /** Peak resident set size of the process itself (its own address space, every thread), in bytes. */
  maxRssBytes: number
  /** Peak of the anonymous part (heaps, stacks), sampled every 50 ms; NaN where not measured. */
  peakAnonBytes: number
  /** Peak of the file-backed part (the LMDB store's mapped pages, code), sampled; NaN where not measured. */
  peakFileBytes: number
  exitCode: number | null
}

const repo = new URL('../', import.meta.url).pathname
const usageHook = new URL('./reportUsage.mjs', import.meta.url).pathname

/**
 * Runs an entry point (TypeScript through tsx, or compiled JavaScript) as its own Node process and
 * measures it whole: wall time, the CPU time of all its threads, its peak RSS.
 * @param script path of the .ts or .js file, relative to the repository
 * @param args its arguments
 * @param logFile where its stdout and stderr go
 * @param env more environment for the process
 * @returns time, CPU time, peak RSS and exit code
 */
export async function measure(script: string, args: ReadonlyArray<string>, logFile: string, env: Record<string, string> = {}): Promise<Measurement> {
  const usageFile = `${logFile}.usage.json`
  await rm(usageFile, { force: true })
  // Every measured process starts with the disk's dirty pages written back: the previous one's
  // writes must not be paid for by this one.
  spawnSync('sync')
  const log = createWriteStream(logFile)
  const started = performance.now()
  // TypeScript through tsx; compiled JavaScript (the CLI in dist/) without it, as users run it.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : []
  const child = spawn(process.execPath, [...loader, '--import', usageHook, join(repo, script), ...args], {
    cwd: repo,
    env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const seconds = (performance.now() - started) / 1000
  log.end()
  const usage: unknown = JSON.parse(await readFile(usageFile, 'utf8').catch(() => '{}'))
  const field = (name: string) => (typeof usage === 'object' && usage !== null && name in usage ? Number(Reflect.get(usage, name)) : Number.NaN)
  return {
    seconds,
    cpuSeconds: (field('userCPUTime') + field('systemCPUTime')) / 1e6,
    // In kilobytes. VmHWM where Linux gives it: resourceUsage().maxRSS carries a parent's peak over exec.
    maxRssBytes: (Number.isNaN(field('vmHwmKb')) || field('vmHwmKb') === 0 ? field('maxRSS') : field('vmHwmKb')) * 1024,
    peakAnonBytes: field('rssAnonKb') * 1024 || Number.NaN,
    peakFileBytes: field('rssFileKb') * 1024 || Number.NaN,
    exitCode,
  }
}
