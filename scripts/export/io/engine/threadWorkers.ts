/**
 * Workers in threads (Tinypool, the pool Vitest uses: small, no dependencies, worker_threads), for
 * exports from an NDJSON file: each thread reads the documents it needs from the file and writes
 * its pages' files itself, so the main thread only reads, hashes and plans. The output is the same
 * bytes whatever the number of threads: each page depends on its plan and documents only, and the
 * pipeline orders issues and the manifest itself.
 */
import { availableParallelism } from 'node:os'
import Tinypool from 'tinypool'
import type { BuildTask, BuiltPage, DocumentSource, SourceEntry, Workers } from '../../lib/engine/types.ts'
import type { Config } from '../../../core/config/resolveConfig.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import type { CheckItem, WorkerTask } from './workerMain.ts'

/**
 * Options of the thread pool: the configuration's base URL, token (a worker refuses to write a file
 * that holds it) and type names (mapped in the workers as in the source), the threads, and the
 * source's name for positions in the workers' messages.
 */
export type ThreadWorkersOptions = Partial<Pick<Config, 'baseUrl' | 'secret' | 'types'>> & {
  /** Threads; default one per core. */
  threads?: number | undefined
  name: string
}

/** The number of threads an export uses by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism())
}

/**
 * A pool of worker threads for one export.
 * @param options threads, base URL and the source's name
 * @returns the workers; `close()` ends the threads
 */
export function threadWorkers(options: ThreadWorkersOptions): Workers {
  const size = options.threads ?? defaultThreads()
  const source = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  const pool = new Tinypool({
    filename: new URL(`./workerMain${source}`, import.meta.url).href,
    minThreads: size,
    maxThreads: size,
    // A task holds a few dozen pages and their documents; a small old space keeps the threads' memory flat.
    resourceLimits: { maxOldGenerationSizeMb: 192 },
    // From sources (tsx, tests), a thread needs the TypeScript loader too; compiled, it does not.
    ...(source === '.ts' ? { execArgv: ['--import', 'tsx'] } : {}),
  })
  const fileOf = (from: DocumentSource) => {
    if (!from.file) throw new Error('Unexpected source without a file, expected an NDJSON file for worker threads')
    return from.file
  }
  return {
    size,
    async check(entries: ReadonlyArray<SourceEntry>, from: DocumentSource) {
      const items = entries.map((entry): CheckItem => {
        if (!('offset' in entry.handle)) throw new Error('Unexpected value handle for worker threads, expected an offset')
        return { offset: entry.handle.offset, length: entry.handle.length, line: entry.position?.line ?? 0, unterminated: entry.handle.unterminated }
      })
      const task: WorkerTask = { kind: 'check', file: fileOf(from), name: options.name, types: options.types, items }
      const result: Array<DocumentCheck<SlimDocument>> = await pool.run(task)
      return result
    },
    async build(task: BuildTask, from: DocumentSource) {
      const work: WorkerTask = { kind: 'build', file: fileOf(from), name: options.name, baseUrl: options.baseUrl, secret: options.secret, types: options.types, task }
      const result: BuiltPage[] = await pool.run(work)
      return result
    },
    close: () => pool.destroy(),
  }
}
