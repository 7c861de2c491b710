import { manifestEntryText, manifestHead, manifestTail, type ManifestEntry } from '../lib/renderFiles.ts'
import type { ManifestIndex } from './manifestIndex.ts'

const HEAD = Buffer.from(manifestHead)

/**
 * The next version of `manifest.json` made from the current one, changing only the entries of
 * the pages that changed: the rest is copied as it is, byte for byte, so that an export that
 * changed a few pages does not make a hundred thousand entries again. The current text must be
 * one jobld wrote (the store checked its hash); anything unexpected gives undefined, and the
 * caller writes the manifest whole.
 * @param current the current manifest, indexed (indexManifest)
 * @param changes the new entry of each changed path, or undefined for a page that is gone, in path order
 * @param files the other files jobld writes (the sitemaps)
 * @returns the new manifest in pieces, or undefined
 */
export function spliceManifest(current: ManifestIndex, changes: ReadonlyMap<string, ManifestEntry | undefined>, files: ReadonlyArray<string>): Array<Buffer | string> | undefined {
  const { bytes, starts, end } = current
  const segments: Array<Buffer | string> = []
  let cursor = 0
  let previous: string | undefined
  for (const [path, entry] of changes) {
    if (previous !== undefined && !(previous < path)) return undefined
    previous = path
    // The first entry at or after `path`.
    const lo = current.find(path, cursor)
    if (lo === undefined) return undefined
    if (lo > cursor) segments.push(bytes.subarray(starts[cursor] ?? end, current.entryEnd(lo - 1)))
    cursor = lo
    if (cursor < starts.length && current.pathAt(cursor) === path) cursor += 1
    if (entry) {
      if (entry.path !== path) return undefined
      segments.push(manifestEntryText(entry))
    }
  }
  if (cursor < starts.length) segments.push(bytes.subarray(starts[cursor] ?? end, end))
  if (segments.length === 0) return undefined
  const pieces: Array<Buffer | string> = [HEAD]
  segments.forEach((segment, i) => {
    if (i > 0) pieces.push(',\n')
    pieces.push(segment)
  })
  pieces.push(`\n  ]${manifestTail(files)}`)
  return pieces
}
