/**
 * Issue 6.4: hostile content, end to end. Every text field of the fixture carries `</script>`,
 * `<!--`, `<img onerror>`, a `javascript:` link written as HTML, U+2028/U+2029, a right-to-left
 * override, zero-width and other invisible characters; every link and URL field tries a
 * dangerous scheme. The export must succeed, every `.html` snippet must parse (with a real HTML
 * parser) to one inert `<script>` holding exactly the `.jsonld`, the answer and description HTML
 * must keep only allowed tags and safe links, and the project's own JSON-LD validation must pass.
 *
 * About `javascript:`: plain-text properties (a job title, a question) keep whatever words an
 * editor typed, so the letters `javascript:` may stand in them as text. What must never happen
 * is a link to it: no URL-valued property and no attribute of the answer/description HTML holds
 * one, and the HTML text that mentions it is escaped text, not markup.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseFragment, parse, type DefaultTreeAdapterMap } from 'parse5'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateJsonLd } from '../../scripts/core/jsonld/validateJsonLd.ts'
import { NOW, readTree, runCli, tempDir, type CliRun } from '../support/exportRun.ts'

type ChildNode = DefaultTreeAdapterMap['childNode']
type ParentNode = DefaultTreeAdapterMap['parentNode']
type Element = DefaultTreeAdapterMap['element']

const fixtures = 'tests/fixtures/robustness/hostile'

/** Google's FAQ answer tags: https://developers.google.com/search/docs/appearance/structured-data/faqpage#answer */
const answerTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'ol', 'ul', 'li', 'a', 'p', 'div', 'b', 'strong', 'i', 'em'])
/** jobld's JobPosting description tags (tests/support/sanitizeHtml.ts, Google's list). */
const descriptionTags = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'h2', 'h3', 'h4', 'a'])
const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])
/** Properties whose values are IRIs or URLs, wherever they occur in a graph. */
const urlProperties = new Set(['@id', 'url', 'logo', 'sameAs', 'target', '@context'])
/** Characters cleanText removes; none may reach any output file. */
const invisible = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u

const isElement = (node: ChildNode): node is Element => 'tagName' in node
const children = (node: ParentNode): ChildNode[] => node.childNodes

/** Every node under a parent, depth first. */
function* walk(node: ParentNode): Generator<ChildNode> {
  for (const child of children(node)) {
    yield child
    if ('childNodes' in child) yield* walk(child)
  }
}

/** Every `[path, value]` of the string values in a JSON value, with the key each sits under. */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value]
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key)
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* strings(v, k)
}

