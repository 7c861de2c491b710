import { manifestEntryText, manifestHead, manifestTail, type ManifestEntry } from '../lib/renderFiles.ts'

const HEAD = Buffer.from(manifestHead)
/** How each page entry but the first starts: after the separator of the one before. */
const ENTRY = Buffer.from('\n    {\n      "path": "')
const PATH_AT = '    {\n      "path": "'.length
const QUOTE = 0x22
const BACKSLASH = 0x5c
const END_PAGES = Buffer.from('\n  ]')

/**
 * The next version of `manifest.json` made from the current one, changing only the entries of
 * the pages that changed: the rest is copied as it is, byte for byte, so that an export that
 * changed a few pages does not make a hundred thousand entries again. The current text must be
 * one jobld wrote (the store checked its hash); anything unexpected gives undefined, and the
 * caller writes the manifest whole.
 * @param current the current manifest's bytes
 * @param changes the new entry of each changed path, or undefined for a page that is gone, in path order
 * @param files the other files jobld writes (the sitemaps)
 * @returns the new manifest in pieces, or undefined
 */
export function spliceManifest(current: Buffer, changes: ReadonlyMap<string, ManifestEntry | undefined>, files: ReadonlyArray<string>): Array<Buffer | string> | undefined {
  if (!current.subarray(0, HEAD.length).equals(HEAD)) return undefined
  const end = pagesEnd(current)
  if (end === undefined || end <= HEAD.length) return undefined
  // Where each entry starts, in path order.
  const starts: number[] = [HEAD.length]
  for (let at = current.indexOf(ENTRY, HEAD.length); at !== -1 && at < end; at = current.indexOf(ENTRY, at + 1)) starts.push(at + 1)
  const pathAt = (index: number): string | undefined => {
    const start = starts[index]
    if (start === undefined) return undefined
    const from = start + PATH_AT
    const close = current.indexOf(QUOTE, from)
    if (close === -1) return undefined
    const bytes = current.subarray(from, close)
    return bytes.includes(BACKSLASH) ? undefined : bytes.toString('utf8')
  }
  // The end of entry `index` (before the separator that follows it).
  const entryEnd = (index: number) => (index + 1 < starts.length ? (starts[index + 1] ?? end) - 2 : end)
  const segments: Array<Buffer | string> = []
  let cursor = 0
  let previous: string | undefined
  for (const [path, entry] of changes) {
    if (previous !== undefined && !(previous < path)) return undefined
    previous = path
    // The first entry at or after `path`.
    let lo = cursor
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const at = pathAt(mid)
      if (at === undefined) return undefined
      if (at < path) lo = mid + 1
      else hi = mid
    }
    if (lo > cursor) segments.push(current.subarray(starts[cursor] ?? end, entryEnd(lo - 1)))
    cursor = lo
    if (cursor < starts.length && pathAt(cursor) === path) cursor += 1
    if (entry) {
      if (entry.path !== path) return undefined
      segments.push(manifestEntryText(entry))
    }
  }
  if (cursor < starts.length) segments.push(current.subarray(starts[cursor] ?? end, end))
  if (segments.length === 0) return undefined
  const pieces: Array<Buffer | string> = [HEAD]
  segments.forEach((segment, i) => {
    if (i > 0) pieces.push(',\n')
    pieces.push(segment)
  })
  pieces.push(`\n  ]${manifestTail(files)}`)
  return pieces
}

/** Where the list of pages ends (at its closing line), or undefined. */
function pagesEnd(text: Buffer): number | undefined {
  const withFiles = text.indexOf(Buffer.from('\n  ],\n  "files": ['))
  if (withFiles !== -1) return withFiles
  const at = text.lastIndexOf(END_PAGES)
  return at !== -1 && text.subarray(at).toString() === '\n  ]\n}\n' ? at : undefined
}
