import type { Position } from '../../../core/issue.ts'
import type { CrossEntry, CrossView } from '../../../core/validate/crossView.ts'
import type { DocumentOrigin } from '../../../core/validate/contentIndex.ts'
import type { ContentStore, EntryPlace, PageSource, StoredEntry, UnitIssues } from '../store/contentStore.ts'
import type { Loader } from './types.ts'
import { slugKey } from './applyEntries.ts'

/** Documents looked up more than once in a run are kept this many at a time (organisations, shared FAQ entries, profiles). */
const CACHED = 20_000

/** The dataset in the store as the checks across documents read it, with the origin of each document for reports. */
export interface StoreView extends CrossView {
  /** Where a document came from: its first entry, when that is a document of jobld's (not a duplicate, not of an unknown type). */
  origin(id: string): DocumentOrigin | undefined
  /** The content hash of an `_id`'s first entry (its document's, when valid). */
  hashOf(id: string): string | undefined
  /** Where an `_id`'s entries are, in source order, and whether the first is a document of jobld's (what UnitIssues keeps for the report). */
  places(id: string): Pick<UnitIssues, 'places' | 'documentFirst'>
  /** An `_id`'s first entry as a page's source (UnitRecord.sources); null for an entry held in memory with its value, undefined for none. */
  source(id: string): PageSource | null | undefined
}

/**
 * The checks' view of the store: entries by `_id` read where needed, positions asked of the
 * loader only when an issue needs one. Read while the entries do not change (after loading).
 * @param store the store
 * @param loader where entries are and in which order
 * @returns the view
 */
export function storeView(store: ContentStore, loader: Pick<Loader, 'position' | 'order'>): StoreView {
  const cache = new Map<string, { entries: ReadonlyArray<CrossEntry>; hash: string | undefined; places: Pick<UnitIssues, 'places' | 'documentFirst'>; source: PageSource | null | undefined }>()
  const read = (id: string) => {
    const hit = cache.get(id)
    if (hit) return hit
    const record = store.docs.get(id)
    const found = {
      entries: record ? record.entries.map((entry) => crossEntry(entry, loader)) : [],
      hash: record?.entries[0]?.hash,
      places: {
        places: record ? record.entries.map(({ n, position, fields }): EntryPlace => ({ n, position, fields })) : [],
        documentFirst: record?.entries[0]?.check.kind === 'valid' || record?.entries[0]?.check.kind === 'invalid',
      },
      source: sourceOf(id, record?.entries[0]),
    }
    if (cache.size >= CACHED) cache.clear()
    cache.set(id, found)
    return found
  }
  const entries = (id: string): ReadonlyArray<CrossEntry> => read(id).entries
  return {
    entries,
    hashOf: (id) => read(id).hash,
    places: (id) => read(id).places,
    source: (id) => read(id).source,
    slugOwners: (type, slug) => store.slugs.values(slugKey(type, slug)),
    origin: (id) => originAt(read(id).places, loader),
  }
}

/**
 * Where a document came from, for placing its issues: its first entry's position and field
 * positions, when that entry is a document of jobld's (not a stray, not of an unknown type).
 * @param found its entries' places (UnitIssues.places, StoreView.places)
 * @param loader where entries are now
 * @returns the origin, or undefined
 */
export function originAt(found: Pick<UnitIssues, 'places' | 'documentFirst'>, loader: Pick<Loader, 'position'>): DocumentOrigin | undefined {
  const first = found.places[0]
  if (!first || !found.documentFirst) return undefined
  const origin: DocumentOrigin = {}
  const position = loader.position(first)
  if (position) origin.position = position
  if (first.fields) origin.fieldPositions = new Map(first.fields)
  return origin
}

/** An `_id`'s first entry as a page's source: its hash and where it is, without its verdict (null: held in memory, its value is needed). */
function sourceOf(id: string, entry: StoredEntry | undefined): PageSource | null | undefined {
  if (!entry) return undefined
  if (entry.value !== undefined) return null
  const spot: PageSource[2] = { n: entry.n }
  if (entry.at !== undefined) spot.at = entry.at
  if (entry.position !== undefined) spot.position = entry.position
  return [id, entry.hash, spot]
}

/** A stored entry as the checks read it; its position is asked of the loader when first read. */
function crossEntry(entry: StoredEntry, loader: Pick<Loader, 'position' | 'order'>): CrossEntry {
  let position: Position | undefined
  let placed = false
  return {
    check: entry.check,
    order: loader.order(entry),
    get position() {
      if (!placed) {
        position = loader.position(entry)
        placed = true
      }
      return position
    },
    fieldPositions: entry.fields ? new Map(entry.fields) : undefined,
  }
}
