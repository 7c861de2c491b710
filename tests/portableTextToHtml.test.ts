import { describe, expect, it } from 'vitest'
import type { Block, PortableText } from '../scripts/core/model/portableText.ts'
import { portableTextToHtml } from '../scripts/core/html/portableTextToHtml.ts'
import { sanitizeAnswerHtml, sanitizeDescriptionHtml } from './support/sanitizeHtml.ts'

type Span = Block['children'][number]

function span(text: string, marks: string[] = []): Span {
  return { _type: 'span', _key: `s${text.length}`, text, marks }
}

function block(children: Span[] | string, extra: Partial<Omit<Block, '_type' | 'children'>> = {}): Block {
  return {
    _type: 'block',
    _key: 'b',
    style: 'normal',
    markDefs: [],
    children: typeof children === 'string' ? [span(children)] : children,
    ...extra,
  }
}

function linked(href: string, text = 'vacatures'): Block {
  return block([span('Bekijk de '), span(text, ['l1']), span('.')], {
    markDefs: [{ _type: 'link', _key: 'l1', href }],
  })
}

const salaryTable: PortableText[number] = {
  _type: 'jobldTable',
  _key: 't',
  rows: [
    { _type: 'jobldTableRow', _key: 'r0', cells: ['Niveau', 'Uurloon', 'Maandsalaris'] },
    { _type: 'jobldTableRow', _key: 'r1', cells: ['Junior', '€ 14,50', '€ 2.450'] },
    { _type: 'jobldTableRow', _key: 'r2', cells: ['Senior', '', '€ 3.100'] },
  ],
}

