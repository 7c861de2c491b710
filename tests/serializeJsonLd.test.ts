import fc from 'fast-check'
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import { jsonLdScriptTag, serializeJsonLd } from '../scripts/core/html/serializeJsonLd.ts'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const SCRIPT = /^<script type="application\/ld\+json">\n([\s\S]*)<\/script>\n$/

/** The JSON between the script tags, or a failed expectation. */
function scriptBody(html: string): string {
  const body = SCRIPT.exec(html)?.[1]
  expect(body, html).toBeTypeOf('string')
  return body ?? ''
}

function elements(node: Node, name: string): Element[] {
  const own = tree.isElementNode(node) && tree.getTagName(node) === name ? [node] : []
  const children = 'childNodes' in node ? node.childNodes : []
  return [...own, ...children.flatMap((child) => elements(child, name))]
}

function textOf(element: Element): string {
  return tree
    .getChildNodes(element)
    .map((child) => (tree.isTextNode(child) ? tree.getTextNodeContent(child) : ''))
    .join('')
}

const hostile = {
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  name: '</script><script>alert(1)</script>',
  description: '<!-- <script> --> ]]> <img src=x onerror=alert(1)>',
  url: 'https://example.nl/vacatures?a=1&b=2&amp;c=3',
  text: 'regel\u2028alinea\u2029 \u202Egnp.exe \u200B',
}

describe('serializeJsonLd', () => {
  it('writes 2-space indented JSON with a trailing newline, keys in build order', () => {
    expect(serializeJsonLd({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'a', b: [1, { z: 1, a: 2 }] })).toBe(
      '{\n  "@context": "https://schema.org",\n  "@type": "Occupation",\n  "name": "a",\n' +
        '  "b": [\n    1,\n    {\n      "z": 1,\n      "a": 2\n    }\n  ]\n}\n',
    )
  })

  it('leaves <, &, U+2028 and U+2029 unescaped in the .jsonld file', () => {
    expect(serializeJsonLd({ a: '<&>\u2028\u2029' })).toBe('{\n  "a": "<&>\u2028\u2029"\n}\n')
  })

  it('rejects a value that has no JSON form', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(new TypeError('Unexpected undefined value, expected a JSON value'))
  })
})

describe('jsonLdScriptTag', () => {
  it('escapes <, >, &, U+2028 and U+2029 as \\u escapes in the script body', () => {
    expect(jsonLdScriptTag(hostile)).toBe(
      '<script type="application/ld+json">\n' +
        '{\n' +
        '  "@context": "https://schema.org",\n' +
        '  "@type": "FAQPage",\n' +
        '  "name": "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",\n' +
        '  "description": "\\u003c!-- \\u003cscript\\u003e --\\u003e ]]\\u003e \\u003cimg src=x onerror=alert(1)\\u003e",\n' +
        '  "url": "https://example.nl/vacatures?a=1\\u0026b=2\\u0026amp;c=3",\n' +
        '  "text": "regel\\u2028alinea\\u2029 \u202Egnp.exe \u200B"\n' +
        '}\n' +
        '</script>\n',
    )
  })

  it('round-trips: JSON.parse of the body gives the value, with & in URLs intact', () => {
    const body = scriptBody(jsonLdScriptTag(hostile))
    expect(JSON.parse(body)).toEqual(hostile)
    expect(body).not.toMatch(/[<>&\u2028\u2029]/)
  })

  it('keeps a backslash before an escaped character a backslash', () => {
    const value = { a: '\\<\\\\>\\&' }
    expect(JSON.parse(scriptBody(jsonLdScriptTag(value)))).toEqual(value)
  })

  it('parses in an HTML parser as exactly one script element holding the JSON', () => {
    const snippet = jsonLdScriptTag(hostile)
    const document = parse(`<!doctype html><html><head>${snippet}</head><body><p>na</p></body></html>`)
    const scripts = elements(document, 'script')
    expect(scripts).toHaveLength(1)
    const [script] = scripts
    expect(script && tree.getAttrList(script)).toEqual([{ name: 'type', value: 'application/ld+json' }])
    const text = script ? textOf(script) : ''
    // Only <pre>, <textarea> and <listing> drop a newline after the start tag; a script keeps it.
    expect(text).toBe(`\n${scriptBody(snippet)}`)
    expect(JSON.parse(text)).toEqual(hostile)
    // The element after the snippet is still an element: nothing was swallowed into the script.
    expect(elements(document, 'p').map(textOf)).toEqual(['na'])
  })

  it('for any JSON value, the body parses back to the value and never contains </ or <!--', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const body = scriptBody(jsonLdScriptTag(value))
        // Compared with JSON's own round trip: fc.jsonValue may give -0, which JSON writes as 0.
        expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(value)))
        expect(body).not.toContain('</')
        expect(body).not.toContain('<!--')
      }),
    )
  })
})
