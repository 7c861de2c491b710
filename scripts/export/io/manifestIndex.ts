import { z } from 'zod'
import { ManifestEntrySchema, ManifestFilePath } from '../lib/parseManifest.ts'
import { translationKey, type ManifestPage, type ManifestPages } from '../lib/manifestPages.ts'
import { manifestHead, type ManifestEntry } from '../lib/renderFiles.ts'

const HEAD = Buffer.from(manifestHead)
/** How each page entry but the first starts: after the separator of the one before. */
const ENTRY = Buffer.from('\n    {\n      "path": "')
const PATH_AT = '    {\n      "path": "'.length
const QUOTE = 0x22
const BACKSLASH = 0x5c
const END_PAGES = Buffer.from('\n  ]')
const WITH_FILES = Buffer.from('\n  ],\n  "files": ')
const FILES_END = Buffer.from('\n}\n')
const Files = z.array(ManifestFilePath)
const KIND = Buffer.from('"kind": "')
const UPDATED = Buffer.from('"updatedAt": "')
const LANGUAGE = Buffer.from('"language": "')
const ORIGINAL = Buffer.from('"translationOf": "')


/** The entries of a manifest jobld wrote, found in its bytes by position: nothing is parsed but what is asked for. */
export interface ManifestIndex {
  /** The manifest's bytes. */
  readonly bytes: Buffer
  /** Where each page entry starts, in path order. */
  readonly starts: ReadonlyArray<number>
  /** Where the list of pages ends (at its closing line). */
  readonly end: number
  /** The other files jobld wrote (the sitemaps). */
  readonly files: ReadonlyArray<string>
  /** The path of entry `index`, or undefined when it is not plain text. */
  pathAt(index: number): string | undefined
  /** Where entry `index` ends (before the separator that follows it). */
  entryEnd(index: number): number
  /** The index of the first entry whose path is at or after `path`, searching from `from`; undefined when a path on the way cannot be read. */
  find(path: string, from?: number): number | undefined
  /** The entry at a `.jsonld` path, read with its schema, or undefined when there is none. */
  entry(path: string): ManifestEntry | undefined
  /** Entry `index` in brief (its path, kind and updatedAt), read from its bytes; undefined when they are not as jobld writes them. */
  brief(index: number): ManifestPage | undefined
}

/**
 * Indexes the bytes of a `manifest.json` that jobld wrote (its layout is renderFiles' manifestChunks,
 * entries in path order), for a reader that trusts them already: the content store recorded their
 * SHA-256 when jobld wrote them. A hundred thousand entries are then never parsed whole; an entry is
 * parsed, with its schema, when it is asked for. Written by hand: it depends on jobld's own layout.
 * @param bytes the manifest's bytes
 * @returns the index, or undefined when the bytes are not laid out as jobld writes a manifest with pages
 */
export function indexManifest(bytes: Buffer): ManifestIndex | undefined {
  if (!bytes.subarray(0, HEAD.length).equals(HEAD)) return undefined
  const end = pagesEnd(bytes)
  if (end === undefined || end <= HEAD.length) return undefined
  const files = filesOf(bytes, end)
  if (files === undefined) return undefined
  const starts: number[] = [HEAD.length]
  for (let at = bytes.indexOf(ENTRY, HEAD.length); at !== -1 && at < end; at = bytes.indexOf(ENTRY, at + 1)) starts.push(at + 1)
  const pathAt = (index: number): string | undefined => {
    const start = starts[index]
    if (start === undefined) return undefined
    const from = start + PATH_AT
    const close = bytes.indexOf(QUOTE, from)
    if (close === -1) return undefined
    const path = bytes.subarray(from, close)
    return path.includes(BACKSLASH) ? undefined : path.toString('utf8')
  }
  const entryEnd = (index: number) => (index + 1 < starts.length ? (starts[index + 1] ?? end) - 2 : end)
  const find = (path: string, from = 0): number | undefined => {
    let lo = from
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const at = pathAt(mid)
      if (at === undefined) return undefined
      if (at < path) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    bytes,
    starts,
    end,
    files,
    pathAt,
    entryEnd,
    find,
    entry(path) {
      const index = find(path)
      if (index === undefined || pathAt(index) !== path) return undefined
      const read = ManifestEntrySchema.safeParse(parseJson(bytes.subarray(starts[index] ?? end, entryEnd(index)).toString('utf8')))
      if (!read.success) return undefined
      const { updatedAt, ...entry } = read.data
      return updatedAt === undefined ? entry : { ...entry, updatedAt }
    },
    brief(index) {
      const path = pathAt(index)
      const start = starts[index]
      if (path === undefined || start === undefined) return undefined
      const stop = entryEnd(index)
      const kind = textAfter(bytes, KIND, start, stop)
      if (kind !== 'profile' && kind !== 'vacancy') return undefined
      const page: ManifestPage = { path, kind }
      const updatedAt = textAfter(bytes, UPDATED, start, stop)
      const language = textAfter(bytes, LANGUAGE, start, stop)
      const translationOf = textAfter(bytes, ORIGINAL, start, stop)
      if (updatedAt !== undefined) page.updatedAt = updatedAt
      if (language !== undefined) page.language = language
      if (translationOf !== undefined) page.translationOf = translationOf
      return page
    },
  }
}

