/**
 * Checks sitemap files against the shape of the sitemap XML schema, for the tests: the element
 * structure, the namespace and the value types that `node_modules/sitemap/schema/sitemap.xsd`
 * (sitemaps.org's schema, shipped with the `sitemap` package) declares for a `<urlset>`, and the
 * protocol's index format (`<sitemapindex>` of `<sitemap>`s with `<loc>` and optional `<lastmod>`,
 * https://www.sitemaps.org/protocol.html#index), plus the 50,000 URL and 50 MB bounds.
 *
 * No XML schema validator is installed (xmllint is not on this machine), so this reads the XSD
 * with a small parser of its own, enough for the XSD and for the sitemaps jobld writes: elements,
 * attributes, text, the five predefined entities and the XML declaration; comments, CDATA and
 * DTDs are rejected.
 */
import { readFileSync } from 'node:fs'

/** An element: name, attributes, child elements, and its text when it has no children. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const TOKEN = /<\?xml[^?]*\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));|&/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Parses a document of the supported subset.
 * @param xml the text
 * @returns the root element
 * @throws Error naming the offset of anything not well-formed
 */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(xml)
    if (!match || match[6]) throw new Error(`Unexpected markup at offset ${at}: ${xml.slice(at, at + 40)}`)
    const [token, closing, name, attributes, selfClosing, text] = match
    if (token.startsWith('<?xml')) {
      if (at !== 0 || !/encoding="UTF-8"/i.test(token)) throw new Error('Unexpected XML declaration, expected <?xml version="1.0" encoding="UTF-8"?> first')
      continue
    }
    if (text !== undefined) {
      const parent = stack.at(-1)
      if (!parent) {
        if (text.trim()) throw new Error(`Unexpected text outside the root at offset ${at}`)
        continue
      }
      parent.text += decode(text, at)
      continue
    }
    if (closing) {
      const open = stack.pop()
      if (open?.name !== name) throw new Error(`Unexpected </${name}> at offset ${at}, expected </${open?.name ?? '(none)'}>`)
      continue
    }
    const element: XmlElement = { name: name ?? '', attributes: {}, children: [], text: '' }
    for (const [, key, double, single] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      if (key === undefined || key in element.attributes) throw new Error(`Unexpected repeated attribute ${String(key)} at offset ${at}`)
      element.attributes[key] = decode(double ?? single ?? '', at)
    }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else if (root) throw new Error(`Unexpected second root <${element.name}> at offset ${at}`)
    else root = element
    if (!selfClosing) stack.push(element)
  }
  if (stack.length || !root) throw new Error(`Unexpected end of document, expected </${stack.at(-1)?.name ?? 'a root element'}>`)
  return root
}

function decode(text: string, at: number): string {
  return text.replace(ENTITY, (entity, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named] ?? ''
    if (decimal) return String.fromCodePoint(Number(decimal))
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
    throw new Error(`Unexpected bare & at offset ${at}, expected an entity`)
  })
}

/** What the XSD says a `<url>` is: its children in order, and the bounds of `<loc>`. */
interface UrlsetSchema {
  namespace: string
  urlChildren: Array<{ name: string; optional: boolean }>
  locLength: { min: number; max: number }
  lastmodTypes: string[]
  changefreq: string[]
}

/**
 * Reads sitemaps.org's schema for `<urlset>`.
 * @param file the XSD
 * @returns the parts the checks use
 */
export function readUrlsetSchema(file = 'node_modules/sitemap/schema/sitemap.xsd'): UrlsetSchema {
  const schema = parseXml(readFileSync(file, 'utf8'))
  const all = (element: XmlElement): XmlElement[] => [element, ...element.children.flatMap(all)]
  const named = (tag: string, name: string) => all(schema).find((e) => e.name === tag && e.attributes.name === name)
  const tUrl = named('xsd:complexType', 'tUrl')
  const urlChildren = (tUrl ? all(tUrl) : [])
    .filter((e) => e.name === 'xsd:element')
    .map((e) => ({ name: e.attributes.name ?? '', optional: e.attributes.minOccurs === '0' }))
  const facet = (type: string, facetName: string) => Number(all(named('xsd:simpleType', type) ?? schema).find((e) => e.name === facetName)?.attributes.value)
  const lastmodTypes = all(named('xsd:simpleType', 'tLastmod') ?? schema)
    .filter((e) => e.name === 'xsd:restriction')
    .map((e) => e.attributes.base ?? '')
  const changefreq = all(named('xsd:simpleType', 'tChangeFreq') ?? schema)
    .filter((e) => e.name === 'xsd:enumeration')
    .map((e) => e.attributes.value ?? '')
  return { namespace: schema.attributes.targetNamespace ?? '', urlChildren, locLength: { min: facet('tLoc', 'xsd:minLength'), max: facet('tLoc', 'xsd:maxLength') }, lastmodTypes, changefreq }
}

// The lexical forms of xsd:date and xsd:dateTime (XML Schema Part 2, 3.2.9 and 3.2.7).
const LEXICAL: Record<string, RegExp> = {
  'xsd:date': /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/,
  'xsd:dateTime': /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/,
}

/** The XHTML namespace of `<xhtml:link rel="alternate" hreflang="…">`, the one other namespace a jobld sitemap uses (the schema's `xsd:any namespace="##other"` after a `<url>`'s own elements). */
const XHTML = 'http://www.w3.org/1999/xhtml'

