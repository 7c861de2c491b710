import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultLimits } from '../scripts/lib/limits.ts'
import { markdownToDocuments } from '../scripts/lib/markdown/markdownToDocuments.ts'

const raised = { ...defaultLimits, markdownFileBytes: 64 * 1024 * 1024 }
const front = ['---', 'organization: Voorbeeld B.V.', 'country: NL', 'language: nl', '---', '']

function importLines(lines: string[]) {
  const file = new VFile({ path: 'kok.md', value: [...front, ...lines, ''].join('\n') })
  const { documents } = markdownToDocuments(file, raised)
  const level = (fatal: boolean | null | undefined) => (fatal ? 'error' : fatal === false ? 'warning' : 'info')
  return { documents, errors: file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${level(m.fatal)} ${m.reason}`) }
}

describe('the export\'s text limit, applied at import', () => {
  it('refuses a 10 MB title at its line, before deriving anything from it', () => {
    const started = performance.now()
    const { documents, errors } = importLines([`# ${'x'.repeat(10 * 1024 * 1024)}`, '', 'Een kok kookt.'])
    expect(documents).toEqual([])
    expect(errors).toEqual(['7:1 error Unexpected title of 10,485,760 characters, expected at most 100,000 (the export refuses longer texts)'])
    expect(performance.now() - started).toBeLessThan(30_000)
  }, 60_000)

  it('refuses a question longer than the limit at its line, naming the document and field', () => {
    const { documents, errors } = importLines(['# Kok', '', 'Een kok kookt.', '', '## Veelgestelde vragen', '', `### ${'Waarom '.repeat(20_000)}?`, '', 'Daarom.'])
    expect(documents).toEqual([])
    expect(errors).toEqual(['13:1 error faqEntry → faqEntry.kok.1: question: Unexpected text of 140,001 characters, expected at most 100,000 (the export refuses longer texts)'])
  })

  it('imports a text of exactly the limit', () => {
    const { documents, errors } = importLines(['# Kok', '', `Een ${'k'.repeat(100_000 - 4)}`])
    expect(errors).toEqual([])
    expect(documents.map((doc) => doc.value._id)).toEqual(['jobProfile.kok', 'organization.voorbeeld-b-v'])
  })
})
