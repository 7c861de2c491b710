/**
 * A Content Lake delta finds deleted and unpublished documents by counting `_id`s in ranges
 * (idDifferences) rather than listing every published `_id`: against random removals and
 * additions, it finds exactly the differences, and the ids it has listed are a small part of the
 * dataset. Equal counts in a range are taken for equal ids (what a delta adds by `_updatedAt` is
 * already in the store when it counts).
 */
import { describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { idDifferences, type IdCounter } from '../scripts/export/lib/engine/idDifferences.ts'
import type { KeyRange } from '../scripts/export/lib/store/contentStore.ts'
import { memoryStore } from '../scripts/export/lib/store/memoryStore.ts'

/** A source holding `ids`, counting what it lists. */
function sourceOf(ids: ReadonlySet<string>): IdCounter & { listed: number; asked: number } {
  const sorted = [...ids].sort()
  const inRange = (range: KeyRange) => sorted.filter((id) => (range.start === undefined || id >= range.start) && (range.end === undefined || id < range.end))
  const source = {
    listed: 0,
    asked: 0,
    count: async (ranges: ReadonlyArray<KeyRange>) => {
      source.asked += 1
      return ranges.map((range) => inRange(range).length)
    },
    list: async (ranges: ReadonlyArray<KeyRange>) => {
      source.asked += 1
      return ranges.map((range) => {
        const found = inRange(range)
        source.listed += found.length
        return found
      })
    },
  }
  return source
}

describe('idDifferences', () => {
  it('finds exactly the ids removed from and added to a source of 2,000, listing a few dozen for each', async () => {
    const random = createRandom(2024)
    for (let round = 0; round < 8; round++) {
      const store = memoryStore()
      const held = new Set<string>()
      while (held.size < 2000) held.add(`vacancy.${random.key()}`)
      for (const id of held) store.docs.put(id, { entries: [] })
      const now = new Set(held)
      // Deletions (with fewer additions of old documents), or additions alone: the counts differ.
      const removals = round % 2 === 0 ? random.int(1, 4) : 0
      const additions = round % 2 === 0 ? random.int(0, removals - 1) : random.int(1, 4)
      const gone = new Set<string>()
      while (gone.size < removals) {
        const id = random.pick([...now])
        now.delete(id)
        gone.add(id)
      }
      const added = new Set<string>()
      while (added.size < additions) {
        const id = `faqEntry.${random.key()}`
        now.add(id)
        added.add(id)
      }
      const source = sourceOf(now)
      expect(await idDifferences(store.docs, source), `round ${round}`).toEqual({ gone: [...gone].sort(), missing: [...added].sort() })
      expect(source.listed, `round ${round}`).toBeLessThanOrEqual((removals + additions) * 64)
    }
  })

  it('asks one count and lists nothing when the source holds what the store holds', async () => {
    const store = memoryStore()
    const ids = new Set(Array.from({ length: 300 }, (_, i) => `jobProfile.p${i}`))
    for (const id of ids) store.docs.put(id, { entries: [] })
    const source = sourceOf(ids)
    expect(await idDifferences(store.docs, source)).toEqual({ gone: [], missing: [] })
    expect([source.asked, source.listed]).toEqual([1, 0])
  })
})