describe('portableTextToHtml', () => {
  it('renders paragraphs, h2–h4 and a blockquote holding a paragraph', () => {
    const html = portableTextToHtml([
      block('Salaris', { style: 'h2' }),
      block('Per niveau', { style: 'h3' }),
      block('Junior', { style: 'h4' }),
      block('Tekst'),
      block('Citaat', { style: 'blockquote' }),
      block('Zonder stijl', { style: undefined }),
    ])
    expect(html).toBe(
      '<h2>Salaris</h2><h3>Per niveau</h3><h4>Junior</h4><p>Tekst</p>' +
        '<blockquote><p>Citaat</p></blockquote><p>Zonder stijl</p>',
    )
  })

  it('groups bullet and number list items into nested lists', () => {
    const html = portableTextToHtml([
      block('Taken', { listItem: 'bullet', level: 1 }),
      block('Telefoon', { listItem: 'bullet', level: 2 }),
      block('Chat', { listItem: 'bullet', level: 2 }),
      block('Stappen', { listItem: 'number', level: 1 }),
    ])
    expect(html).toBe('<ul><li>Taken<ul><li>Telefoon</li><li>Chat</li></ul></li></ul><ol><li>Stappen</li></ol>')
  })

  it('renders strong and em, and only the text of other decorators', () => {
    const html = portableTextToHtml([
      block([span('vet', ['strong']), span(' schuin', ['em']), span(' code', ['code']), span(' onder', ['underline', 'x'])]),
    ])
    expect(html).toBe('<p><strong>vet</strong><em> schuin</em> code onder</p>')
  })

  it('renders http, https, mailto and tel links with a normalised href', () => {
    expect(portableTextToHtml([linked('HTTPS://Example.nl/vacatures?a=1&b=2')])).toBe(
      '<p>Bekijk de <a href="https://example.nl/vacatures?a=1&amp;b=2">vacatures</a>.</p>',
    )
    expect(portableTextToHtml([linked('mailto:werk@example.nl')])).toBe(
      '<p>Bekijk de <a href="mailto:werk@example.nl">vacatures</a>.</p>',
    )
    expect(portableTextToHtml([linked('tel:+31201234567')])).toBe('<p>Bekijk de <a href="tel:+31201234567">vacatures</a>.</p>')
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/vacatures',
    '#salaris',
    '',
  ])('drops the link but keeps its text for href %j', (href) => {
    expect(portableTextToHtml([linked(href)])).toBe('<p>Bekijk de vacatures.</p>')
  })

  it('resolves relative links against baseUrl', () => {
    expect(portableTextToHtml([linked('/vacatures?q=klant')], { baseUrl: 'https://example.nl/beroepen/' })).toBe(
      '<p>Bekijk de <a href="https://example.nl/vacatures?q=klant">vacatures</a>.</p>',
    )
  })

  it('still drops javascript: links when a baseUrl is given', () => {
    expect(portableTextToHtml([linked('javascript:alert(1)')], { baseUrl: 'https://example.nl/' })).toBe(
      '<p>Bekijk de vacatures.</p>',
    )
  })

  it('rejects a relative baseUrl', () => {
    expect(() => portableTextToHtml([], { baseUrl: '/beroepen' })).toThrow(
      new TypeError('Unexpected baseUrl "/beroepen", expected an absolute URL'),
    )
  })

  it('keeps the text of a link decorator that has no mark definition', () => {
    expect(portableTextToHtml([block([span('los', ['link'])])])).toBe('<p>los</p>')
  })

  it('escapes markup in text so that it stays text', () => {
    const html = portableTextToHtml([block('</script><!-- <img src=x onerror=alert(1)> & "q"')])
    expect(html).toBe('<p>&lt;/script&gt;&lt;!-- &lt;img src=x onerror=alert(1)&gt; &amp; "q"</p>')
  })

  it('cleans text: RLO and zero-width characters go, block ends are trimmed across spans', () => {
    const html = portableTextToHtml([block([span(' \u200B'), span('  klant\u202Eservice  ', ['strong']), span(' \u200Bteam\uFEFF ')])])
    expect(html).toBe('<p><strong>klantservice  </strong> team</p>')
  })

  it('renders newlines inside a span as line breaks', () => {
    expect(portableTextToHtml([block('regel een\nregel twee\r\n')])).toBe('<p>regel een<br />regel twee</p>')
  })

  it('leaves out blocks and list items that are empty after cleaning', () => {
    const html = portableTextToHtml([
      block('Eerste'),
      block([span(' '), span('\u200B')]),
      block([]),
      block('a', { listItem: 'bullet', level: 1 }),
      block(' ', { listItem: 'bullet', level: 1 }),
      block('b', { listItem: 'bullet', level: 1 }),
    ])
    expect(html).toBe('<p>Eerste</p><ul><li>a</li><li>b</li></ul>')
  })

  it('renders a table as paragraphs of header: cell pairs by default', () => {
    expect(portableTextToHtml([block('Salaris'), salaryTable, block('Let op')])).toBe(
      '<p>Salaris</p>' +
        '<p>Niveau: Junior; Uurloon: € 14,50; Maandsalaris: € 2.450</p>' +
        '<p>Niveau: Senior; Maandsalaris: € 3.100</p>' +
        '<p>Let op</p>',
    )
  })

  it('renders a table as <table> with a header row when asked', () => {
    expect(portableTextToHtml([salaryTable], { tables: 'table' })).toBe(
      '<table><thead><tr><th>Niveau</th><th>Uurloon</th><th>Maandsalaris</th></tr></thead>' +
        '<tbody><tr><td>Junior</td><td>€ 14,50</td><td>€ 2.450</td></tr>' +
        '<tr><td>Senior</td><td></td><td>€ 3.100</td></tr></tbody></table>',
    )
  })

  it('cleans and escapes table cells', () => {
    const table: PortableText[number] = {
      _type: 'jobldTable',
      _key: 't',
      rows: [{ _type: 'jobldTableRow', _key: 'r0', cells: [' <b>\u202E ', 'a & b'] }],
    }
    expect(portableTextToHtml([table])).toBe('<p>&lt;b&gt;; a &amp; b</p>')
    expect(portableTextToHtml([table], { tables: 'table' })).toBe(
      '<table><thead><tr><th>&lt;b&gt;</th><th>a &amp; b</th></tr></thead></table>',
    )
  })

  it('keeps list items apart from a table between them', () => {
    const html = portableTextToHtml([
      block('a', { listItem: 'bullet', level: 1 }),
      salaryTable,
      block('b', { listItem: 'bullet', level: 1 }),
    ])
    expect(html).toBe(
      '<ul><li>a</li></ul><p>Niveau: Junior; Uurloon: € 14,50; Maandsalaris: € 2.450</p>' +
        '<p>Niveau: Senior; Maandsalaris: € 3.100</p><ul><li>b</li></ul>',
    )
  })

  it('produces HTML that the answer and description sanitizers leave unchanged', () => {
    const html = portableTextToHtml([
      block('Salaris', { style: 'h2' }),
      block([span('Tot '), span('€ 3.100', ['strong']), span(' per maand', ['em']), span('\nbruto & "netto"')]),
      linked('https://example.nl/a?b=1&c=<d>'),
      block('Taken', { listItem: 'bullet', level: 1 }),
      block('Telefoon', { listItem: 'number', level: 2 }),
      salaryTable,
    ])
    expect(sanitizeAnswerHtml(html)).toBe(html)
    expect(sanitizeDescriptionHtml(html)).toBe(html)
  })
})