/** A file's `<loc>`s, `<lastmod>`s and alternates (`hreflang` → `href`), once it passed the checks. */
export interface CheckedSitemap {
  root: 'urlset' | 'sitemapindex'
  entries: Array<{ loc: string; lastmod?: string; alternates?: Record<string, string> }>
}

/**
 * Checks one sitemap or sitemap index file; every violation is listed.
 * @param xml the file's text
 * @param folder the URL of the folder the file is served from (its URLs must lie under it)
 * @returns the entries, and the problems found (empty when valid)
 */
export function checkSitemap(xml: string, folder: string): { sitemap: CheckedSitemap; problems: string[] } {
  const schema = readUrlsetSchema()
  const problems: string[] = []
  const root = parseXml(xml)
  const entries: CheckedSitemap['entries'] = []
  if (new TextEncoder().encode(xml).length > 52_428_800) problems.push('larger than 50 MB')
  if (root.name !== 'urlset' && root.name !== 'sitemapindex') problems.push(`root <${root.name}>, expected <urlset> or <sitemapindex>`)
  if (root.attributes.xmlns !== schema.namespace) problems.push(`namespace ${String(root.attributes.xmlns)}, expected ${schema.namespace}`)
  const extra = Object.keys(root.attributes).filter((a) => a !== 'xmlns' && !(a === 'xmlns:xhtml' && root.attributes[a] === XHTML))
  if (extra.length) problems.push(`unexpected attributes ${extra.join(', ')} on the root`)
  const item = root.name === 'urlset' ? 'url' : 'sitemap'
  // An index entry is <loc> and an optional <lastmod>; a <url> is what tUrl declares.
  const sequence = item === 'url' ? schema.urlChildren : [{ name: 'loc', optional: false }, { name: 'lastmod', optional: true }]
  if (root.children.length === 0) problems.push(`no <${item}>, expected at least one`)
  if (root.children.length > 50_000) problems.push(`${root.children.length} <${item}>s, expected at most 50,000`)
  for (const [index, child] of root.children.entries()) {
    const where = `<${item}> ${index + 1}`
    if (child.name !== item) {
      problems.push(`${where}: <${child.name}>, expected <${item}>`)
      continue
    }
    let position = 0
    let other = false
    const alternates: Record<string, string> = {}
    for (const part of child.children) {
      // Elements of another namespace come after the schema's own, in any number.
      if (part.name.includes(':')) {
        other = true
        if (part.name !== 'xhtml:link' || root.attributes['xmlns:xhtml'] !== XHTML) problems.push(`${where}: <${part.name}> of an undeclared namespace, expected <xhtml:link> with xmlns:xhtml`)
        const { rel, hreflang, href } = part.attributes
        if (rel !== 'alternate') problems.push(`${where}: <xhtml:link rel="${String(rel)}">, expected rel="alternate"`)
        if (hreflang === undefined || !/^(x-default|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/.test(hreflang)) problems.push(`${where}: hreflang ${String(hreflang)}, expected a language code or x-default`)
        else if (hreflang in alternates) problems.push(`${where}: hreflang ${hreflang} twice`)
        if (href === undefined || !href.startsWith(folder.endsWith('/') ? folder : `${folder}/`)) problems.push(`${where}: href ${String(href)} is not under ${folder}`)
        if (hreflang !== undefined && href !== undefined) alternates[hreflang] = href
        continue
      }
      if (other) problems.push(`${where}: <${part.name}> after an element of another namespace`)
      while (position < sequence.length && sequence[position]?.name !== part.name && sequence[position]?.optional) position++
      if (sequence[position]?.name !== part.name) problems.push(`${where}: <${part.name}> out of the schema's sequence ${sequence.map((s) => s.name).join(', ')}`)
      position++
      if (part.children.length) problems.push(`${where}: <${part.name}> has child elements`)
    }
    const required = sequence.filter((s) => !s.optional).map((s) => s.name)
    for (const name of required) if (!child.children.some((c) => c.name === name)) problems.push(`${where}: no <${name}>`)
    const loc = child.children.find((c) => c.name === 'loc')?.text ?? ''
    const lastmod = child.children.find((c) => c.name === 'lastmod')?.text
    if (loc.length < schema.locLength.min || loc.length > schema.locLength.max) problems.push(`${where}: <loc> of ${loc.length} characters, expected ${schema.locLength.min} to ${schema.locLength.max}`)
    if (!URL.canParse(loc) || !/^https?:$/.test(new URL(loc).protocol)) problems.push(`${where}: <loc> ${loc} is not an absolute http(s) URI`)
    else if (!loc.startsWith(folder.endsWith('/') ? folder : `${folder}/`)) problems.push(`${where}: <loc> ${loc} is not under ${folder}`)
    if (lastmod !== undefined && !schema.lastmodTypes.some((type) => LEXICAL[type]?.test(lastmod))) problems.push(`${where}: <lastmod> ${lastmod} is not a ${schema.lastmodTypes.join(' or ')}`)
    const changefreq = child.children.find((c) => c.name === 'changefreq')?.text
    if (changefreq !== undefined && !schema.changefreq.includes(changefreq)) problems.push(`${where}: <changefreq> ${changefreq}`)
    // Google: each alternate lists every language version, itself included.
    if (Object.keys(alternates).length && !Object.values(alternates).includes(loc)) problems.push(`${where}: alternates without the page itself`)
    entries.push({ loc, ...(lastmod !== undefined ? { lastmod } : {}), ...(Object.keys(alternates).length ? { alternates } : {}) })
  }
  return { sitemap: { root: root.name === 'urlset' ? 'urlset' : 'sitemapindex', entries }, problems }
}
