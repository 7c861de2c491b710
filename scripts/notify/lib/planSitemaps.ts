import { pageUrl } from '../../core/jsonld/ids.ts'
import type { ManifestEntry } from '../../export/lib/renderFiles.ts'
import { notifyPageUrl } from './notifyPageUrl.ts'

/**
 * What a sitemap needs of a manifest entry; `updatedAt` is the latest `_updatedAt` of the page's
 * sources, `language` and `translationOf` place it among its translations.
 */
export type SitemapPage = Pick<ManifestEntry, 'path' | 'kind' | 'updatedAt' | 'language' | 'translationOf'>

/** One alternate of a page: another language's version (or `x-default`) and its URL. */
export interface SitemapAlternate {
  hreflang: string
  href: string
}

/** One `<url>` of a sitemap. */
export interface SitemapUrl {
  loc: string
  /** ISO 8601 (UTC, milliseconds), as the sitemap will carry it; absent when the page has no `updatedAt`. */
  lastmod?: string
  /** Every language's version of the page, itself included, then `x-default` (its original); absent for a page without translations. */
  alternates?: SitemapAlternate[]
}

/** One sitemap file: its name in the output folder, its public URL and its URLs. */
export interface SitemapFilePlan {
  name: string
  loc: string
  urls: SitemapUrl[]
}

/** The sitemap protocol's bounds per file (https://www.sitemaps.org/protocol.html). */
export interface SitemapLimits {
  urls: number
  /** Uncompressed bytes. */
  bytes: number
}

/** 50,000 URLs and 50 MB (52,428,800 bytes) per file. */
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 52_428_800 }

// Room for the XML declaration, the <urlset> tags and their namespace.
const FILE_OVERHEAD = 1024
// `<url><loc></loc><lastmod></lastmod></url>` and a 24-character timestamp, with newlines.
const URL_OVERHEAD = 80
// `<xhtml:link rel="alternate" hreflang="" href=""/>` with a newline, besides the language and URL.
const ALTERNATE_OVERHEAD = 56
const GROUPS = [
  { kind: 'vacancy', name: 'vacatures' },
  { kind: 'profile', name: 'beroepen' },
] as const satisfies ReadonlyArray<{ kind: ManifestEntry['kind']; name: string }>

/** Characters that XML escapes or UTF-8 writes in more than one byte: without them, a text's length is its size. */
const NOT_PLAIN = /[&<>"'\u0080-\uffff]/
const encoder = new TextEncoder()
const xmlLength = (text: string) =>
  NOT_PLAIN.test(text) ? encoder.encode(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')).length : text.length

/**
 * Plans the sitemap files of an export: vacancies in `sitemap-vacatures.xml`, job profile pages
 * in `sitemap-beroepen.xml` (continued in `sitemap-vacatures-2.xml`, … when a file would pass
 * 50,000 URLs or 50 MB), URLs sorted, `<lastmod>` from each page's `updatedAt` (the content's
 * change, never the export's clock; omitted when unknown). A page with translations lists every
 * language's version, itself included, as alternates (`hreflang`), and its original as
 * `x-default`, as Google asks of a sitemap with localized versions
 * (https://developers.google.com/search/docs/specialty/international/localized-versions). An empty
 * group has no file (the schema wants at least one `<url>`). The files' URLs sit under the base
 * URL, so they may list the pages.
 * @param pages the manifest's entries
 * @param baseUrl `--base-url`
 * @param limits bounds per file (tests lower them)
 * @returns the sitemap files, vacancies first
 * @throws TypeError when an entry's path is not a page path or its `updatedAt` is not a date
 */
export function planSitemaps(pages: ReadonlyArray<SitemapPage>, baseUrl: string, limits: SitemapLimits = SITEMAP_LIMITS): SitemapFilePlan[] {
  const files: SitemapFilePlan[] = []
  // Each page's URL as the sitemap writer will print it (URL-normalised), so the size estimate holds.
  const hrefs = new Map<string, string>()
  for (const page of pages) {
    const url = notifyPageUrl(page.path, baseUrl)
    if (url === undefined) throw new TypeError(`Unexpected manifest path "${page.path}", expected <slug>.jsonld or <folder>/<slug>.jsonld`)
    hrefs.set(page.path, new URL(url).href)
  }
  const alternates = alternatesOf(pages, hrefs)
  for (const group of GROUPS) {
    const urls: SitemapUrl[] = []
    for (const page of pages) {
      if (page.kind !== group.kind) continue
      const loc = hrefs.get(page.path) ?? ''
      const stamp = page.updatedAt === undefined ? undefined : Date.parse(page.updatedAt)
      if (stamp !== undefined && Number.isNaN(stamp))
        throw new TypeError(`Unexpected updatedAt "${page.updatedAt}" of ${page.path}, expected an ISO 8601 date`)
      const links = alternates.get(page.path)
      urls.push({ loc, ...(stamp !== undefined ? { lastmod: new Date(stamp).toISOString() } : {}), ...(links ? { alternates: links } : {}) })
    }
    urls.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    let current: SitemapUrl[] = []
    let bytes = FILE_OVERHEAD
    let count = 0
    const close = () => {
      count += 1
      const name = `sitemap-${group.name}${count > 1 ? `-${count}` : ''}.xml`
      files.push({ name, loc: pageUrl({ baseUrl }, name) ?? name, urls: current })
      current = []
      bytes = FILE_OVERHEAD
    }
    for (const url of urls) {
      let size = xmlLength(url.loc) + URL_OVERHEAD
      for (const link of url.alternates ?? []) size += xmlLength(link.href) + xmlLength(link.hreflang) + ALTERNATE_OVERHEAD
      if (current.length > 0 && (current.length >= limits.urls || bytes + size > limits.bytes)) close()
      current.push(url)
      bytes += size
    }
    if (current.length > 0) close()
  }
  return files
}

/**
 * The alternates of every page with translations, by path: the pages that name the same original
 * (or are it) form a group; each member of a group of two or more lists them all, by language,
 * then the original as `x-default` when it is a page of the export.
 */
function alternatesOf(pages: ReadonlyArray<SitemapPage>, hrefs: ReadonlyMap<string, string>): Map<string, SitemapAlternate[]> {
  const groups = new Map<string, Array<{ path: string; language: string; href: string }>>()
  for (const page of pages) {
    const href = hrefs.get(page.path)
    if (page.language === undefined || href === undefined) continue
    const key = page.translationOf ?? page.path
    const members = groups.get(key)
    if (members) members.push({ path: page.path, language: page.language, href })
    else groups.set(key, [{ path: page.path, language: page.language, href }])
  }
  const found = new Map<string, SitemapAlternate[]>()
  for (const page of pages) {
    if (page.language === undefined) continue
    const key = page.translationOf ?? page.path
    const members = groups.get(key) ?? []
    if (members.length < 2) continue
    const links = members.map((member) => ({ hreflang: member.language, href: member.href })).sort((a, b) => (a.hreflang < b.hreflang ? -1 : a.hreflang > b.hreflang ? 1 : a.href < b.href ? -1 : 1))
    // The original is x-default when it is a page of the export with a language of its own.
    const original = members.find((member) => member.path === key)?.href
    found.set(page.path, original === undefined ? links : [...links, { hreflang: 'x-default', href: original }])
  }
  return found
}
