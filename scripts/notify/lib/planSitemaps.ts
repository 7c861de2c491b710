import { pageUrl } from '../../core/jsonld/ids.ts'
import { translationKey, type ManifestFilesInput, type ManifestPage, type ManifestPages } from '../../export/lib/manifestPages.ts'
import { sortedManifestPages } from '../../export/lib/sortedManifestPages.ts'
import { notifyPageUrl } from './notifyPageUrl.ts'

/**
 * What a sitemap needs of a manifest entry; `updatedAt` is the latest `_updatedAt` of the page's
 * sources, `language` and `translationOf` place it among its translations.
 */
export type SitemapPage = ManifestPage

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

/** What to write of the sitemaps of a new version. */
export interface SitemapPlan {
  /** Every sitemap file of the new version, the index (`sitemap.xml`) first; none without pages. */
  names: string[]
  /** The URLs of the files the index lists, when the index is to be written (the set of files changed). */
  index: string[] | undefined
  /** The files to write: those whose URLs may have changed. */
  files: SitemapFilePlan[]
}

/** Bounds per sitemap file. */
export interface SitemapLimits {
  urls: number
  /** Uncompressed bytes. */
  bytes: number
}

/** The sitemap protocol's bounds per file (https://www.sitemaps.org/protocol.html): 50,000 URLs and 50 MB (52,428,800 bytes). */
export const SITEMAP_PROTOCOL_LIMITS: SitemapLimits = { urls: 50_000, bytes: 52_428_800 }

/**
 * jobld's bounds per file: the protocol's size, and at most 1,000 URLs, so that an update makes
 * few URLs again (a file is written whole when one of its URLs changes).
 */
export const SITEMAP_LIMITS: SitemapLimits = { urls: 1_000, bytes: SITEMAP_PROTOCOL_LIMITS.bytes }

/** The index's file name. */
export const SITEMAP_INDEX = 'sitemap.xml'

// Room for the XML declaration, the <urlset> tags and their namespace.
const FILE_OVERHEAD = 1024
// `<url><loc></loc><lastmod></lastmod></url>` and a 24-character timestamp, with newlines.
const URL_OVERHEAD = 80
// `<xhtml:link rel="alternate" hreflang="" href=""/>` with a newline, besides the language and URL.
const ALTERNATE_OVERHEAD = 56
/** Each kind of page in its own files, vacancies first; a group's paths start with its folder. */
const GROUPS = [
  { kind: 'vacancy', name: 'vacatures', folder: 'vacatures/' },
  { kind: 'profile', name: 'beroepen', folder: '' },
] as const satisfies ReadonlyArray<{ kind: ManifestPage['kind']; name: string; folder: string }>
type Group = (typeof GROUPS)[number]
const VACANCIES = GROUPS[0].folder
const JSONLD = '.jsonld'
/** After every path that starts with a given text (paths are ASCII). */
const LAST = '\uffff'

