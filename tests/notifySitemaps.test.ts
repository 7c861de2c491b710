import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSitemaps } from '../scripts/notify/io/renderSitemaps.ts'
import { notifyPageUrl } from '../scripts/notify/lib/notifyPageUrl.ts'
import type { SitemapPage } from '../scripts/notify/lib/planSitemaps.ts'
import type { OutputFile } from '../scripts/export/lib/renderFiles.ts'
import { tempDir } from './support/exportRun.ts'
import { exportContent } from './support/notifyRun.ts'
import { checkSitemap, readUrlsetSchema } from './support/sitemapSchema.ts'

const BASE = 'https://www.example.nl/beroepen'

/** Every file checked against the schema's shape; their entries by file name. */
function checkAll(files: ReadonlyArray<OutputFile>): Record<string, Array<{ loc: string; lastmod?: string; alternates?: Record<string, string> }>> {
  const entries: Record<string, Array<{ loc: string; lastmod?: string; alternates?: Record<string, string> }>> = {}
  for (const file of files) {
    const { sitemap, problems } = checkSitemap(file.content, BASE)
    expect(problems, file.path).toEqual([])
    expect(sitemap.root, file.path).toBe(file.path === 'sitemap.xml' ? 'sitemapindex' : 'urlset')
    entries[file.path] = sitemap.entries
  }
  return entries
}

const vacancy = (slug: string, updatedAt?: string): SitemapPage => ({ path: `vacatures/${slug}.jsonld`, kind: 'vacancy', ...(updatedAt ? { updatedAt } : {}) })
const profile = (slug: string, updatedAt?: string): SitemapPage => ({ path: `${slug}.jsonld`, kind: 'profile', ...(updatedAt ? { updatedAt } : {}) })

