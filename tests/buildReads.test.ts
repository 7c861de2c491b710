/**
 * The build hands each page's documents to the workers from where the checks across documents
 * found them (kept in the producer's record): no document's record is read from the store again
 * while the pages are built, in a full export or after an edit, and the pages are those of a
 * build that reads every record; the profiles are found by their slugs, not by reading every
 * `_id`'s record. The pages' manifest entries are read from the store once: for
 * the sitemaps and the manifest together, and only for the manifest when there are no sitemaps.
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
import { renderSitemapFiles } from '../scripts/notify/io/renderSitemaps.ts'
import { collectSink } from '../scripts/export/lib/engine/collectSink.ts'
import { discardSink } from '../scripts/export/lib/engine/discardSink.ts'
import { inlineWorkers } from '../scripts/export/lib/engine/inlineWorkers.ts'
import { runPipeline } from '../scripts/export/lib/engine/runPipeline.ts'
import type { Workers } from '../scripts/export/lib/engine/types.ts'
import type { ContentStore, UnitRecord } from '../scripts/export/lib/store/contentStore.ts'
import { memoryStore } from '../scripts/export/lib/store/memoryStore.ts'

const now = new Date('2026-11-26T00:00:00Z')
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** Writes documents as an NDJSON file, one per line. */
const writeNdjson = (file: string, docs: ReadonlyArray<Record<string, unknown>>) => writeFile(file, `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`)

/**
 * A generated dataset written to an NDJSON file in a fresh folder, removed after the tests.
 * @param label part of the folder's name
 * @param documents how many documents
 * @param seed the generator's seed
 * @returns the file and its documents
 */
async function datasetFile(label: string, documents: number, seed: number) {
  const dir = await mkdtemp(join(tmpdir(), `jobld-${label}-`))
  dirs.push(dir)
  const docs = [...generateDataset({ documents, seed })]
  const file = join(dir, 'data.ndjson')
  await writeNdjson(file, docs)
  return { file, docs }
}

/** A store that counts the reads of documents' records while `counting` is on, and may drop what the units keep of their sources. */
function watchedStore(options: { forgetSources?: boolean } = {}) {
  const store = memoryStore()
  const watch = { counting: false, reads: 0, unitListings: 0 }
  const docs: ContentStore['docs'] = {
    ...store.docs,
    get: (key) => {
      if (watch.counting) watch.reads += 1
      return store.docs.get(key)
    },
  }
  const units: ContentStore['units'] = {
    ...store.units,
    put: (key, value: UnitRecord) => store.units.put(key, options.forgetSources ? { ...value, sources: undefined } : value),
    entries: (range) => {
      watch.unitListings += 1
      return store.units.entries(range)
    },
  }
  return { store: { ...store, docs, units } satisfies ContentStore, watch }
}

/** Runs the pipeline over an NDJSON file; the reads of records are counted from the first build task on. */
async function exportOnce(file: string, store: ContentStore, watch: { counting: boolean }) {
  const reader = fileReader()
  const inline = inlineWorkers({ baseUrl: 'https://example.nl', sha256: nodeSha256, reader })
  const workers: Workers = {
    ...inline,
    size: inline.size,
    build(task) {
      watch.counting = true
      return inline.build(task)
    },
  }
  const sink = collectSink()
  try {
    const result = await runPipeline(ndjsonLoader(file, { name: file, maxLineBytes: defaultLimits.ndjsonLineBytes }), { store, workers, sink, key: 'test', sha256: nodeSha256 }, { now, baseUrl: 'https://example.nl' })
    return { result, files: sink.files }
  } finally {
    watch.counting = false
    reader.close()
  }
}

describe('the pages built from where the checks found their documents', () => {
  it('reads no document record while building, in a full export and after an edit, and builds the same pages', async () => {
    const { file, docs } = await datasetFile('build-reads', 600, 31)

    const kept = watchedStore()
    const full = await exportOnce(file, kept.store, kept.watch)
    expect(full.result.full).toBe(true)
    expect(full.result.built).toBeGreaterThan(100)
    expect(kept.watch.reads).toBe(0)
    // The profiles are found by their slugs: not every `_id`'s record is listed to find them.
    expect(kept.watch.unitListings).toBe(0)

    // The same export where the units keep no sources: the build reads the records, and writes the same files.
    const reading = watchedStore({ forgetSources: true })
    const reference = await exportOnce(file, reading.store, reading.watch)
    expect(reading.watch.reads).toBeGreaterThan(0)
    expect(full.files).toEqual(reference.files)

    // One FAQ entry edited: the pages that show it are built again, still without reading a record.
    const faq = docs.findIndex((doc) => doc._type === 'faqEntry')
    const edited = docs.map((doc, i) => (i === faq ? { ...doc, question: `${String(doc.question)} (bewerkt)` } : doc))
    await writeNdjson(file, edited)
    kept.watch.reads = 0
    const again = await exportOnce(file, kept.store, kept.watch)
    expect(again.result.full).toBe(false)
    expect(again.result.built).toBeGreaterThan(0)
    expect(kept.watch.reads).toBe(0)
    // Each file it built is the one a full export of the edited file builds.
    const fresh = watchedStore()
    const whole = (await exportOnce(file, fresh.store, fresh.watch)).files
    const built = [...again.files].filter(([path]) => path !== 'manifest.json')
    expect(built.length).toBeGreaterThan(0)
    for (const [path, content] of built) expect([path, content]).toEqual([path, whole.get(path)])
  })
})

