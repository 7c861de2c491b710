import { existsSync, realpathSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * A path with the links of its existing part resolved, so that `./link-to-here` and a folder that
 * does not exist yet below a link are seen for what they are.
 * @param path an absolute path
 * @returns the same place, its existing part as the file system names it
 */
export function realPath(path: string): string {
  let existing = path
  const rest: string[] = []
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing))
    existing = dirname(existing)
  }
  try {
    return join(realpathSync(existing), ...rest)
  } catch {
    return path
  }
}
