import { lstatSync, type Stats } from 'node:fs'
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
  return walk(root, path, (at) => lstat(at).catch(missing))
}

/**
 * lstatInside without the thread pool, for the one writer's loops over thousands of files (a
 * round trip through libuv's pool per call costs more than the call on a busy machine).
 * @param root the folder (absolute)
 * @param path the path inside it, `/`-separated
 * @returns absent, a regular file (with its lstat), a folder, or something else and where
 */
export function lstatInsideSync(root: string, path: string): Inside {
  const parts = path.split('/')
  let at = root
  for (const [index, part] of parts.entries()) {
    at = join(at, part)
    let info: Stats | undefined
    try {
      info = lstatSync(at)
    } catch (error) {
      info = missing(error)
    }
    const seen = classify(info, index === parts.length - 1, parts, index)
    if (seen) return seen
  }
  return { kind: 'folder' }
}

async function walk(root: string, path: string, look: (at: string) => Promise<Stats | undefined>): Promise<Inside> {
  const parts = path.split('/')
  let at = root
  for (const [index, part] of parts.entries()) {
    at = join(at, part)
    const seen = classify(await look(at), index === parts.length - 1, parts, index)
    if (seen) return seen
  }
  return { kind: 'folder' }
}

/** What one part of the path says: the answer, or undefined to go on to the next part. */
function classify(info: Stats | undefined, last: boolean, parts: string[], index: number): Inside | undefined {
  if (!info) return { kind: 'absent' }
  if (last && info.isFile()) return { kind: 'file', stats: info }
  if (info.isDirectory()) return last ? { kind: 'folder' } : undefined
  return { kind: 'other', at: parts.slice(0, index + 1).join('/') }
}

function missing(error: unknown): undefined {
  if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined
  throw error
}