/** Characters that XML escapes or UTF-8 writes in more than one byte: without them, a text's length is its size. */
const NOT_PLAIN = /[&<>"'\u0080-\uffff]/
const encoder = new TextEncoder()
const xmlLength = (text: string) =>
  NOT_PLAIN.test(text) ? encoder.encode(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')).length : text.length

/**
 * A part of a group's pages: those whose slug starts with `prefix`, or (`exact`) only the page
 * whose slug is `prefix`. A part that fits one file (its bounds) is one file; a larger one is
 * split by the next character of the slugs, and a page whose slug is the prefix itself gets a
 * file of its own.
 */
interface Part {
  group: Group
  prefix: string
  exact: boolean
}

/**
 * Plans the sitemap files of an export: vacancies in `sitemap-vacatures.xml`, job profile pages
 * in `sitemap-beroepen.xml`, URLs sorted, `<lastmod>` from each page's `updatedAt` (the content's
 * change, never the export's clock; omitted when unknown). A group larger than a file's bounds
 * (1,000 URLs, 50 MB) is split by the first characters of the slugs, as far as needed:
 * `sitemap-vacatures-a.xml`, `sitemap-vacatures-b.xml`, `sitemap-vacatures-ko.xml`, … (a page
 * whose slug is such a prefix itself, when the part is split, is alone in the file of its slug).
 * The split depends on the pages alone and changes only where pages come and go, so an update
 * writes only the files whose URLs changed, and the index only when the set of files changed,
 * and the result is the one a full export writes. A page with translations lists every
 * language's version, itself included, as alternates (`hreflang`), and its original as
 * `x-default`, as Google asks of a sitemap with localized versions
 * (https://developers.google.com/search/docs/specialty/international/localized-versions). An empty
 * group has no file (the schema wants at least one `<url>`). The files' URLs sit under the base
 * URL, so they may list the pages.
 * @param input the new version's pages and, for an update, the current version's pages, sitemap files and changed paths
 * @param baseUrl `--base-url`
 * @param limits bounds per file (tests lower them)
 * @returns the names of every sitemap file, the index's URLs when it changes, the files to write
 * @throws TypeError when a path to list is not a page path or its `updatedAt` is not a date
 */
export function planSitemapUpdate(input: ManifestFilesInput, baseUrl: string, limits: SitemapLimits = SITEMAP_LIMITS): SitemapPlan {
  const after = partitioner(input.pages, baseUrl, limits)
  const { previous } = input
  const parts: Part[] = []
  const names: string[] = []
  if (!previous) {
    for (const group of GROUPS) after.parts({ group, prefix: '', exact: false }, parts)
    names.push(...parts.map(nameOf))
  } else {
    const before = partitioner(previous.pages, baseUrl, limits)
    const regions = changedRegions(previous.changed, previous.pages, input.pages, before, after)
    // The current files outside every changed region stay; inside one, its parts now are written.
    // A file's name does not say whether it held the slugs that start with its prefix or (its part
    // split further) only the page whose slug is the prefix: a region that covers either covers it.
    for (const name of previous.files) {
      const part = partOf(name)
      if (part && !regions.some((region) => covers(region, part) || covers(region, { ...part, exact: true }))) names.push(name)
    }
    for (const region of regions) {
      if (region.exact) {
        if (after.count(region) > 0) parts.push(region)
      } else after.parts(region, parts)
    }
    names.push(...parts.map(nameOf))
  }
  const files = [...new Set(names)].sort(byFileOrder)
  const all = files.length ? [SITEMAP_INDEX, ...files] : []
  const changed = !previous || all.length !== previous.files.length || all.some((name, i) => previous.files[i] !== name)
  return {
    names: all,
    index: changed && files.length ? files.map((name) => fileLoc(baseUrl, name)) : undefined,
    files: parts.sort((a, b) => byFileOrder(nameOf(a), nameOf(b))).map((part) => ({ name: nameOf(part), loc: fileLoc(baseUrl, nameOf(part)), urls: after.urls(part) })),
  }
}

/**
 * The sitemap files of every page (planSitemapUpdate for a new output).
 * @param pages the manifest's entries, in any order
 * @param baseUrl `--base-url`
 * @param limits bounds per file (tests lower them)
 * @returns the sitemap files, vacancies first
 * @throws TypeError when an entry's path is not a page path or its `updatedAt` is not a date
 */
export function planSitemaps(pages: ReadonlyArray<SitemapPage>, baseUrl: string, limits: SitemapLimits = SITEMAP_LIMITS): SitemapFilePlan[] {
  return planSitemapUpdate({ pages: sortedManifestPages(pages) }, baseUrl, limits).files
}

/** The parts of the output a change may have moved: per changed page, the part that held it and the part that holds it, whichever is larger (the two are one when nothing was split or joined). */
function changedRegions(changed: ReadonlyArray<string>, before: ManifestPages, after: ManifestPages, old: Partitioner, now: Partitioner): Part[] {
  const paths = new Set(changed)
  // A page's alternates list its translation group: every member's <url> changes with any member.
  const keys = new Set<string>()
  const get = (pages: ManifestPages, path: string) => pages.range(path, `${path}\u0000`)[0]
  for (const path of changed)
    for (const page of [get(before, path), get(after, path)]) {
      const key = page && translationKey(page)
      if (key !== undefined) keys.add(key)
    }
  for (const key of keys) for (const page of [...before.translations(key), ...after.translations(key)]) paths.add(page.path)
  const regions: Part[] = []
  for (const path of paths) {
    const group = groupOf(path)
    const slug = slugOf(group, path)
    const was = old.partOf(group, slug)
    const is = now.partOf(group, slug)
    regions.push(was.exact && is.exact ? is : { group, prefix: was.prefix.length <= is.prefix.length ? was.prefix : is.prefix, exact: false })
  }
  // A region inside another is the other's.
  return regions.filter((region, i) => !regions.some((other, j) => j !== i && covers(other, region) && !(covers(region, other) && j > i)))
}

/** Whether part `inner` lies within `outer` (its pages are some of outer's). */
function covers(outer: Part, inner: Part): boolean {
  if (outer.group !== inner.group) return false
  if (outer.exact) return inner.exact && inner.prefix === outer.prefix
  return inner.prefix.startsWith(outer.prefix)
}

interface Partitioner {
  count(part: Part): number
  /** The part of the partition that holds the page of a slug (or would: an empty part when no page there). */
  partOf(group: Group, slug: string): Part
  /** Adds the parts of the partition within `part` to `found`. */
  parts(part: Part, found: Part[]): void
  /** A part's URLs, sorted. */
  urls(part: Part): SitemapUrl[]
}

/** The partition of one version's pages into files, read by ranges as far as asked. */
function partitioner(pages: ManifestPages, baseUrl: string, limits: SitemapLimits): Partitioner {
  const hrefs = new Map<string, string>()
  // Each page's URL as the sitemap writer will print it (URL-normalised), so the size estimate holds.
  const href = (path: string) => {
    let found = hrefs.get(path)
    if (found === undefined) {
      const url = notifyPageUrl(path, baseUrl)
      if (url === undefined) throw new TypeError(`Unexpected manifest path "${path}", expected <slug>.jsonld or <folder>/<slug>.jsonld`)
      found = new URL(url).href
      hrefs.set(path, found)
    }
    return found
  }
  // Per translation group, the alternates its members list: only the groups of the pages asked for are read.
  const groups = new Map<string, SitemapAlternate[] | undefined>()
  const alternates = (page: ManifestPage) => {
    const key = translationKey(page)
    if (key === undefined) return undefined
    if (!groups.has(key)) groups.set(key, alternatesOf(key, pages.translations(key), href))
    return groups.get(key)
  }
  const memo = new Map<string, SitemapUrl[]>()
  const count = (part: Part) => rangesOf(part).reduce((sum, [from, to]) => sum + pages.count(from, to), 0)
  const urls = (part: Part) => {
    const key = `${part.group.name}${part.exact ? '=' : ':'}${part.prefix}`
    const known = memo.get(key)
    if (known) return known
    const list: SitemapUrl[] = []
    for (const [from, to] of rangesOf(part))
      for (const page of pages.range(from, to)) {
        const stamp = page.updatedAt === undefined ? undefined : Date.parse(page.updatedAt)
        if (stamp !== undefined && Number.isNaN(stamp)) throw new TypeError(`Unexpected updatedAt "${page.updatedAt}" of ${page.path}, expected an ISO 8601 date`)
        const links = alternates(page)
        list.push({ loc: href(page.path), ...(stamp !== undefined ? { lastmod: new Date(stamp).toISOString() } : {}), ...(links ? { alternates: links } : {}) })
      }
    list.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    memo.set(key, list)
    return list
  }
  const fits = (part: Part) => {
    const total = count(part)
    if (part.exact || total <= 1) return true
    if (total > limits.urls) return false
    let bytes = FILE_OVERHEAD
    for (const url of urls(part)) {
      bytes += xmlLength(url.loc) + URL_OVERHEAD
      for (const link of url.alternates ?? []) bytes += xmlLength(link.href) + xmlLength(link.hreflang) + ALTERNATE_OVERHEAD
    }
    return bytes <= limits.bytes
  }
  const parts = (part: Part, found: Part[]): void => {
    if (count(part) === 0) return
    if (fits(part)) {
      found.push(part)
      return
    }
    const { group, prefix } = part
    // The next characters of the slugs, in order: one part each, found by seeking past the last.
    let cursor = ''
    for (const [from, to] of rangesOf(part)) {
      if (cursor < from) cursor = from
      for (let path = pages.first(cursor, to); path !== undefined; path = pages.first(cursor, to)) {
        const slug = slugOf(group, path)
        if (slug === prefix) {
          found.push({ group, prefix, exact: true })
          cursor = `${path}\u0000`
          continue
        }
        const child = slug.slice(0, prefix.length + 1)
        parts({ group, prefix: child, exact: false }, found)
        cursor = `${group.folder}${child}${LAST}`
      }
    }
  }
  const partOf = (group: Group, slug: string): Part => {
    for (let part: Part = { group, prefix: '', exact: false }; ; part = { group, prefix: slug.slice(0, part.prefix.length + 1), exact: false }) {
      if (count(part) === 0 || fits(part)) return part
      if (slug === part.prefix) return { group, prefix: slug, exact: true }
    }
  }
  return { count, partOf, parts, urls }
}

/** The ranges of paths a part's pages have: a profile's path has no folder, so the vacancies' range is left out. */
function rangesOf(part: Part): Array<[string, string]> {
  const { group, prefix } = part
  const from = `${group.folder}${prefix}`
  if (part.exact) return [[`${from}${JSONLD}`, `${from}${JSONLD}\u0000`]]
  if (group.folder === '' && VACANCIES.startsWith(prefix))
    return [
      [from, VACANCIES],
      [`${VACANCIES}${LAST}`, `${from}${LAST}`],
    ]
  return [[from, `${from}${LAST}`]]
}

function groupOf(path: string): Group {
  return path.startsWith(VACANCIES) ? GROUPS[0] : GROUPS[1]
}

function slugOf(group: Group, path: string): string {
  return path.slice(group.folder.length, path.endsWith(JSONLD) ? -JSONLD.length : undefined)
}

/** `sitemap-vacatures.xml` for a whole group, `sitemap-vacatures-ko.xml` for its slugs that start with `ko`. */
function nameOf(part: Part): string {
  return `sitemap-${part.group.name}${part.prefix ? `-${part.prefix}` : ''}.xml`
}

/** The part a sitemap file's name stands for, or undefined when it is no group's (the index). */
function partOf(name: string): Part | undefined {
  for (const group of GROUPS) {
    const head = `sitemap-${group.name}`
    if (!name.startsWith(head) || !name.endsWith('.xml')) continue
    const rest = name.slice(head.length, -'.xml'.length)
    if (rest === '') return { group, prefix: '', exact: false }
    if (rest.startsWith('-')) return { group, prefix: rest.slice(1), exact: false }
  }
  return undefined
}

/** Vacancies' files first, then profiles', each group's by prefix. */
function byFileOrder(a: string, b: string): number {
  const rank = (name: string) => GROUPS.findIndex((group) => name.startsWith(`sitemap-${group.name}`))
  const [ra, rb] = [rank(a), rank(b)]
  if (ra !== rb) return ra - rb
  return a < b ? -1 : a > b ? 1 : 0
}

function fileLoc(baseUrl: string, name: string): string {
  return pageUrl({ baseUrl }, name) ?? name
}

/**
 * The alternates of a translation group's members: when it has two or more, each lists them all,
 * by language, then the original as `x-default` when it is a page of the export.
 * @param key the group's key (its original's path)
 * @param members the group's pages (ManifestPages.translations)
 * @param href a page's URL
 * @returns the alternates, or undefined for a group of one
 */
function alternatesOf(key: string, members: ReadonlyArray<SitemapPage>, href: (path: string) => string): SitemapAlternate[] | undefined {
  if (members.length < 2) return undefined
  const links = members
    .flatMap((member) => (member.language === undefined ? [] : [{ hreflang: member.language, href: href(member.path) }]))
    .sort((a, b) => (a.hreflang < b.hreflang ? -1 : a.hreflang > b.hreflang ? 1 : a.href < b.href ? -1 : 1))
  // The original is x-default when it is a page of the export with a language of its own.
  const original = members.find((member) => member.path === key)
  return original === undefined ? links : [...links, { hreflang: 'x-default', href: href(original.path) }]
}
