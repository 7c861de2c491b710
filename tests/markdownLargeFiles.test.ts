import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdownText } from '../scripts/import/lib/parseMarkdownText.ts'

const run = promisify(execFile)

// Positions that a large file's tree goes without (nothing points at them): inline nodes without messages, and table cells.
const unreported = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break'])
function withoutUnusedPositions(tree: Nodes): Nodes {
  const visit = (node: Nodes, inCell: boolean) => {
    if (inCell || node.type === 'tableCell' || unreported.has(node.type)) delete node.position
    if ('children' in node) for (const child of node.children) visit(child, inCell || node.type === 'tableCell')
  }
  visit(tree, false)
  return tree
}
const whole = (text: string) => withoutUnusedPositions(parseMarkdownText(text, { wholeUpTo: Number.POSITIVE_INFINITY, pieceSize: 1, rowsBeforeHandReading: 1 }))
const inPieces = (text: string, pieceSize: number, rowsBeforeHandReading: number) =>
  withoutUnusedPositions(parseMarkdownText(text, { wholeUpTo: 0, pieceSize, rowsBeforeHandReading }))

/** A text with every block that a cut could break: tables (plain rows, marked-up rows, ragged rows), paragraphs, lists, quotes, fences, raw HTML, a setext heading with a pipe. */
function mixedText(): string {
  const lines = ['---', 'organization: X', '---', '', '# Titel', '', 'Intro.', '', '| a | b |', '| - | - |']
  for (let i = 0; i < 30; i++) lines.push(`| ${i} | € ${i} |`)
  lines.push('| **vet** | x |', '| 1 |', '|  2  | 3 | 4 |', '  | x | y |   ', '| a |  |', '| zonder | slot', 'regel zonder pipe', '# Kop', '')
  lines.push('| c | d | e |', '|:-|-:|:-:|')
  for (let i = 0; i < 25; i++) lines.push(`|${i}|${i}|${i}|`)
  lines.push('> citaat direct na de tabel', '', 'Een alinea')
  for (let i = 0; i < 30; i++) lines.push(`met regel ${i} en *nadruk ${i}* en [link](https://voorbeeld.nl/${i})`)
  lines.push('', '- een', '- twee')
  for (let i = 0; i < 30; i++) lines.push(`- punt ${i} met **vet**`)
  lines.push('', '> citaat')
  for (let i = 0; i < 20; i++) lines.push(`> citaat ${i}`)
  lines.push('', '```', '| geen | tabel |', '', '| nog | steeds code |', '```', '', '<!-- commentaar', '', 'nog commentaar -->', '', 'a | b', '---', '', '1. een')
  for (let i = 0; i < 20; i++) lines.push(`${i + 2}. punt ${i}`)
  return `${lines.join('\n')}\n`
}

describe('parseMarkdownText, large files in pieces', () => {
  it.each([
    [40, 2],
    [100, 5],
    [300, 0],
  ])('gives the tree of the whole text when cut every %i characters, reading rows by hand after %i', (pieceSize, rows) => {
    const text = mixedText()
    expect(inPieces(text, pieceSize, rows)).toEqual(whole(text))
  })

  it('gives the tree of the whole text for the seed and every article fixture, cut small', () => {
    const root = 'tests/fixtures/articles'
    const fixtures = readdirSync(root).map((name) => join(root, name, 'input.md')).filter((path) => existsSync(path) && !path.includes('invalid-utf8'))
    for (const path of ['content/articles/customer-service-medewerker.md', ...fixtures]) {
      const text = readFileSync(path, 'utf8')
      expect(inPieces(text, 60, 3), path).toEqual(whole(text))
    }
  })

  it('imports a generated 10^5-row table of 3.5 MB in one process within 600 MB, every row in the body', async () => {
    const { stdout } = await run(join('node_modules', '.bin', 'tsx'), [join('tests', 'support', 'importLargeTable.ts'), '100000'], { maxBuffer: 1 << 20 })
    const result = JSON.parse(stdout)
    expect(result).toMatchObject({ documents: 2, tableRows: 100_001, errors: [] })
    expect(result.bytes).toBeGreaterThan(3_400_000)
    expect(result.maxRssMb).toBeLessThan(600)
  }, 60_000)

  it('imports a table as long as markdownTableRows allows (200,000 rows; appending them with push(...rows) overflowed the stack)', async () => {
    const { stdout } = await run(join('node_modules', '.bin', 'tsx'), [join('tests', 'support', 'importLargeTable.ts'), '200000'], { maxBuffer: 1 << 20 })
    expect(JSON.parse(stdout)).toMatchObject({ documents: 2, tableRows: 200_001, errors: [] })
  }, 120_000)
})