describe('renderSitemaps', () => {
  it('reads the schema it checks against', () => {
    const schema = readUrlsetSchema()
    expect(schema).toMatchObject({
      namespace: 'http://www.sitemaps.org/schemas/sitemap/0.9',
      urlChildren: [
        { name: 'loc', optional: false },
        { name: 'lastmod', optional: true },
        { name: 'changefreq', optional: true },
        { name: 'priority', optional: true },
      ],
      locLength: { min: 12, max: 2048 },
      lastmodTypes: ['xsd:date', 'xsd:dateTime'],
    })
  })

  it('rejects what the schema rejects', () => {
    const urlset = (body: string, ns = 'http://www.sitemaps.org/schemas/sitemap/0.9') => `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${ns}">${body}</urlset>`
    expect(checkSitemap(urlset(''), BASE).problems).toEqual(['no <url>, expected at least one'])
    expect(checkSitemap(urlset(`<url><loc>${BASE}/a</loc></url>`, 'http://example.com/ns'), BASE).problems).toEqual([
      'namespace http://example.com/ns, expected http://www.sitemaps.org/schemas/sitemap/0.9',
    ])
    expect(checkSitemap(urlset(`<url><lastmod>2026-11-20</lastmod><loc>${BASE}/a</loc></url>`), BASE).problems).toEqual([
      "<url> 1: <lastmod> out of the schema's sequence loc, lastmod, changefreq, priority",
      "<url> 1: <loc> out of the schema's sequence loc, lastmod, changefreq, priority",
    ])
    expect(checkSitemap(urlset(`<url><loc>${BASE}/a</loc><lastmod>20 november 2026</lastmod></url>`), BASE).problems).toEqual([
      '<url> 1: <lastmod> 20 november 2026 is not a xsd:date or xsd:dateTime',
    ])
    expect(checkSitemap(urlset('<url><loc>https://elsewhere.example/a</loc></url>'), BASE).problems).toEqual([
      `<url> 1: <loc> https://elsewhere.example/a is not under ${BASE}`,
    ])
    expect(() => checkSitemap(urlset(`<url><loc>${BASE}/a&b</loc></url>`), BASE)).toThrow('Unexpected bare & at offset')
  })

  it('writes an index of a vacancy sitemap and a profile sitemap, lastmod from updatedAt and never made up', async () => {
    const files = await renderSitemaps(
      [profile('kok', '2026-11-20T10:00:00Z'), profile('bakker'), vacancy('kok-utrecht', '2026-11-21T10:00:00+01:00'), vacancy('kok-remote')],
      `${BASE}/`,
    )
    expect(files).toEqual([
      {
        path: 'sitemap.xml',
        content:
          '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          `<sitemap><loc>${BASE}/sitemap-vacatures.xml</loc></sitemap><sitemap><loc>${BASE}/sitemap-beroepen.xml</loc></sitemap></sitemapindex>`,
      },
      {
        path: 'sitemap-vacatures.xml',
        content:
          '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          `<url><loc>${BASE}/vacatures/kok-remote</loc></url><url><loc>${BASE}/vacatures/kok-utrecht</loc><lastmod>2026-11-21T09:00:00.000Z</lastmod></url></urlset>`,
      },
      {
        path: 'sitemap-beroepen.xml',
        content:
          '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          `<url><loc>${BASE}/bakker</loc></url><url><loc>${BASE}/kok</loc><lastmod>2026-11-20T10:00:00.000Z</lastmod></url></urlset>`,
      },
    ])
    checkAll(files)
  })

  it('stays in step with the manifest: an expired vacancy leaves, a new one comes in', async () => {
    const before = checkAll(await renderSitemaps([profile('kok'), vacancy('a'), vacancy('b')], BASE))
    const after = checkAll(await renderSitemaps([profile('kok'), vacancy('b'), vacancy('c')], BASE))
    expect(before['sitemap-vacatures.xml']?.map((e) => e.loc)).toEqual([`${BASE}/vacatures/a`, `${BASE}/vacatures/b`])
    expect(after['sitemap-vacatures.xml']?.map((e) => e.loc)).toEqual([`${BASE}/vacatures/b`, `${BASE}/vacatures/c`])
    // Without vacancies, no vacancy sitemap (an empty <urlset> breaks the schema); without pages, no files.
    expect(Object.keys(checkAll(await renderSitemaps([profile('kok')], BASE)))).toEqual(['sitemap.xml', 'sitemap-beroepen.xml'])
    expect(await renderSitemaps([], BASE)).toEqual([])
  })

  it('splits a group past 1,000 URLs into files by the first characters of the slugs, far within the protocol\'s bounds', async () => {
    const pages = Array.from({ length: 50_001 }, (_, i) => vacancy(`v-${String(i).padStart(5, '0')}`))
    const files = await renderSitemaps([...pages, profile('kok')], BASE)
    const entries = checkAll(files)
    const names = Object.keys(entries)
    // v-0…v-4 hold 10,000 slugs each, v-00…v-49 1,000 each: one file per two characters, and v-50000 alone under v-5.
    expect(names).toEqual(['sitemap.xml', ...Array.from({ length: 50 }, (_, i) => `sitemap-vacatures-v-${String(i).padStart(2, '0')}.xml`), 'sitemap-vacatures-v-5.xml', 'sitemap-beroepen.xml'])
    for (const name of names.slice(1)) expect(entries[name]?.length, name).toBeLessThanOrEqual(1_000)
    expect(entries['sitemap-vacatures-v-00.xml']?.map((e) => e.loc)).toEqual(pages.slice(0, 1_000).map((page) => `${BASE}/${page.path.replace(/\.jsonld$/, '')}`))
    expect(entries['sitemap-vacatures-v-5.xml']).toEqual([{ loc: `${BASE}/vacatures/v-50000` }])
    expect(entries['sitemap-beroepen.xml']).toEqual([{ loc: `${BASE}/kok` }])
    expect(entries['sitemap.xml']?.map((e) => e.loc)).toEqual(names.slice(1).map((name) => `${BASE}/${name}`))
  })

  it('gives a page whose slug begins others a file of its own when their part is split', async () => {
    const pages = [profile('kok'), profile('kok-a'), profile('kok-b'), profile('kokkin'), profile('bakker'), vacancy('kok')]
    const entries = checkAll(await renderSitemaps(pages, BASE, { urls: 2, bytes: 50_000 }))
    expect(Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, list.map((e) => e.loc.slice(BASE.length + 1))]))).toEqual({
      // Vacancies first, then each group's files by name.
      'sitemap.xml': ['sitemap-vacatures.xml', 'sitemap-beroepen-b.xml', 'sitemap-beroepen-kok-.xml', 'sitemap-beroepen-kok.xml', 'sitemap-beroepen-kokk.xml'],
      'sitemap-vacatures.xml': ['vacatures/kok'],
      'sitemap-beroepen-b.xml': ['bakker'],
      'sitemap-beroepen-kok.xml': ['kok'],
      'sitemap-beroepen-kok-.xml': ['kok-a', 'kok-b'],
      'sitemap-beroepen-kokk.xml': ['kokkin'],
    })
  })

  it('continues in a further file before one would pass the size bound', async () => {
    const pages = Array.from({ length: 40 }, (_, i) => vacancy(`vacature-${i}`, '2026-11-20T10:00:00Z'))
    const files = await renderSitemaps(pages, BASE, { urls: 50_000, bytes: 2_000 })
    const parts = files.filter((f) => f.path !== 'sitemap.xml')
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(new TextEncoder().encode(part.content).length, part.path).toBeLessThanOrEqual(2_000)
    expect(Object.values(checkAll(parts)).flat()).toHaveLength(40)
  })

  it('lists exactly the pages of a real export, at the urls of their JSON-LD', { timeout: 60_000 }, async () => {
    const out = join(await tempDir('notify-sitemap'), 'jsonld')
    expect((await exportContent('content', out, '2026-11-26', BASE)).code).toBe(0)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { pages: SitemapPage[] }
    const entries = checkAll(await renderSitemaps(manifest.pages, BASE))
    const urls = [...(entries['sitemap-vacatures.xml'] ?? []), ...(entries['sitemap-beroepen.xml'] ?? [])].map((e) => e.loc)
    const expected = await Promise.all(
      manifest.pages.map(async (page) => {
        const graph = JSON.parse(await readFile(join(out, page.path), 'utf8'))['@graph'] as Array<{ url?: string }>
        expect(graph[0]?.url).toBe(notifyPageUrl(page.path, BASE))
        return graph[0]?.url
      }),
    )
    expect(urls.sort()).toEqual(expected.sort())
  })

  it('lists each translated page with every language version and its original as x-default, as Google asks', async () => {
    const translated: SitemapPage[] = [
      { ...profile('klantenservice'), language: 'nl' },
      { ...profile('customer-service'), language: 'en', translationOf: 'klantenservice.jsonld' },
      { ...profile('kundenservice'), language: 'de', translationOf: 'klantenservice.jsonld' },
      { ...profile('alone'), language: 'nl' },
      // Its original expired (no page): the two translations still name each other, without x-default.
      { ...vacancy('support-utrecht'), language: 'en', translationOf: 'vacatures/ondersteuning-utrecht.jsonld' },
      { ...vacancy('unterstutzung-utrecht'), language: 'de', translationOf: 'vacatures/ondersteuning-utrecht.jsonld' },
      vacancy('kok'),
    ]
    const entries = checkAll(await renderSitemaps(translated, BASE))
    const group = { de: `${BASE}/kundenservice`, en: `${BASE}/customer-service`, nl: `${BASE}/klantenservice`, 'x-default': `${BASE}/klantenservice` }
    expect(entries['sitemap-beroepen.xml']).toEqual([
      { loc: `${BASE}/alone` },
      { loc: `${BASE}/customer-service`, alternates: group },
      { loc: `${BASE}/klantenservice`, alternates: group },
      { loc: `${BASE}/kundenservice`, alternates: group },
    ])
    const pair = { de: `${BASE}/vacatures/unterstutzung-utrecht`, en: `${BASE}/vacatures/support-utrecht` }
    expect(entries['sitemap-vacatures.xml']).toEqual([
      { loc: `${BASE}/vacatures/kok` },
      { loc: `${BASE}/vacatures/support-utrecht`, alternates: pair },
      { loc: `${BASE}/vacatures/unterstutzung-utrecht`, alternates: pair },
    ])
    const files = await renderSitemaps(translated, BASE)
    expect(files.find((f) => f.path === 'sitemap-beroepen.xml')?.content).toContain(
      `<url><loc>${BASE}/klantenservice</loc><xhtml:link rel="alternate" hreflang="de" href="${BASE}/kundenservice"/><xhtml:link rel="alternate" hreflang="en" href="${BASE}/customer-service"/><xhtml:link rel="alternate" hreflang="nl" href="${BASE}/klantenservice"/><xhtml:link rel="alternate" hreflang="x-default" href="${BASE}/klantenservice"/></url>`,
    )
    // Without translations, no XHTML namespace.
    expect((await renderSitemaps([vacancy('kok')], BASE)).map((f) => f.content).join('')).not.toContain('xhtml')
  })
})
