/**
 * The sitemaps of an update (renderSitemapFiles with the current version) are the files a full
 * export makes of the same pages: after random creates, deletes, slug renames, new dates and
 * translation changes, the files kept from before plus the files written equal, name for name and
 * byte for byte, the sitemaps made from every page; and an update writes only the files its
 * change touches.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexedPages, indexManifest } from '../scripts/export/io/manifestIndex.ts'
import type { ManifestPage } from '../scripts/export/lib/manifestPages.ts'
import { pagesAfterChanges } from '../scripts/export/lib/pagesAfterChanges.ts'
import { manifestChunks, type ManifestEntry } from '../scripts/export/lib/renderFiles.ts'
import { renderSitemapFiles, renderSitemaps } from '../scripts/notify/io/renderSitemaps.ts'
import type { SitemapLimits } from '../scripts/notify/lib/planSitemaps.ts'

const BASE = 'https://www.example.nl/beroepen'
// Slugs that share beginnings (and profiles' slugs around the vacancies' folder name), so that parts split deep and join again.
const SEGMENTS = ['a', 'ab', 'k', 'kok', 'v', 'vacatures']
const SLUGS = [...SEGMENTS, ...SEGMENTS.flatMap((a) => SEGMENTS.map((b) => `${a}-${b}`))]
const DATES = ['2026-11-20T10:00:00Z', '2026-11-21T08:30:00.000Z']
const LANGUAGES = ['nl', 'en', 'de']

type Pages = Map<string, ManifestEntry>

const pathOf = (kind: ManifestPage['kind'], slug: string) => (kind === 'vacancy' ? `vacatures/${slug}.jsonld` : `${slug}.jsonld`)

function entry(kind: ManifestPage['kind'], slug: string, updatedAt: string | undefined, language?: string, translationOf?: string): ManifestEntry {
  const path = pathOf(kind, slug)
  return {
    path,
    html: path.replace(/\.jsonld$/, '.html'),
    kind,
    slug,
    sourceIds: [`${kind}.${slug}`],
    types: [kind === 'vacancy' ? 'JobPosting' : 'Occupation'],
    sha256: '0'.repeat(64),
    ...(updatedAt ? { updatedAt } : {}),
    ...(language ? { language } : {}),
    ...(language && translationOf ? { translationOf } : {}),
  }
}

/** One edit of the pages, its targets picked by index among the pages there are. */
const Edit = fc.oneof(
  fc.record({ op: fc.constant('create' as const), kind: fc.constantFrom('vacancy' as const, 'profile' as const), slug: fc.constantFrom(...SLUGS), date: fc.option(fc.constantFrom(...DATES), { nil: undefined }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), slug: fc.constantFrom(...SLUGS) }),
  fc.record({ op: fc.constant('date' as const), at: fc.nat(), date: fc.constantFrom(...DATES) }),
  fc.record({ op: fc.constant('translate' as const), at: fc.nat(), language: fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }), of: fc.option(fc.nat(), { nil: undefined }) }),
)
type Edit = typeof Edit extends fc.Arbitrary<infer T> ? T : never

/** Applies edits to the pages; returns the paths whose entries changed. */
function apply(pages: Pages, edits: ReadonlyArray<Edit>): Set<string> {
  const touched = new Set<string>()
  const nth = (at: number) => [...pages.values()].sort((a, b) => (a.path < b.path ? -1 : 1))[at % Math.max(1, pages.size)]
  for (const edit of edits) {
    if (edit.op === 'create') {
      const page = entry(edit.kind, edit.slug, edit.date)
      if (pages.has(page.path)) continue
      pages.set(page.path, page)
      touched.add(page.path)
      continue
    }
    const page = nth(edit.at)
    if (!page) continue
    if (edit.op === 'delete') {
      pages.delete(page.path)
      touched.add(page.path)
    } else if (edit.op === 'rename') {
      const moved = entry(page.kind, edit.slug, page.updatedAt, page.language, page.translationOf)
      if (pages.has(moved.path)) continue
      pages.delete(page.path)
      pages.set(moved.path, moved)
      touched.add(page.path).add(moved.path)
    } else if (edit.op === 'date') {
      pages.set(page.path, { ...page, updatedAt: edit.date })
      touched.add(page.path)
    } else {
      const original = edit.of === undefined ? undefined : nth(edit.of)
      pages.set(page.path, entry(page.kind, page.slug, page.updatedAt, edit.language, original && original.path !== page.path ? original.path : undefined))
      touched.add(page.path)
    }
  }
  return touched
}

