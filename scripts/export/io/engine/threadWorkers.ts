/**
 * Workers in threads (Tinypool, the pool Vitest uses: small, no dependencies, worker_threads):
 * each thread reads the documents it needs where the store says they are, so the main thread
 * only plans, writes and keeps the store. The output is the same bytes whatever the number of
 * threads: each page depends on its plan and documents only, and the pipeline orders issues and
 * the manifest itself.
 */
import { availableParallelism } from 'node:os'
import Tinypool from 'tinypool'
import type { BuildTask, BuiltPage, CheckItem, Workers } from '../../lib/engine/types.ts'
import type { Config } from '../../../core/config/resolveConfig.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import type { ScanRange, ScanResult } from './scanNdjson.ts'
import type { WorkerTask } from './workerMain.ts'

/**
 * Options of the thread pool: the configuration's base URL, token (a worker refuses to build a file
 * that holds it) and type names (mapped in the workers as in the main thread), and the threads.
 */
export type ThreadWorkersOptions = Partial<Pick<Config, 'baseUrl' | 'projectId' | 'dataset' | 'secret' | 'types'>> & {
  /** Threads; default one per core. */
  threads?: number | undefined
}

/** Workers that also scan ranges of an NDJSON file. */
export interface ScanningWorkers extends Workers {
  scan(range: ScanRange): Promise<ScanResult>
}

/** The number of threads an export uses by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism())
}

/**
 * A pool of worker threads for one export.
 * @param options threads, base URL, secret and type names
 * @returns the workers; `close()` ends the threads
 */
export function threadWorkers(options: ThreadWorkersOptions): ScanningWorkers {
  const size = options.threads ?? defaultThreads()
  const source = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  // Started with the first task: an export that fails before (a source that cannot be read) starts no thread.
  let started: Tinypool | undefined
  const pool = {
    run: (task: WorkerTask) => {
      started ??= new Tinypool({
        filename: new URL(`./workerMain${source}`, import.meta.url).href,
        minThreads: size,
        maxThreads: size,
        // A task holds a few dozen pages and their documents; a small old space keeps the threads' memory flat.
        // The young generation is capped too: left to V8 (Node 24) it grew to about 100 MB a thread, held
        // for the whole run; at 32 MB a 30,000-document export peaks 180 MB lower for the same CPU time.
        resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
        // From sources (tsx, tests), a thread needs the TypeScript loader too; compiled, it does not.
        ...(source === '.ts' ? { execArgv: ['--import', 'tsx'] } : {}),
      })
      return started.run(task)
    },
    // Ended threads are started again by the next task.
    destroy: async () => {
      const ending = started
      started = undefined
      await ending?.destroy()
    },
  }
  return {
    size,
    async check(items: ReadonlyArray<CheckItem>) {
      const task: WorkerTask = { kind: 'check', items: [...items], types: options.types }
      const result: Array<DocumentCheck<SlimDocument>> = await pool.run(task)
      return result
    },
    async build(task: BuildTask) {
      const work: WorkerTask = { kind: 'build', task, ids: { baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset }, secret: options.secret, types: options.types }
      const result: BuiltPage[] = await pool.run(work)
      return result
    },
    async scan(range: ScanRange) {
      const work: WorkerTask = { kind: 'scan', range: { ...range, types: options.types } }
      const result: ScanResult = await pool.run(work)
      return result
    },
    // After the build, the report, the manifest and the store's commit need no thread: the two
    // threads' heaps (up to 224 MB each) would otherwise be held through the run's end, where its
    // peak memory is.
    idle: () => pool.destroy(),
    close: () => pool.destroy(),
  }
}
