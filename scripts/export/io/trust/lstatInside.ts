import type { Stats } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'

/** What lies at a path inside a folder, seen without following links. */
export type Inside =
  | { kind: 'absent' }
  | { kind: 'file'; stats: Stats }
  | { kind: 'folder' }
  /** A link, a device, a socket, … at the path or at a folder along it: jobld never goes through it. */
  | { kind: 'other'; at: string }

/**
 * Looks at a path inside a folder without following links: every part along the way must be a real
 * folder, so that a path read back from a manifest or journal can never reach outside the folder
 * through a link, whatever the path says. The path must have passed checkRelativePath.
 * @param root the folder (absolute; the caller has checked that it is a real folder)
 * @param path the path inside it, `/`-separated
 * @returns absent, a regular file (with its lstat), a folder, or something else and where
 */
export async function lstatInside(root: string, path: string): Promise<Inside> {
  const parts = path.split('/')
  let at = root
  for (const [index, part] of parts.entries()) {
    at = join(at, part)
    const info = await lstat(at).catch((error: unknown) => {
      if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined
      throw error
    })
    if (!info) return { kind: 'absent' }
    const last = index === parts.length - 1
    if (last && info.isFile()) return { kind: 'file', stats: info }
    if (info.isDirectory()) {
      if (last) return { kind: 'folder' }
      continue
    }
    return { kind: 'other', at: parts.slice(0, index + 1).join('/') }
  }
  return { kind: 'folder' }
}
