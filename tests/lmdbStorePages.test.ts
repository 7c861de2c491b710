/**
 * Issue 24, peak RSS: the content store's pages that a run reads stay mapped in the process (the
 * lmdb package maps the file in chunks of 16 pages and keeps up to about 8,000 of them), so a new
 * store for a large source is made with pages of 2 KB, half the system's 4 KB: half the memory per
 * chunk; a small source's keeps 4 KB pages. A store made with either is opened as it is and keeps its values.
 */
import { createHmac } from 'node:crypto'
import { mkdtemp, open as openFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { open } from 'lmdb'
import { afterAll, describe, expect, it } from 'vitest'
import { maxIdLength } from '../scripts/core/constants.ts'
import { openLmdbStore } from '../scripts/export/io/store/lmdbStore.ts'

const mac = (text: string) => createHmac('sha256', 'test').update(text).digest('base64url')

/** The page size LMDB wrote into the file's first meta page (the field looksLikeLmdb reads). */
async function pageSizeOf(file: string): Promise<number> {
  const handle = await openFile(file, 'r')
  try {
    const head = Buffer.alloc(64)
    await handle.read(head, 0, 64, 0)
    return head.readUInt32LE(48)
  } finally {
    await handle.close()
  }
}

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** A folder of its own for a store, removed after the tests. */
async function storeFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-store-pages-'))
  dirs.push(dir)
  return dir
}

describe('the content store file', () => {
  it.each([
    [true, 2048],
    [false, 4096],
  ])('with small pages %s is made with pages of %i bytes and reads back what was written', async (smallPages, bytes) => {
    const dir = await storeFolder()
    const store = await openLmdbStore(join(dir, 'store'), mac, { smallPages })
    store.transaction(() => {
      for (let i = 0; i < 500; i++) store.meta.put(`value-${i}`, `${i} ${'y'.repeat(3000)}`)
    })
    await store.close()
    expect(await pageSizeOf(join(dir, 'store', 'data.mdb'))).toBe(bytes)
    const again = await openLmdbStore(join(dir, 'store'), mac, { smallPages: !smallPages })
    expect(again.meta.get('value-499')).toBe(`499 ${'y'.repeat(3000)}`)
    expect(again.meta.count()).toBe(500)
    await again.close()
  })

  it('keys and indexes the longest _id jobld takes, in characters of three UTF-8 bytes each', async () => {
    const dir = await storeFolder()
    // The widest characters a string of this length can hold in UTF-8 (an astral character is two of its units and four bytes).
    const id = '€'.repeat(maxIdLength)
    const other = `${'€'.repeat(maxIdLength - 1)}x`
    // The smaller pages hold the shorter keys.
    const store = await openLmdbStore(join(dir, 'store'), mac, { smallPages: true })
    store.transaction(() => {
      store.docs.put(id, { entries: [] } as never)
      store.referrers.add(id, other)
      store.unknown.add(id, other)
      store.multi('translations').add(id, other)
      store.table<string>('ndjson:ids').put(id, other)
    })
    expect(store.docs.count()).toBe(1)
    expect(store.referrers.values(id)).toEqual([other])
    expect(store.unknown.values(id)).toEqual([other])
    expect(store.multi('translations').values(id)).toEqual([other])
    expect(store.table<string>('ndjson:ids').get(id)).toBe(other)
    await store.close()
  })

  it('made before with 4,096-byte pages is opened as it is, its values kept', async () => {
    const dir = await storeFolder()
    // Written as a store of the last version was: by jobld, with the package's default page size.
    const old = open({ path: join(dir, 'store'), compression: false, maxDbs: 32, remapChunks: true })
    await old.close()
    expect(await pageSizeOf(join(dir, 'store', 'data.mdb'))).toBe(4096)
    const store = await openLmdbStore(join(dir, 'store'), mac, { smallPages: true })
    store.transaction(() => store.meta.put('format', 'kept'))
    await store.close()
    const again = await openLmdbStore(join(dir, 'store'), mac)
    expect(again.meta.get('format')).toBe('kept')
    await again.close()
    expect(await pageSizeOf(join(dir, 'store', 'data.mdb'))).toBe(4096)
  })
})
