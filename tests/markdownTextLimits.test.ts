import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultLimits } from '../scripts/core/limits.ts'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

const raised = { ...defaultLimits, markdownFileBytes: 64 * 1024 * 1024 }
const front = ['---', 'organization: Voorbeeld B.V.', 'country: NL', 'language: nl', '---', '']

function importLines(lines: string[]) {
  const file = new VFile({ path: 'kok.md', value: [...front, ...lines, ''].join('\n') })
  const { documents } = markdownToDocuments(file, raised)
  const level = (fatal: boolean | null | undefined) => (fatal ? 'error' : fatal === false ? 'warning' : 'info')
  return { documents, errors: file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${level(m.fatal)} ${m.reason}`) }
}

describe('the export\'s text limit, applied at import', () => {
  it('refuses a 10 MB title at its line, before parsing it', () => {
    const { documents, errors } = importLines([`# ${'x'.repeat(10 * 1024 * 1024)}`, '', 'Een kok kookt.'])
    expect(documents).toEqual([])
    expect(errors).toEqual(['7:1 error Unexpected line of 10,485,762 characters, expected at most 100,000 (the longest text the export takes); the file is not read'])
  })

  it('refuses a title over several lines that is longer than the limit, at the heading', () => {
    const line = 'x'.repeat(60_000)
    const { documents, errors } = importLines([line, line, '===', '', 'Een kok kookt.'])
    expect(documents).toEqual([])
    expect(errors).toEqual(['7:1 error Unexpected title of 120,001 characters, expected at most 100,000 (the export refuses longer texts)'])
  })

  it('refuses a summary longer than the limit at its line, naming the document and field', () => {
    const { documents, errors } = importLines(['# Kok', '', ...Array.from({ length: 120 }, () => `Een kok kookt ${'lekker '.repeat(140)}`)])
    expect(documents).toEqual([])
    expect(errors).toEqual(['9:1 error jobProfile → jobProfile.kok: summary: Unexpected text of 119,279 characters, expected at most 100,000 (the export refuses longer texts)'])
  })

  it('imports a text of exactly the limit', () => {
    const { documents, errors } = importLines(['# Kok', '', `Een ${'k'.repeat(100_000 - 4)}`])
    expect(errors).toEqual([])
    expect(documents.map((doc) => doc.value._id)).toEqual(['jobProfile.kok', 'organization.voorbeeld-b-v'])
  })
})
