import type { EntryChange } from '../../lib/engine/types.ts'
import type { ContentStore } from '../../lib/store/contentStore.ts'
import { entryBitmap } from './entryBitmap.ts'
import { findEntry } from './findEntry.ts'
import type { lineTable } from './lineTable.ts'

/** How far ahead the comparison with the stored table looks for a line that moved a little. */
const LOOKAHEAD = 16
/** Entries removed per transaction. */
const REMOVALS = 2000

/** A line of this run that is a line of the stored table: its entry, where the table had it, and the changes that re-file it. */
export interface MatchedLine {
  n: number
  offset: number
  length: number
  /** A line that moved far: its entry removed and put again, so that the entries of one `_id` keep source order. */
  changes: EntryChange[]
}

/**
 * The comparison of a line-based source's lines (an NDJSON file, an archive's `data.ndjson`), in
 * order, with the store's table of its lines from the last run: a line with the bytes of the line
 * there, or a little after it, is the same entry; one with the bytes of a line elsewhere (found by
 * its hash) is that entry, moved; the entries no line took are removed at the end. Each entry's
 * `_id` and hash are filed under the loader's name for the next run.
 * @param store the store
 * @param name the loader's name for its tables (`ndjson`, `tarGz`)
 * @param table the loader's line table
 * @param full true when the store was emptied: no line is known
 * @returns match, file and removeRest
 */
export function lineMatcher(store: ContentStore, name: string, table: ReturnType<typeof lineTable>, full: boolean) {
  const ids = store.table<string>(`${name}:ids`)
  const byHash = store.multi(`${name}:hashes`)
  const old = full ? undefined : table.reader()
  // Entries of the stored table taken by a line of this run.
  const taken = entryBitmap()
  return {
    /** The stored line a line with these bytes is (taken by it), or undefined for bytes the table does not have free. */
    match(hash: Uint8Array): MatchedLine | undefined {
      if (!old) return undefined
      const near = old.match(hash, taken, LOOKAHEAD)
      if (near !== undefined) {
        taken.add(near.n)
        return { n: near.n, offset: near.offset, length: near.length, changes: [] }
      }
      const moved = byHash
        .values(Buffer.from(hash).toString('base64url'))
        .map(Number)
        .find((n) => n > 0 && !taken.has(n))
      const id = moved === undefined ? undefined : ids.get(String(moved))
      const entry = moved === undefined || id === undefined ? undefined : findEntry(store, id, moved)
      if (moved === undefined || !entry) return undefined
      taken.add(moved)
      return {
        n: moved,
        offset: entry.at?.[0] ?? 0,
        length: entry.at?.[1] ?? 0,
        changes: [
          { remove: moved, id: id || undefined },
          { put: entry, id: id || undefined },
        ],
      }
    },
    /** Files a new entry's `_id` and hash for the next run's comparison; inside a transaction. */
    file(n: number, id: string | undefined, hashText: string) {
      ids.put(String(n), id ?? '')
      byHash.add(hashText, String(n))
    },
    /**
     * Removes the entries of the stored table that no line of this run took, in batches.
     * @param apply applies a batch's changes to the store
     * @param release told the stored length of each removed line (a loader whose bytes are in the document file counts them dead)
     */
    removeRest(apply: (changes: EntryChange[]) => void, release: (length: number) => void = () => undefined) {
      if (!old) return
      let removals: Array<{ n: number; id: string | undefined; hashText: string }> = []
      const flush = () => {
        const batch = removals
        removals = []
        store.transaction(() => {
          for (const { n, hashText } of batch) {
            ids.remove(String(n))
            byHash.remove(hashText, String(n))
          }
        })
        apply(batch.map(({ n, id }): EntryChange => ({ remove: n, id })))
      }
      for (const row of old.rest()) {
        if (row.n === 0 || taken.has(row.n)) continue
        release(row.length)
        removals.push({ n: row.n, id: ids.get(String(row.n)) || undefined, hashText: Buffer.from(row.hash).toString('base64url') })
        if (removals.length >= REMOVALS) flush()
      }
      flush()
    },
  }
}
