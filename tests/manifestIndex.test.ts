import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexedPages, indexManifest, type ManifestIndex } from '../scripts/export/io/manifestIndex.ts'
import type { ManifestPage } from '../scripts/export/lib/manifestPages.ts'
import { pagesAfterChanges } from '../scripts/export/lib/pagesAfterChanges.ts'
import { sortedManifestPages } from '../scripts/export/lib/sortedManifestPages.ts'
import { parseManifest } from '../scripts/export/lib/parseManifest.ts'
import type { ManifestEntry } from '../scripts/export/lib/renderFiles.ts'
import { tempDir } from './support/exportRun.ts'
import { exportContent } from './support/notifyRun.ts'

const BASE = 'https://www.example.nl/beroepen'

/** What the sitemaps read of an entry, as the schema reader gives it. */
function briefOf({ path, kind, updatedAt, language, translationOf }: ManifestEntry): ManifestPage {
  return { path, kind, ...(updatedAt !== undefined ? { updatedAt } : {}), ...(language !== undefined ? { language } : {}), ...(translationOf !== undefined ? { translationOf } : {}) }
}

describe('the manifest read by position', () => {
  let dir = ''
  let index: ManifestIndex | undefined
  let entries: ManifestEntry[] = []
  beforeAll(async () => {
    dir = await tempDir('manifest-index')
    const out = join(dir, 'out')
    const run = await exportContent('content', out, '2026-11-26', BASE)
    expect(run.code, run.stderr).toBe(0)
    const bytes = await readFile(join(out, 'manifest.json'))
    index = indexManifest(bytes)
    entries = parseManifest(bytes.toString('utf8'))?.pages ?? []
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('gives each entry as its schema reads it, with no field of the entries after it', () => {
    // The bundled content: a vacancy without a language sits before one with "nl", a profile with "en" before one without translationOf.
    expect(entries.map((entry) => entry.language ?? '-')).toEqual(['en', 'nl', 'en', '-', 'nl'])
    expect(index?.starts).toHaveLength(entries.length)
    expect(entries.map((_, i) => index?.brief(i))).toEqual(entries.map(briefOf))
  })

  it('gives the pages of the manifest after a change, by ranges of paths, as the spliced manifest would list them', () => {
    if (!index) throw new Error('Unexpected manifest jobld cannot index, expected the export of content/')
    const [first, second, , fourth] = entries
    if (!first || !second || !fourth) throw new Error('Unexpected export of fewer than four pages')
    const added: ManifestEntry = { ...fourth, path: 'vacatures/voorbeeld-customer-service-medewerker-rotterdam.jsonld', updatedAt: '2026-11-20T10:00:00Z', language: 'nl' }
    const changed: ManifestEntry = { ...second, updatedAt: '2026-11-25T08:30:00Z' }
    const changes = new Map<string, ManifestEntry | undefined>([
      [first.path, undefined],
      [second.path, changed],
      [added.path, added],
    ])
    const expected = [...entries.filter((entry) => entry.path !== first.path && entry.path !== second.path), changed, added].sort((a, b) => (a.path < b.path ? -1 : 1)).map(briefOf)
    const after = pagesAfterChanges(indexedPages(index), changes)
    // Asked by ranges as the sitemaps ask, it answers as the whole list held in memory does.
    const whole = sortedManifestPages(expected)
    expect(after.range('', '\uffff')).toEqual(expected)
    for (const key of new Set(expected.flatMap((page) => (page.language === undefined ? [] : [page.translationOf ?? page.path])))) expect(after.translations(key), key).toEqual(whole.translations(key))
    for (const [from, to] of [['', '\uffff'], ['', 'vacatures/'], ['vacatures/', 'vacatures/\uffff'], [first.path, `${first.path}\u0000`], [added.path, '\uffff'], ['c', 'd'], ['vacatures/voorbeeld-customer-service-medewerker-r', 'vacatures/voorbeeld-customer-service-medewerker-r\uffff']] as const) {
      expect(after.count(from, to), `${from}…${to}`).toBe(whole.count(from, to))
      expect(after.first(from, to), `${from}…${to}`).toBe(whole.first(from, to))
      expect(after.range(from, to), `${from}…${to}`).toEqual(whole.range(from, to))
    }
  })
})
