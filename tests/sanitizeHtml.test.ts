import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sanitizeAnswerHtml, sanitizeDescriptionHtml } from './support/sanitizeHtml.ts'

const sanitizers = [
  ['sanitizeAnswerHtml', sanitizeAnswerHtml, 'h[1-6]|ol|ul|li|a|p|div|b|strong|i|em'],
  ['sanitizeDescriptionHtml', sanitizeDescriptionHtml, 'h[2-4]|ol|ul|li|a|p|b|strong|i|em'],
] as const

describe.each(sanitizers)('%s', (_name, sanitize, tagNames) => {
  it('removes an img with an onerror handler', () => {
    expect(sanitize('<p>a <img src=x onerror=alert(1)> b</p>')).toBe('<p>a  b</p>')
  })

  it('removes script and style elements with their content, and comments', () => {
    expect(sanitize('<p>a</p><script>alert(1)</script><style>p{color:red}</style><!-- <b>x</b> --><p>b</p>')).toBe(
      '<p>a</p><p>b</p>',
    )
  })

  it('keeps text that tries to close a script or open a comment as escaped text', () => {
    expect(sanitize('<p>&lt;/script&gt;&lt;!--</p>')).toBe('<p>&lt;/script&gt;&lt;!--</p>')
  })

  it('removes on* handlers, style, class, id and target attributes', () => {
    expect(
      sanitize('<p style="color:red" class="x" id="y" onclick="alert(1)">a <a href="https://example.nl" target="_blank" rel="x" onmouseover="alert(1)">b</a></p>'),
    ).toBe('<p>a <a href="https://example.nl/">b</a></p>')
  })

  it.each([
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JAVASCRIPT:alert(1)">klik</a>',
    '<a href="jav&#x61;script:alert(1)">klik</a>',
    '<a href="jav&#x09;ascript:alert(1)">klik</a>',
    '<a href=" &#14; javascript:alert(1)">klik</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
    '<a href="vbscript:msgbox(1)">klik</a>',
    '<a href="//evil.example/x">klik</a>',
    '<a href="/vacatures">klik</a>',
    '<a href="#salaris">klik</a>',
    '<a>klik</a>',
    '<A HREF="JavaScript:alert(1)">klik</A>',
  ])('drops the link but keeps its text in %s', (html) => {
    expect(sanitize(`<p>${html}</p>`)).toBe('<p>klik</p>')
  })

  it('keeps http, https, mailto and tel links, normalised and with & escaped', () => {
    expect(
      sanitize(
        '<a href="HTTP://Example.nl">a</a><a href="https://example.nl/?a=1&amp;b=2">b</a>' +
          '<a href="mailto:werk@example.nl">c</a><a href="tel:+31201234567">d</a>',
      ),
    ).toBe(
      '<a href="http://example.nl/">a</a><a href="https://example.nl/?a=1&amp;b=2">b</a>' +
        '<a href="mailto:werk@example.nl">c</a><a href="tel:+31201234567">d</a>',
    )
  })

  it('keeps lists, line breaks and emphasis', () => {
    expect(sanitize('<ul><li><strong>a</strong></li><li><em>b</em><br>c</li></ul><ol><li><b>d</b> <i>e</i></li></ol>')).toBe(
      '<ul><li><strong>a</strong></li><li><em>b</em><br />c</li></ul><ol><li><b>d</b> <i>e</i></li></ol>',
    )
  })

  it('removes tables, spans and blockquotes but keeps their text', () => {
    expect(sanitize('<table><tr><td>a</td></tr></table><blockquote><p>b</p></blockquote><span>c</span>')).toBe('a<p>b</p>c')
  })

  it('removes RLO, zero-width characters and controls from text, also when entity-encoded', () => {
    expect(sanitize('<p>klant\u202Eservice\u200B&#x202E;&#8203;&#xFEFF;\u0007team</p>')).toBe('<p>klantserviceteam</p>')
  })

  it('keeps U+2028 and U+2029 in text', () => {
    expect(sanitize('<p>a\u2028b&#x2029;c</p>')).toBe('<p>a\u2028b\u2029c</p>')
  })

  it('composes a combining mark split from its base by an entity reference', () => {
    expect(sanitize('<p>e&#x301;</p>')).toBe('<p>\u00e9</p>')
  })

  it('outputs only allowed tags, and only safe hrefs, for arbitrary tag soup', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<a href="https://example.nl/?a=1&b=2">', '<a href="javascript:x">', '<a href="/x">', '</a>',
        '<br>', '<ul>', '<li>', '</li>', '<script>', '</script>', '<!--', '-->', '<img src=x onerror=alert(1)>',
        '&amp;', '&#x202E;', '<', '>', '"', '<table>', '<td>', '<div>', '<h2>', '<em onclick=x>', '<b>', '\u0301', '\u200B',
      ),
      fc.string({ unit: 'binary', maxLength: 5 }),
    )
    const allowedTag = new RegExp(`^(?:</?(?:${tagNames})>|<br />|<a href="(?:https?|mailto|tel):[^"<>]*">)$`)
    fc.assert(
      fc.property(fc.array(token, { maxLength: 20 }), (tokens) => {
        const tags = sanitize(tokens.join('')).match(/<[^>]*>?/g) ?? []
        expect(tags.filter((tag) => !allowedTag.test(tag))).toEqual([])
      }),
    )
  })

  it('closes the element after a dropped link with its own end tag', () => {
    expect(sanitize('<a href="javascript:x">x</a><p>y</p>')).toBe('x<p>y</p>')
  })
})

describe('sanitizeAnswerHtml', () => {
  it('keeps h1–h6 and div, which Google allows in FAQ answers', () => {
    expect(sanitizeAnswerHtml('<h1>a</h1><h5>b</h5><h6>c</h6><div>d</div>')).toBe('<h1>a</h1><h5>b</h5><h6>c</h6><div>d</div>')
  })
})

describe('sanitizeDescriptionHtml', () => {
  it('keeps h2–h4 but removes h1, h5, h6 and div, keeping their text', () => {
    expect(sanitizeDescriptionHtml('<h1>a</h1><h2>b</h2><h4>c</h4><h5>d</h5><div>e</div>')).toBe('a<h2>b</h2><h4>c</h4>de')
  })
})
