import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'

/** Where the cache folder is chosen from. */
export interface CacheDirInput {
  /** The command's working folder. */
  cwd: string
  /** `--cache-dir`, when given (relative to `cwd`). */
  flag?: string | undefined
  env: { JOBLD_CACHE_DIR?: string | undefined; XDG_CACHE_HOME?: string | undefined }
}

/**
 * The root of jobld's cache: `--cache-dir`, else `JOBLD_CACHE_DIR`, else `node_modules/.cache/jobld`
 * in the nearest folder above the working folder that has a `package.json` (where build tools keep
 * their caches), else `$XDG_CACHE_HOME/jobld` or `~/.cache/jobld`. Never inside an output folder.
 * @param input working folder, flag and environment
 * @returns an absolute path (the folder may not exist yet)
 */
export function cacheRoot(input: CacheDirInput): string {
  if (input.flag) return resolve(input.cwd, input.flag)
  if (input.env.JOBLD_CACHE_DIR) return resolve(input.cwd, input.env.JOBLD_CACHE_DIR)
  for (let dir = resolve(input.cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'node_modules', '.cache', 'jobld')
    if (dirname(dir) === dir) break
  }
  return join(input.env.XDG_CACHE_HOME ? resolve(input.env.XDG_CACHE_HOME) : join(homedir(), '.cache'), 'jobld')
}

/**
 * The cache folder of one output folder: the export cache, the notification state and the
 * staging area of its writes live there, keyed by the output's absolute path.
 * @param root the cache root ({@link cacheRoot})
 * @param out the output folder (absolute)
 * @returns `<root>/<name>-<hash of the path>`
 */
export function cacheDirFor(root: string, out: string): string {
  const absolute = resolve(out)
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12)
  return join(root, `${basename(absolute) || 'root'}-${key}`)
}
