import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'
import type { Block } from '../scripts/core/model/portableText.ts'

const isBlock = (value: unknown): value is Block => typeof value === 'object' && value !== null && '_type' in value && value._type === 'block'
const blockText = (blocks: unknown): string[] => (Array.isArray(blocks) ? blocks.filter(isBlock).map((b) => b.children.map((c) => c.text).join('')) : [])

/** Imports an article whose text after the summary is `lines`; its questions with their answers' blocks, the body's text and the FAQ messages. */
function faq(lines: string[], language: 'nl' | 'en' = 'nl') {
  const text = ['---', 'organization: X', `country: ${language === 'nl' ? 'NL' : 'GB'}`, `language: ${language}`, '---', '', '# Lasser', '', 'Een lasser last.', '', ...lines, ''].join('\n')
  const file = new VFile({ path: 'lasser.md', value: text })
  const { documents } = markdownToDocuments(file)
  const entries = documents
    .filter((doc) => doc.value._type === 'faqEntry')
    .map((doc) => [String(doc.value.question), ...blockText(doc.value.answer)])
  const profile = documents.find((doc) => doc.value._type === 'jobProfile')?.value
  const messages = file.messages.filter((m) => m.ruleId?.startsWith('faq')).map((m) => `${m.line}:${m.column} ${m.reason}`)
  return { entries, body: blockText(profile?.body), messages }
}

