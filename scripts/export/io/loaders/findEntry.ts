import type { LoadContext } from '../../lib/engine/types.ts'
import type { StoredEntry } from '../../lib/store/contentStore.ts'

/**
 * An entry of an `_id` (or, for `''`, one without an `_id`) by its number.
 * @param store the store
 * @param id the `_id`, or `''`
 * @param n the entry's number
 * @returns the entry, if the store has it
 */
export function findEntry(store: LoadContext['store'], id: string, n: number): StoredEntry | undefined {
  if (id === '') return store.strays.get(String(n).padStart(12, '0'))
  return store.docs.get(id)?.entries.find((entry) => entry.n === n)
}