/** The current version as an update reads it: its manifest's bytes, indexed. */
function indexed(pages: Pages, files: ReadonlyArray<string>) {
  const entries = [...pages.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
  const index = entries.length ? indexManifest(Buffer.from([...manifestChunks(entries, files)].join(''))) : undefined
  if (entries.length && !index) throw new Error('Unexpected manifest that cannot be indexed, expected the one manifestChunks writes')
  return index
}

async function fullSitemaps(pages: Pages, limits: SitemapLimits): Promise<Map<string, string>> {
  return new Map((await renderSitemaps([...pages.values()], BASE, limits)).map((file) => [file.path, file.content]))
}

describe('the sitemaps of an update', () => {
  it('are the files a full export makes of the same pages, after random creates, deletes, slug renames, dates and translations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Edit, { minLength: 1, maxLength: 25 }),
        fc.array(fc.array(Edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.record({ urls: fc.integer({ min: 1, max: 4 }), bytes: fc.constantFrom(1_300, 2_000, 52_428_800) }),
        async (start, steps, limits) => {
          const pages: Pages = new Map()
          apply(pages, start)
          let files = await fullSitemaps(pages, limits)
          for (const step of steps) {
            const index = indexed(pages, [...files.keys()])
            const before = new Map(pages)
            const touched = apply(pages, step)
            if (!index) {
              files = await fullSitemaps(pages, limits)
              continue
            }
            const changes = new Map([...touched].sort().map((path) => [path, pages.get(path)] as const))
            const update = await renderSitemapFiles({ pages: pagesAfterChanges(indexedPages(index), changes), previous: { pages: indexedPages(index), files: index.files, changed: [...changes.keys()] } }, BASE, limits)
            const written = new Map(update.put.map((file) => [file.path, file.content]))
            // Each file of the new version: written now, or kept as it was.
            const next = new Map(update.files.map((name) => [name, written.get(name) ?? files.get(name)]))
            const expected = await fullSitemaps(pages, limits)
            expect([...next], JSON.stringify({ before: [...before.keys()], after: [...pages.keys()], limits })).toEqual([...expected])
            // Only files of the new version are written.
            for (const name of written.keys()) expect(update.files).toContain(name)
            files = expected
          }
        },
      ),
      {
        numRuns: 150,
        examples: [
          // A page whose slug is a prefix of another's had a file of its own ("a" beside "a-v"); renamed away, its file goes.
          [
            [
              { op: 'create', kind: 'profile', slug: 'a', date: undefined },
              { op: 'create', kind: 'profile', slug: 'a-v', date: undefined },
            ],
            [[{ op: 'rename', at: 1, slug: 'ab-a' }]],
            { urls: 1, bytes: 1_300 },
          ],
        ],
      },
    )
  })

  it('writes only the file of a changed page, and the index only when the set of files changes', async () => {
    const pages: Pages = new Map(Array.from({ length: 5_000 }, (_, i) => entry('vacancy', `v${i % 10}-${i}`, DATES[0])).map((page) => [page.path, page]))
    const full = await renderSitemapFiles({ pages: pagesAfterChanges(indexedPages(indexed(pages, []) ?? fail()), new Map()) }, BASE)
    expect(full.files.length).toBeGreaterThan(5)
    const index = indexed(pages, full.files) ?? fail()
    const edited = entry('vacancy', 'v3-13', DATES[1])
    const changes = new Map([[edited.path, edited]])
    const update = await renderSitemapFiles({ pages: pagesAfterChanges(indexedPages(index), changes), previous: { pages: indexedPages(index), files: index.files, changed: [edited.path] } }, BASE)
    expect(update.files).toEqual(full.files)
    expect(update.put.map((file) => file.path)).toEqual(['sitemap-vacatures-v3.xml'])
    const added = entry('vacancy', 'w', DATES[1])
    const grown = await renderSitemapFiles({ pages: pagesAfterChanges(indexedPages(index), new Map([[added.path, added]])), previous: { pages: indexedPages(index), files: index.files, changed: [added.path] } }, BASE)
    expect(grown.put.map((file) => file.path)).toEqual(['sitemap.xml', 'sitemap-vacatures-w.xml'])
  })
})

function fail(): never {
  throw new Error('Unexpected empty manifest, expected pages')
}
