/**
 * A table's count of all its keys is the one LMDB keeps for its database (a Content Lake delta
 * compares it with the dataset's count; counting 300,000 keys one by one took 1.8 s). It must be
 * the count of the keys the table lists at every moment: after writes and removals, inside a
 * write transaction before it commits, and after a reopen; a table inside a shared database (a
 * loader's, under its prefix) still counts only its own keys.
 */
import { describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { tempStore } from './support/tempStore.ts'

describe('the LMDB store', () => {
  it('counts a whole table as many keys as it lists, through random writes and removals, in and out of transactions', async () => {
    const room = await tempStore('count')
    try {
      let store = await room.open()
      const random = createRandom(20261207)
      const held = new Set<string>()
      const listed = () => [...store.docs.keys()].length
      for (let round = 0; round < 40; round++) {
        store.transaction(() => {
          for (let i = 0; i < 20; i++) {
            const id = `faqEntry.${random.int(0, 59)}`
            if (random.chance(0.6)) {
              store.docs.put(id, { entries: [] } as never)
              held.add(id)
            } else {
              store.docs.remove(id)
              held.delete(id)
            }
            // Inside the transaction, before it commits.
            expect(store.docs.count()).toBe(held.size)
          }
          store.table<number>('lake').put(`k${round}`, round)
        })
        expect(store.docs.count()).toBe(held.size)
        expect(listed()).toBe(held.size)
        expect(store.table<number>('lake').count()).toBe(round + 1)
        if (round % 10 === 9) {
          await store.close()
          store = await room.open()
          expect(store.docs.count()).toBe(held.size)
        }
      }
      await store.close()
    } finally {
      await room.done()
    }
  })
})