describe('the manifest entries of a full export', () => {
  it.each([
    ['without sitemaps', false],
    ['with sitemaps', true],
  ])('are read from the store once, %s', async (_, sitemaps) => {
    const { file } = await datasetFile('entry-reads', 300, 32)
    const store = memoryStore()
    let listings = 0
    const paths: ContentStore['paths'] = {
      ...store.paths,
      entries: (range) => {
        listings += 1
        return store.paths.entries(range)
      },
    }
    const files: string[] = []
    // Taken as a folder takes it: every piece of the content read.
    const sink = {
      ...discardSink(),
      put: async (path: string, content: string | Uint8Array | Iterable<string | Uint8Array>) => {
        if (typeof content !== 'string' && !(content instanceof Uint8Array)) for (const piece of content) expect(piece.length).toBeGreaterThanOrEqual(0)
        files.push(path)
      },
    }
    const reader = fileReader()
    try {
      const baseUrl = 'https://example.nl'
      const extraFiles = sitemaps ? (input: Parameters<typeof renderSitemapFiles>[0]) => renderSitemapFiles(input, baseUrl) : undefined
      const loader = ndjsonLoader(file, { name: file, maxLineBytes: defaultLimits.ndjsonLineBytes })
      const result = await runPipeline(loader, { store: { ...store, paths }, workers: inlineWorkers({ baseUrl, sha256: nodeSha256, reader }), sink, key: 'test', sha256: nodeSha256, extraFiles }, { now, baseUrl })
      expect(result.written).toBe(true)
    } finally {
      reader.close()
    }
    expect(files).toContain('manifest.json')
    expect(files.some((path) => path.startsWith('sitemap'))).toBe(sitemaps)
    expect(listings).toBe(1)
  })
})

describe('the pages a full export settles once its output is committed', () => {
  it('are settled without reading their units again, and an edit after it builds what a full export of the edit builds', async () => {
    const { file, docs } = await datasetFile('settle-reads', 400, 33)
    const store = memoryStore()
    // Units read from the moment the sink is committed: what settling the pages reads.
    const watch = { committed: false, unitReads: 0 }
    const units: ContentStore['units'] = {
      ...store.units,
      get: (key) => {
        if (watch.committed) watch.unitReads += 1
        return store.units.get(key)
      },
    }
    const watched = { ...store, units } satisfies ContentStore
    const run = async (target: ContentStore) => {
      const sink = collectSink()
      const reader = fileReader()
      try {
        const commit = sink.commit
        const result = await runPipeline(
          ndjsonLoader(file, { name: file, maxLineBytes: defaultLimits.ndjsonLineBytes }),
          {
            store: target,
            workers: inlineWorkers({ baseUrl: 'https://example.nl', sha256: nodeSha256, reader }),
            sink: {
              ...sink,
              commit: () => {
                watch.committed = true
                return commit()
              },
            },
            key: 'test',
            sha256: nodeSha256,
          },
          { now, baseUrl: 'https://example.nl' },
        )
        return { result, files: sink.files }
      } finally {
        watch.committed = false
        reader.close()
      }
    }

    const full = await run(watched)
    expect([full.result.full, full.result.written]).toEqual([true, true])
    expect(full.result.built).toBeGreaterThan(50)
    expect(watch.unitReads).toBe(0)

    // What it settled is what the output holds: after one edit, only the pages that show it are built again, as a full export of the edit builds them.
    const vacancy = docs.findIndex((doc) => doc._type === 'vacancy')
    const edited = docs.map((doc, i) => (i === vacancy ? { ...doc, title: `${String(doc.title)} (bewerkt)` } : doc))
    await writeNdjson(file, edited)
    const again = await run(watched)
    expect(again.result.full).toBe(false)
    expect(again.result.built).toBe(1)
    const whole = (await run(memoryStore())).files
    const built = [...again.files].filter(([path]) => path !== 'manifest.json')
    expect(built.length).toBe(2)
    for (const [path, content] of built) expect([path, content]).toEqual([path, whole.get(path)])
    expect(again.files.get('manifest.json')).toBe(whole.get('manifest.json'))
  })
})
