import type { KeyRange, Table } from '../store/contentStore.ts'

/** Ranges a range is cut into when its counts differ: one round of queries each. */
const PARTS = 16
/** A range with at most this many `_id`s in the store is listed whole rather than cut again. */
const LEAF = 64

/** A source that can count its `_id`s in ranges and list them, as the Content Lake can with GROQ. */
export interface IdCounter {
  /** How many `_id`s the source holds in each range. */
  count(ranges: ReadonlyArray<KeyRange>): Promise<number[]>
  /** The `_id`s the source holds in each range. */
  list(ranges: ReadonlyArray<KeyRange>): Promise<string[][]>
}

/** The `_id`s the store holds that the source no longer does, and those the source holds that the store lacks. */
export interface IdDifferences {
  gone: string[]
  missing: string[]
}

/**
 * Finds where the store's `_id`s and a source's differ without listing either whole: ranges whose
 * counts differ are cut into parts of equal size in the store and counted again, down to small
 * ranges whose `_id`s are listed and compared. A change of a few documents costs a few rounds of
 * counts; equal counts in a range are taken to mean equal `_id`s there (a document removed and
 * another added behind jobld's back within one range, with an `_updatedAt` older than the last
 * read, would not be seen). Written by hand: no library does this over a store and GROQ.
 * @param store the store's table keyed by `_id`
 * @param source the source's counts and lists
 * @param total the source's count of all its `_id`s, when known
 * @returns the differences, each in `_id` order
 */
export async function idDifferences(store: Pick<Table<unknown>, 'count' | 'keys'>, source: IdCounter, total?: number): Promise<IdDifferences> {
  const whole: KeyRange = {}
  const first = total ?? (await source.count([whole]))[0] ?? 0
  let pending: KeyRange[] = first === store.count(whole) ? [] : [whole]
  const leaves: KeyRange[] = []
  while (pending.length > 0) {
    const parts: KeyRange[] = []
    for (const range of pending) {
      const held = store.count(range)
      if (held <= LEAF) {
        leaves.push(range)
        continue
      }
      parts.push(...cut(store, range, held))
    }
    if (parts.length === 0) break
    const counts = await source.count(parts)
    pending = parts.filter((part, i) => counts[i] !== store.count(part))
  }
  const gone: string[] = []
  const missing: string[] = []
  const lists = leaves.length ? await source.list(leaves) : []
  leaves.forEach((leaf, i) => {
    const there = new Set(lists[i] ?? [])
    const here = new Set(store.keys(leaf))
    for (const id of here) if (!there.has(id)) gone.push(id)
    for (const id of there) if (!here.has(id)) missing.push(id)
  })
  return { gone: gone.sort(), missing: missing.sort() }
}

/** A range cut into PARTS ranges holding about as many of the store's keys each. */
function cut(store: Pick<Table<unknown>, 'keys'>, range: KeyRange, held: number): KeyRange[] {
  const bounds: string[] = []
  for (let i = 1; i < PARTS; i++) {
    const [key] = store.keys({ ...range, offset: Math.floor((i * held) / PARTS), limit: 1 })
    if (key !== undefined && key !== bounds.at(-1) && key !== range.start) bounds.push(key)
  }
  const edges = [range.start, ...bounds, range.end]
  return edges.slice(1).map((end, i) => ({ start: edges[i], end }))
}