/** The HTML-valued properties of a graph: FAQ answers and JobPosting descriptions, with their allow-lists. */
function htmlFields(graph: unknown): Array<{ html: string; allowed: Set<string>; where: string }> {
  const found: Array<{ html: string; allowed: Set<string>; where: string }> = []
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}[${i}]`))
    else if (typeof value === 'object' && value !== null) {
      const node: Record<string, unknown> = { ...value }
      if (node['@type'] === 'Answer' && typeof node.text === 'string') found.push({ html: node.text, allowed: answerTags, where })
      if (node['@type'] === 'JobPosting' && typeof node.description === 'string')
        found.push({ html: node.description, allowed: descriptionTags, where })
      for (const [k, v] of Object.entries(node)) visit(v, `${where}.${k}`)
    }
  }
  visit(graph, '')
  return found
}

/** The two ways content reaches the export: an NDJSON export of the dataset, and Markdown articles. */
const sources = [
  { name: 'an NDJSON export', from: join(fixtures, 'input.ndjson'), pages: ['kok.jsonld', 'vacatures/kok-remote.jsonld', 'vacatures/kok-utrecht.jsonld'], htmlFields: 4 },
  { name: 'Markdown articles', from: join(fixtures, 'markdown'), pages: ['kok.jsonld', 'vacatures/kok-utrecht.jsonld'], htmlFields: 3 },
]

describe.each(sources)('hostile content in every text field of $name', (source) => {
  let run: CliRun
  let files: Record<string, string> = {}
  const pages = () => Object.keys(files).filter((path) => path.endsWith('.jsonld'))
  const snippetOf = (path: string) => files[path.replace(/\.jsonld$/, '.html')] ?? ''
  const graphOf = (path: string): unknown => JSON.parse(files[path] ?? '')

  beforeAll(async () => {
    const out = join(await tempDir('hostile'), 'jsonld')
    run = await runCli(['--from', source.from, '--out', out, ...NOW])
    files = await readTree(out)
  })

  it('exports without errors', () => {
    expect(run.stderr).toMatch(/(^|\n)Wrote 1 job profile page and \d vacanc(y|ies) \(\d files\) to .+\.\n$/)
    expect(run.stderr).not.toContain('does not validate')
    expect(run.code).toBe(0)
    expect(pages()).toEqual(source.pages)
  })

  it('makes every .html snippet exactly one script element whose text is the .jsonld', () => {
    for (const path of pages()) {
      const fragment = parseFragment(snippetOf(path))
      const elements = [...walk(fragment)].filter(isElement)
      expect(elements.map((e) => e.tagName), path).toEqual(['script'])
      const [script] = elements
      expect(script?.attrs, path).toEqual([{ name: 'type', value: 'application/ld+json' }])
      const other = children(fragment).filter((node) => !isElement(node))
      expect(other.every((node) => node.nodeName === '#text' && 'value' in node && node.value.trim() === ''), path).toBe(true)
      const text = script ? children(script).map((node) => ('value' in node ? node.value : '')).join('') : ''
      expect(JSON.parse(text), path).toEqual(graphOf(path))
    }
  })

  it('keeps a page around the snippet intact: nothing after it is swallowed', () => {
    for (const path of pages()) {
      const document = parse(`<!doctype html><html><head><title>t</title>${snippetOf(path)}</head><body><p id="after">after</p></body></html>`)
      const tags = [...walk(document)].filter(isElement).map((e) => e.tagName)
      expect(tags, path).toEqual(['html', 'head', 'title', 'script', 'body', 'p'])
    }
  })

  it('keeps only allowed tags and safe links in answers and descriptions', () => {
    let checked = 0
    for (const path of pages()) {
      for (const { html, allowed, where } of htmlFields(graphOf(path))) {
        checked += 1
        for (const node of walk(parseFragment(html))) {
          expect(node.nodeName === '#text' || (isElement(node) && allowed.has(node.tagName)), `${path}${where}: ${node.nodeName}`).toBe(true)
          if (!isElement(node)) continue
          expect(node.attrs.map((a) => a.name), `${path}${where}: <${node.tagName}>`).toEqual(node.tagName === 'a' ? ['href'] : [])
          for (const { value } of node.attrs) expect(safeSchemes.has(new URL(value).protocol), `${path}${where}: ${value}`).toBe(true)
        }
      }
    }
    expect(checked).toBe(source.htmlFields)
  })

  it('keeps the safe link of the first answer and drops every dangerous one', () => {
    const [answer] = htmlFields(graphOf('kok.jsonld'))
    const hrefs = [...walk(parseFragment(answer?.html ?? ''))].filter(isElement).flatMap((e) => e.attrs.map((a) => a.value))
    expect(new Set(hrefs)).toEqual(new Set([expect.stringMatching(/^https:\/\/www\.voorbeeld\.example\.nl\/.*%3C\/script%3E$/)]))
  })

  it('puts no javascript:, data: or vbscript: URL in any URL-valued property', () => {
    for (const path of pages()) {
      for (const [key, value] of strings(graphOf(path))) {
        if (!urlProperties.has(key)) continue
        expect(/^\s*(javascript|data|vbscript):/i.test(value), `${path} ${key}: ${value}`).toBe(false)
        if (key !== '@id') expect(['http:', 'https:'], `${path} ${key}`).toContain(new URL(value).protocol)
      }
    }
  })

  it('passes the project JSON-LD validation for every page', () => {
    for (const path of pages()) {
      const errors = validateJsonLd(graphOf(path), { docId: path, docType: 'page' }).filter((i) => i.severity === 'error')
      expect(errors, path).toEqual([])
    }
  })

  it('leaves no bidi override, zero-width or other invisible character in any output file', () => {
    for (const [path, text] of Object.entries(files)) expect(invisible.exec(text)?.[0], path).toBeUndefined()
  })

  it('escapes U+2028 and U+2029 in the snippets, where they stay as text', () => {
    for (const path of pages()) {
      expect(/[\u2028\u2029]/.test(snippetOf(path)), path).toBe(false)
      expect(snippetOf(path), path).toContain('\\u2028regel\\u2029alinea')
      expect(files[path], path).toContain('\u2028regel\u2029alinea')
    }
  })
})

describe('hostile content from an NDJSON export', () => {
  it('carries the payload in every text field of the fixture', async () => {
    // Fields that are identifiers, enums, dates, codes or URLs are validated, not free text.
    const notText = new Set(['_id', '_type', '_key', '_ref', 'current', 'style', 'listItem', 'period', 'basis', 'currency', 'country', 'language', 'iscoCode', 'shiftWork', 'datePosted', 'validThrough', 'href', 'url', 'logo', 'applyUrl', 'sameAs', 'levels', 'workplaces', 'employmentTypes', 'applicantCountries', 'marks'])
    const lines = (await readFile(join(fixtures, 'input.ndjson'), 'utf8')).trimEnd().split('\n')
    const bare: string[] = []
    for (const line of lines) {
      for (const [key, text] of strings(JSON.parse(line))) {
        if (!notText.has(key) && !(text.includes('</script>') && text.includes('\u202E') && text.includes('\u2028'))) bare.push(`${key}: ${text}`)
      }
    }
    expect(bare).toEqual([])
  })

  it('keeps what the editor wrote, minus the invisible characters', async () => {
    const out = join(await tempDir('hostile'), 'jsonld')
    expect((await runCli(['--from', join(fixtures, 'input.ndjson'), '--out', out, ...NOW])).code).toBe(0)
    const [occupation] = JSON.parse(await readFile(join(out, 'kok.jsonld'), 'utf8'))['@graph']
    expect(occupation.name).toBe(
      'Kok </script><script>alert(1)</script> <!-- <img src=x onerror=alert(1)> <a href="javascript:alert(1)">klik</a> \u2028regel\u2029alinea gnp.exe zerowidth iso mark bom ]]> &lt;b&gt;',
    )
  })
})

describe('hostile content from Markdown articles', () => {
  it('reports every piece of raw HTML it leaves out, with its position', async () => {
    const { code, stderr } = await runCli(['--from', join(fixtures, 'markdown'), '--dry-run', ...NOW])
    expect(code).toBe(0)
    const leftOut = stderr.split('\n').filter((line) => line.includes('Unexpected HTML, expected Markdown; left out'))
    expect(leftOut.length).toBeGreaterThanOrEqual(10)
  })
})
