import type { RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { liftHtml } from '../scripts/import/lib/html/liftHtml.ts'
import { parseMarkdownText } from '../scripts/import/lib/parseMarkdownText.ts'
import { plainText } from '../scripts/import/lib/plainText.ts'

/** The blocks of Markdown after HTML is read, as type, line and text (tables as rows of cells). */
function lifted(markdown: string): unknown[] {
  const show = (node: RootContent): unknown => {
    const line = node.position?.start.line
    if (node.type === 'table') return ['table', line, node.children.map((row) => [row.position?.start.line, ...row.children.map((cell) => plainText(cell))])]
    if (node.type === 'list') return ['list', line, node.children.map((item) => item.children.map((child) => `${child.type === 'paragraph' && child.children[0]?.type === 'strong' ? '**' : ''}${plainText(child)}`))]
    if (node.type === 'heading') return [`h${node.depth}`, line, plainText(node)]
    return [node.type, line, node.type === 'html' ? node.value : plainText(node)]
  }
  return liftHtml(parseMarkdownText(markdown).children).map(show)
}

describe('HTML in Markdown, read as the Markdown it stands for', () => {
  it('reads a table with entities, a row header, and cells spanning columns and rows', () => {
    const html = [
      '<table class="loon">',
      '  <thead><tr><th>Niveau</th><th colspan="2">Bruto</th></tr></thead>',
      '  <tbody>',
      '    <tr><th scope="row">Junior</th><td>&euro;&nbsp;2.450</td><td rowspan="2">&euro; 14,50</td></tr>',
      '    <tr><td>Senior</td><td>€ 3.100</td></tr>',
      '  </tbody>',
      '</table>',
    ].join('\n')
    expect(lifted(html)).toEqual([
      [
        'table',
        1,
        [
          [2, 'Niveau', 'Bruto', 'Bruto'],
          [4, 'Junior', '€ 2.450', '€ 14,50'],
          [5, 'Senior', '€ 3.100', '€ 14,50'],
        ],
      ],
    ])
  })

  it('reads <details> and definition lists as list items with a bold first line, and headings and paragraphs as such', () => {
    expect(lifted('<details><summary>Q?</summary><p>A.</p></details>\n\n<dl><dt>Junior</dt><dd>€ 2.450</dd></dl>\n\n<h3>Titel</h3>\n<p>Tekst met <b>nadruk</b>.</p>')).toEqual([
      ['list', 1, [['**Q?', 'A.']]],
      ['list', 3, [['**Junior', '€ 2.450']]],
      ['h3', 5, 'Titel'],
      ['paragraph', 6, 'Tekst met nadruk.'],
    ])
  })

  it('reads the Markdown between an opening and a closing HTML block as the element\'s content', () => {
    expect(lifted('<details>\n<summary>Q?</summary>\n\nHet **antwoord**.\n\n- een lijst\n\n</details>\n\nDaarna.')).toEqual([
      ['list', 1, [['**Q?', 'Het antwoord.', 'een lijst']]],
      ['paragraph', 10, 'Daarna.'],
    ])
  })

  it('leaves out scripts and images, and leaves HTML without readable blocks as it is', () => {
    expect(lifted('<div><script>x()</script><img src="a.png"><p>Tekst.</p></div>\n\n<!-- opmerking -->\n\n<br>')).toEqual([
      ['paragraph', 1, 'Tekst.'],
      ['html', 3, '<!-- opmerking -->'],
      ['html', 5, '<br>'],
    ])
  })

  it('reads an element that is never closed as a browser does: up to the end of its block', () => {
    expect(lifted('<details><summary>Q?</summary>\n\nTekst.')).toEqual([
      ['list', 1, [['**Q?']]],
      ['paragraph', 3, 'Tekst.'],
    ])
  })
})