describe('questions and answers in any markup', () => {
  const expected = [
    ['Hoe word je lasser?', 'Met een mbo-opleiding.'],
    ['Is het zwaar?', 'Soms wel.'],
  ]
  it.each([
    ['headings under the FAQ heading', ['## Veelgestelde vragen', '', '### Hoe word je lasser?', '', 'Met een mbo-opleiding.', '', '### Is het zwaar?', '', 'Soms wel.']],
    ['headings two levels down', ['## FAQ', '', '#### Hoe word je lasser?', '', 'Met een mbo-opleiding.', '', '#### Is het zwaar?', '', 'Soms wel.']],
    ['headings at the FAQ heading\'s own level', ['## Vragen en antwoorden', '', '## Hoe word je lasser?', '', 'Met een mbo-opleiding.', '', '## Is het zwaar?', '', 'Soms wel.']],
    ['a FAQ heading at the title\'s level', ['# Veelgestelde vragen', '', '## Hoe word je lasser?', '', 'Met een mbo-opleiding.', '', '## Is het zwaar?', '', 'Soms wel.']],
    ['a FAQ heading written as a bold line', ['**Meest gestelde vragen**', '', '### Hoe word je lasser?', '', 'Met een mbo-opleiding.', '', '### Is het zwaar?', '', 'Soms wel.']],
    ['bold questions', ['## FAQ', '', '**Hoe word je lasser?**', '', 'Met een mbo-opleiding.', '', '*Is het zwaar?*', '', 'Soms wel.']],
    ['a bold lead with the answer after it', ['## FAQ', '', '**Hoe word je lasser?** Met een mbo-opleiding.', '', '**Is het zwaar?**', 'Soms wel.']],
    ['bullet items', ['## FAQ', '', '- **Hoe word je lasser?** Met een mbo-opleiding.', '- **Is het zwaar?** Soms wel.']],
    ['numbered items', ['## FAQ', '', '1. Hoe word je lasser?', '', '   Met een mbo-opleiding.', '', '2. Is het zwaar?', '', '   Soms wel.']],
    ['<details> on one line', ['## FAQ', '', '<details><summary>Hoe word je lasser?</summary><p>Met een mbo-opleiding.</p></details>', '', '<details><summary>Is het zwaar?</summary>Soms wel.</details>']],
    ['<details> over several lines with Markdown inside', ['## FAQ', '', '<details>', '<summary>Hoe word je lasser?</summary>', '', 'Met een mbo-opleiding.', '', '</details>', '', '<details>', '<summary>Is het zwaar?</summary>', '', 'Soms wel.', '', '</details>']],
    ['an HTML definition list', ['## FAQ', '', '<dl>', '  <dt>Hoe word je lasser?</dt>', '  <dd>Met een mbo-opleiding.</dd>', '  <dt>Is het zwaar?</dt>', '  <dd>Soms wel.</dd>', '</dl>']],
    ['a Markdown definition list', ['## FAQ', '', 'Hoe word je lasser?', ': Met een mbo-opleiding.', '', 'Is het zwaar?', ': Soms wel.']],
    ['V: and A: labels', ['## FAQ', '', '**V:** Hoe word je lasser?', '**A:** Met een mbo-opleiding.', '', '**Vraag: Is het zwaar?**', '', 'Antwoord: Soms wel.']],
    ['HTML headings', ['## FAQ', '', '<h3>Hoe word je lasser?</h3>', '<p>Met een mbo-opleiding.</p>', '<h3>Is het zwaar?</h3>', '<p>Soms wel.</p>']],
    ['bold questions under a heading that does not say FAQ', ['## Goed om te weten', '', '**Hoe word je lasser?**', '', 'Met een mbo-opleiding.', '', '**Is het zwaar?**', '', 'Soms wel.']],
  ])('reads %s', (_, lines) => {
    const read = faq(lines)
    expect(read.entries).toEqual(expected)
    expect(read.messages).toEqual([])
  })

  it('keeps an answer of several paragraphs and a list, and a section after the FAQ in the body', () => {
    const read = faq(['## FAQ', '', '**Hoe word je lasser?**', '', 'Met een mbo-opleiding.', '', '- of een cursus', '', '## Vacatures', '', 'Bekijk onze vacatures.'])
    expect(read.entries).toEqual([['Hoe word je lasser?', 'Met een mbo-opleiding.', 'of een cursus']])
    expect(read.body).toEqual(['Vacatures', 'Bekijk onze vacatures.'])
  })

  it('keeps question headings that are the article\'s own sections out of the FAQ', () => {
    const read = faq(['## Wat doet een lasser?', '', 'Hij last.', '', '## Hoe word je lasser?', '', 'Met een mbo-opleiding.'])
    expect(read.entries).toEqual([])
    expect(read.body).toEqual(['Wat doet een lasser?', 'Hij last.', 'Hoe word je lasser?', 'Met een mbo-opleiding.'])
  })

  it('reads no question from a table of contents, and no single question under a heading that does not say FAQ', () => {
    expect(faq(['**Inhoud**', '', '- [Hoe word je lasser?](#hoe)', '- [Is het zwaar?](#zwaar)', '', '## FAQ', '', '**Hoe word je lasser?**', '', 'Met een mbo-opleiding.']).entries).toEqual([
      ['Hoe word je lasser?', 'Met een mbo-opleiding.'],
    ])
    expect(faq(['## Goed om te weten', '', '**Hoe word je lasser?**', '', 'Met een mbo-opleiding.']).entries).toEqual([])
  })

  it('ends the FAQ before a question heading whose text holds a table: that is a section', () => {
    const read = faq(['## FAQ', '', '## Is het zwaar?', '', 'Soms wel.', '', '## Wat verdient een lasser?', '', '| Niveau | Per maand |', '| --- | --- |', '| Junior | € 2.400 |'])
    expect(read.entries).toEqual([['Is het zwaar?', 'Soms wel.']])
  })

  it('reports a question without answer and a FAQ heading without questions, at their lines', () => {
    expect(faq(['## FAQ', '', '### Hoe word je lasser?', '', '### Is het zwaar?', '', 'Soms wel.']).messages).toEqual([
      '13:1 Unexpected question "Hoe word je lasser?" without answer, expected a paragraph or list after it; left out',
    ])
    expect(faq(['## Veelgestelde vragen', '', 'Die volgen nog.']).messages).toEqual([
      '11:1 Unexpected FAQ section "Veelgestelde vragen" without questions, expected questions ending in "?" (headings, bold lines, list items, <details>); kept in body only',
    ])
  })
})
