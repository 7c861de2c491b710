import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { mdastToPortableText } from '../scripts/import/lib/mdastToPortableText.ts'

function convert(markdown: string, allowTables = true) {
  const file = new VFile({ path: 'x.md', value: markdown })
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file)
  const blocks = mdastToPortableText(tree.children, { file, docId: 'jobProfile.x', fieldPath: ['body'], allowTables })
  // Keys are checked separately; here the shape.
  const shape = JSON.parse(JSON.stringify(blocks, (key, value: unknown) => (key === '_key' ? undefined : value)))
  return { blocks, shape, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

const span = (text: string, marks: string[] = []) => ({ _type: 'span', text, marks })

describe('mdastToPortableText', () => {
  it('converts paragraphs with strong, emphasis, code and a link', () => {
    const { shape } = convert('Een **vet** en *schuin* woord, `code` en [een link](https://example.nl).')
    expect(shape).toEqual([
      {
        _type: 'block',
        style: 'normal',
        children: [span('Een '), span('vet', ['strong']), span(' en '), span('schuin', ['em']), span(' woord, '), span('code', ['code']), span(' en '), { ...span('een link'), marks: [expect.any(String)] }, span('.')],
        markDefs: [{ _type: 'link', href: 'https://example.nl' }],
      },
    ])
    const [block] = convert('Een [link](https://example.nl).').blocks
    if (block?._type !== 'block') throw new Error('expected a block')
    expect(block.children[1]?.marks).toEqual([block.markDefs?.[0]?._key])
  })

  it('converts headings, nested bullet and numbered lists and quotes', () => {
    const { shape } = convert('## Kop\n\n### Sub\n\n- een\n  - twee\n\n1. eerste\n\n> citaat')
    expect(shape).toEqual([
      { _type: 'block', style: 'h2', children: [span('Kop')], markDefs: [] },
      { _type: 'block', style: 'h3', children: [span('Sub')], markDefs: [] },
      { _type: 'block', style: 'normal', listItem: 'bullet', level: 1, children: [span('een')], markDefs: [] },
      { _type: 'block', style: 'normal', listItem: 'bullet', level: 2, children: [span('twee')], markDefs: [] },
      { _type: 'block', style: 'normal', listItem: 'number', level: 1, children: [span('eerste')], markDefs: [] },
      { _type: 'block', style: 'blockquote', children: [span('citaat')], markDefs: [] },
    ])
  })

  it('keeps a GFM table as a table block of plain-text cells', () => {
    const { shape } = convert('| Niveau | Uurloon |\n| --- | --- |\n| Junior | € 14,50 |')
    expect(shape).toEqual([
      {
        _type: 'jobldTable',
        rows: [
          { _type: 'jobldTableRow', cells: ['Niveau', 'Uurloon'] },
          { _type: 'jobldTableRow', cells: ['Junior', '€ 14,50'] },
        ],
      },
    ])
  })

  it('reports what it leaves out at its line and column', () => {
    const { shape, messages } = convert('<p>html</p>\n\n![foto](a.png)\n\n---\n\n| a |\n| - |\n| b |', false)
    expect(shape).toEqual([])
    expect(messages).toEqual([
      '1:1 Unexpected HTML, expected Markdown; left out',
      '3:1 Unexpected image, expected text; left out',
      '5:1 Unexpected thematic break, expected text; left out',
      '7:1 Unexpected table, expected paragraphs or lists; left out',
    ])
  })

  it('gives every block, span and mark a key derived from the document, field and position', () => {
    const a = convert('Een [link](https://example.nl).\n\nTwee').blocks
    const b = convert('Een [link](https://example.nl).\n\nTwee').blocks
    expect(a).toEqual(b)
    const keys = JSON.stringify(a).match(/"_key":"[0-9a-f]{12}"/g) ?? []
    expect(keys).toHaveLength(2 + 4 + 1)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
