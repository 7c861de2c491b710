import type { Position } from '../../../core/issue.ts'
import type { CrossEntry, CrossView } from '../../../core/validate/crossView.ts'
import type { DocumentOrigin } from '../../../core/validate/contentIndex.ts'
import type { ContentStore, StoredEntry } from '../store/contentStore.ts'
import type { Loader } from './types.ts'

/** Documents looked up more than once in a run are kept this many at a time (organisations, shared FAQ entries, profiles). */
const CACHED = 20_000

/** The dataset in the store as the checks across documents read it, with the origin of each document for reports. */
export interface StoreView extends CrossView {
  /** Where a document came from: its first entry, when that is a document of jobld's (not a duplicate, not of an unknown type). */
  origin(id: string): DocumentOrigin | undefined
  /** The content hash of an `_id`'s first entry (its document's, when valid). */
  hashOf(id: string): string | undefined
}

/**
 * The checks' view of the store: entries by `_id` read where needed, positions asked of the
 * loader only when an issue needs one. Read while the entries do not change (after loading).
 * @param store the store
 * @param loader where entries are and in which order
 * @returns the view
 */
export function storeView(store: ContentStore, loader: Pick<Loader, 'position' | 'order'>): StoreView {
  const cache = new Map<string, { entries: ReadonlyArray<CrossEntry>; hash: string | undefined }>()
  const read = (id: string) => {
    const hit = cache.get(id)
    if (hit) return hit
    const record = store.docs.get(id)
    const found = { entries: record ? record.entries.map((entry) => crossEntry(entry, loader)) : [], hash: record?.entries[0]?.hash }
    if (cache.size >= CACHED) cache.clear()
    cache.set(id, found)
    return found
  }
  const entries = (id: string): ReadonlyArray<CrossEntry> => read(id).entries
  return {
    entries,
    hashOf: (id) => read(id).hash,
    slugOwners: (type, slug) => store.slugs.values(`${type}:${slug}`),
    origin(id) {
      const first = entries(id)[0]
      if (!first || (first.check.kind !== 'valid' && first.check.kind !== 'invalid')) return undefined
      const origin: DocumentOrigin = {}
      if (first.position) origin.position = first.position
      if (first.fieldPositions) origin.fieldPositions = first.fieldPositions
      return origin
    },
  }
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
