/**
 * The LMDB store puts, reads and removes through scratch buffers (a key's bytes, a sealed value,
 * the value LMDB lends on a read) that each call overwrites. What a table gives back must be what
 * was put, whatever came between: random keys (some too long for the key scratch, some with
 * multi-byte characters), values of every length (some past the value scratch's first size, text
 * and bytes), index members added and removed, in and out of transactions, and after a reopen.
 */
import { describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { tempStore } from './support/tempStore.ts'

describe('the LMDB store through its scratch buffers', () => {
  it('reads back every value and member as it was put, through random writes, removals and reads', async () => {
    const room = await tempStore('scratch')
    try {
      let store = await room.open()
      const random = createRandom(20261208)
      const chars = ['a', 'é', '€', '𐀀', 'z']
      const text = (length: number) => Array.from({ length }, () => random.pick(chars)).join('')
      // A key of more than 1,365 UTF-16 units gets its own buffer (LMDB takes up to 1,978 bytes with 4 KB pages).
      const key = () => `doc.${random.chance(0.05) ? 'k'.repeat(random.int(1370, 1900)) : text(random.int(1, 40))}`
      const value = () => (random.chance(0.3) ? Buffer.from(text(random.int(0, 30_000)), 'utf8') : { body: text(random.int(0, random.chance(0.1) ? 40_000 : 300)) })
      const held = new Map<string, unknown>()
      const members = new Map<string, Set<string>>()
      const check = () => {
        for (const [id, expected] of held) expect(store.docs.get(id), id).toEqual(expected)
        for (const [id, set] of members) expect(new Set(store.referrers.values(id))).toEqual(set)
      }
      for (let round = 0; round < 30; round++) {
        store.transaction(() => {
          for (let i = 0; i < 25; i++) {
            const id = random.chance(0.5) && held.size > 0 ? [...held.keys()][random.int(0, held.size - 1)] ?? key() : key()
            if (random.chance(0.7)) {
              const put = value()
              store.docs.put(id, put as never)
              held.set(id, put)
            } else {
              store.docs.remove(id)
              held.delete(id)
            }
            const set = members.get(id) ?? new Set<string>()
            const member = `jobProfile.${text(random.int(1, 30))}`
            if (random.chance(0.7)) {
              store.referrers.add(id, member)
              set.add(member)
            } else if (set.size > 0) {
              const gone = [...set][0] ?? member
              store.referrers.remove(id, gone)
              set.delete(gone)
            }
            members.set(id, set)
            // A read between writes, inside the transaction.
            expect(store.docs.get(id)).toEqual(held.get(id))
          }
        })
        check()
      }
      await store.close()
      store = await room.open()
      check()
      await store.close()
    } finally {
      await room.done()
    }
  })
})
