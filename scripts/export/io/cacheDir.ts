import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { realPath } from './trust/realPath.ts'

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
 * their caches), else `$XDG_CACHE_HOME/jobld` or `~/.cache/jobld`. Never inside an output folder
 * (cacheDirFor refuses that).
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
 * staging area and journal of its writes live there, keyed by the output's absolute path. The
 * cache and the output must lie apart: a cache inside the output would be published with it, an
 * output inside the cache would be removed with it.
 * @param root the cache root ({@link cacheRoot})
 * @param out the output folder (absolute)
 * @returns `<root>/<name>-<hash of the path>`
 * @throws CliError (OUTPUT) when one lies in the other
 */
export function cacheDirFor(root: string, out: string): string {
  const realRoot = realPath(resolve(root))
  const realOut = realPath(resolve(out))
  if (realOut === realRoot || isInside(realOut, realRoot))
    throw new CliError(
      'OUTPUT',
      `Unexpected output folder ${out}: it ${realOut === realRoot ? 'is' : 'lies in'} jobld's cache folder ${root}, expected a folder of its own such as jsonld. Nothing was written.`,
    )
  if (isInside(realRoot, realOut))
    throw new CliError(
      'OUTPUT',
      `Unexpected cache folder ${root} inside the output folder ${out}, expected the cache apart from what is published: give --cache-dir (or JOBLD_CACHE_DIR) a folder outside ${out}. Nothing was written.`,
    )
  return join(root, cacheFolderName(out))
}

/**
 * The name of an output's cache folder inside the cache root: the output's name and a hash of its
 * absolute path. A record found in a cache folder is only ever used for the output this name is of.
 * @param out the output folder (absolute)
 * @returns `<name>-<12 hex digits>`
 */
export function cacheFolderName(out: string): string {
  const absolute = resolve(out)
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12)
  return `${basename(absolute) || 'root'}-${key}`
}

/** True when `inner` lies strictly below `outer`. */
function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner)
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel)
}