/**
 * The pages of a manifest jobld wrote, asked for by ranges of paths: each range is found by
 * binary search and only its entries are read (the sitemaps of an update read the few ranges
 * they change). A translation group is its original's entry, found by binary search, and the
 * entries that name it as their original, found by searching the bytes for the key: only the
 * groups asked for are read.
 * @param index the manifest, indexed
 * @returns its pages
 * @throws Error when an entry on the way is not as jobld writes it (the store vouched for these bytes)
 */
export function indexedPages(index: ManifestIndex): ManifestPages {
  const unreadable = (at: number) => new Error(`Unexpected entry ${at} of manifest.json that cannot be read by position, expected the manifest jobld wrote`)
  const lower = (path: string) => {
    const at = index.find(path)
    if (at === undefined) throw unreadable(0)
    return at
  }
  const brief = (at: number) => {
    const page = index.brief(at)
    if (!page) throw unreadable(at)
    return page
  }
  // Per original's path, the entries that name it (`translationOf`), found in one search of the bytes when first asked for.
  let translations: Map<string, number[]> | undefined
  return {
    count: (from, to) => Math.max(0, lower(to) - lower(from)),
    first(from, to) {
      const at = lower(from)
      const path = at < index.starts.length ? index.pathAt(at) : undefined
      return path !== undefined && path < to ? path : undefined
    },
    range(from, to) {
      const pages: ManifestPage[] = []
      for (let at = lower(from), stop = lower(to); at < stop; at += 1) pages.push(brief(at))
      return pages
    },
    translations(key) {
      if (!translations) {
        translations = new Map()
        // The key appears only as a key: a quote inside a JSON string is escaped.
        for (let at = index.bytes.indexOf(ORIGINAL, HEAD.length); at !== -1 && at < index.end; at = index.bytes.indexOf(ORIGINAL, at + 1)) {
          const from = at + ORIGINAL.length
          const original = index.bytes.toString('utf8', from, index.bytes.indexOf(QUOTE, from))
          const entries = translations.get(original)
          if (entries) entries.push(entryAt(index.starts, at))
          else translations.set(original, [entryAt(index.starts, at)])
        }
      }
      // The original's own entry, then those that name it; each read whole (brief) and kept when its group is the one asked for.
      const own = index.find(key)
      const candidates = [...(own !== undefined && index.pathAt(own) === key ? [own] : []), ...(translations.get(key) ?? [])]
      return [...new Set(candidates)]
        .sort((a, b) => a - b)
        .map(brief)
        .filter((page) => translationKey(page) === key)
    },
  }
}

/** The entry whose bytes hold position `at`: the last one that starts at or before it. */
function entryAt(starts: ReadonlyArray<number>, at: number): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((starts[mid] ?? 0) <= at) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, lo - 1)
}

/** The plain text of a JSON string that starts right after `marker` within [start, stop), or undefined. */
function textAfter(bytes: Buffer, marker: Buffer, start: number, stop: number): string | undefined {
  // Searched within the entry alone: a marker most entries lack (language) would otherwise be
  // looked for through the rest of the manifest, once per entry.
  const entry = bytes.subarray(start, stop)
  const at = entry.indexOf(marker)
  if (at === -1) return undefined
  const from = at + marker.length
  const close = entry.indexOf(QUOTE, from)
  if (close === -1) return undefined
  const text = entry.subarray(from, close)
  return text.includes(BACKSLASH) ? undefined : text.toString('utf8')
}

/** Where the list of pages ends (at its closing line), or undefined. */
function pagesEnd(bytes: Buffer): number | undefined {
  // Searched from the end, where it is: the pages before it are most of the bytes, and it cannot
  // occur among them (inside an entry a line break is escaped and lines are indented further).
  const withFiles = bytes.lastIndexOf(WITH_FILES)
  if (withFiles !== -1) return withFiles
  const at = bytes.lastIndexOf(END_PAGES)
  return at !== -1 && bytes.subarray(at).toString() === '\n  ]\n}\n' ? at : undefined
}

/** The list of other files after the pages, read with its schema; undefined when it is not as jobld writes it. */
function filesOf(bytes: Buffer, end: number): string[] | undefined {
  if (!bytes.subarray(end, end + WITH_FILES.length).equals(WITH_FILES)) return []
  const tail = bytes.subarray(end + WITH_FILES.length)
  if (!tail.subarray(tail.length - FILES_END.length).equals(FILES_END)) return undefined
  const read = Files.safeParse(parseJson(tail.subarray(0, tail.length - FILES_END.length).toString('utf8')))
  return read.success ? read.data : undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
