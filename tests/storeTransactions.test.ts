/**
 * Every transaction of a run writes a bounded number of page records, however large the dataset:
 * LMDB refuses a transaction with more dirty pages than it can track (MDB_TXN_FULL), which one
 * transaction settling every page of a 300,000-document export reached with the large store's
 * 2 KB pages. A full export and an update that changes thousands of pages both stay within a
 * batch (and a build task) per transaction.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { defaultLimits } from '../scripts/core/limits.ts'
import { fileReader } from '../scripts/export/io/engine/fileReader.ts'
import { nodeSha256 } from '../scripts/export/io/engine/nodeSha256.ts'
import { ndjsonLoader } from '../scripts/export/io/loaders/ndjsonLoader.ts'
import { collectSink } from '../scripts/export/lib/engine/collectSink.ts'
import { inlineWorkers } from '../scripts/export/lib/engine/inlineWorkers.ts'
import { PAGES_PER_TASK, PAGES_PER_TRANSACTION, runPipeline } from '../scripts/export/lib/engine/runPipeline.ts'
import type { ContentStore } from '../scripts/export/lib/store/contentStore.ts'
import { memoryStore } from '../scripts/export/lib/store/memoryStore.ts'

const now = new Date('2026-11-26T00:00:00Z')
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** A store that counts the page records each transaction writes. */
function countingStore() {
  const store = memoryStore()
  const counts = { current: 0, most: 0, total: 0 }
  const count = () => {
    counts.current += 1
    counts.total += 1
    counts.most = Math.max(counts.most, counts.current)
  }
  const pages: ContentStore['pages'] = {
    ...store.pages,
    put: (key, value) => {
      count()
      store.pages.put(key, value)
    },
    remove: (key) => {
      count()
      store.pages.remove(key)
    },
  }
  const transaction: ContentStore['transaction'] = (write) => {
    counts.current = 0
    return store.transaction(write)
  }
  return { store: { ...store, pages, transaction } satisfies ContentStore, counts }
}

async function exportOnce(file: string, store: ContentStore) {
  const reader = fileReader()
  const sink = collectSink()
  try {
    await runPipeline(ndjsonLoader(file, { name: file, maxLineBytes: defaultLimits.ndjsonLineBytes }), { store, workers: inlineWorkers({ baseUrl: 'https://example.nl', sha256: nodeSha256, reader }), sink, key: 'test', sha256: nodeSha256 }, { now, baseUrl: 'https://example.nl' })
    return sink.files
  } finally {
    reader.close()
  }
}

describe('the content store', () => {
  it('is written a bounded number of page records per transaction, in a full export and in an update of thousands of pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-transactions-'))
    dirs.push(dir)
    const file = join(dir, 'data.ndjson')
    const lines = [...generateDataset({ documents: 8_000, seed: 11 })].map((doc) => JSON.stringify(doc))
    await writeFile(file, `${lines.join('\n')}\n`)
    const bound = PAGES_PER_TRANSACTION + PAGES_PER_TASK
    const { store, counts } = countingStore()
    await exportOnce(file, store)
    // More page records than one batch holds (each page's state is written when built and again when settled).
    expect(counts.total).toBeGreaterThan(2 * bound)
    expect(counts.most).toBeLessThanOrEqual(bound)

    // Every vacancy's title changes: thousands of pages built again and settled.
    const edited = lines.map((line) => {
      const doc = JSON.parse(line) as Record<string, unknown>
      return doc._type === 'vacancy' ? JSON.stringify({ ...doc, title: `${String(doc.title)} (nieuw)` }) : line
    })
    await writeFile(file, `${edited.join('\n')}\n`)
    counts.total = 0
    counts.most = 0
    await exportOnce(file, store)
    expect(counts.total).toBeGreaterThan(bound)
    expect(counts.most).toBeLessThanOrEqual(bound)
  })
})
