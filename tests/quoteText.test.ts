import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'
import { documentRules } from '../scripts/core/rules/layers/documentRules.ts'
import { checkTierLadder } from '../scripts/core/rules/lib/checkTierLadder.ts'
import { formatViolation } from '../scripts/core/rules/formatViolation.ts'
import { describeValue } from '../scripts/core/validate/describeValue.ts'
import { quoteText } from '../scripts/core/messages/quoteText.ts'

const mega = 'Hoeveel verdien je '.repeat(60_000)

describe('quoteText', () => {
  it('quotes a short text whole', () => {
    expect(quoteText('Junior')).toBe('"Junior"')
    expect(quoteText('Junior', { quotes: false })).toBe('Junior')
  })

  it('cuts a long text at 80 characters and states its length', () => {
    expect(quoteText('x'.repeat(1_048_576))).toBe(`"${'x'.repeat(79)}…" (1,048,576 characters)`)
    expect(quoteText('x'.repeat(81), { quotes: false })).toBe(`${'x'.repeat(79)}… (81 characters)`)
  })

  it('does not cut a character in two', () => {
    expect(quoteText(`${'x'.repeat(78)}😀${'y'.repeat(10)}`)).toBe(`"${'x'.repeat(78)}…" (90 characters)`)
  })

  it('shows other values as their JSON, cut the same way', () => {
    expect(quoteText({ a: 1 })).toBe('{"a":1}')
    expect(quoteText(Array(100).fill(1))).toMatch(/^\[1,1,.*…\s\(201 characters\)$/)
  })

  it('is what describeValue shows for a string', () => {
    expect(describeValue(mega)).toBe(quoteText(mega))
  })
})

describe('long values in messages', () => {
  it('cuts a 1 MB question in the rule message', () => {
    const violation = documentRules('faqEntry').fields.question?.check?.(mega)[0]
    if (!violation) throw new Error('expected a violation')
    expect(formatViolation(violation, 'en')).toBe(`Unexpected question ${quoteText(mega)}, expected it to end with "?"`)
    expect(formatViolation(violation, 'en').length).toBeLessThan(200)
  })

  it('cuts long level names in the ladder message', () => {
    const level = 'Senior '.repeat(100_000)
    const [violation] = checkTierLadder([
      { _id: 'a', level: 'Junior', rank: 1, currency: 'EUR', basis: 'gross', amounts: [{ period: 'MONTH', value: 3000 }] },
      { _id: 'b', level, rank: 2, currency: 'EUR', basis: 'gross', amounts: [{ period: 'MONTH', value: 2000 }] },
    ])
    if (!violation) throw new Error('expected a violation')
    expect(formatViolation(violation, 'en')).toBe(`Unexpected 2000 EUR per MONTH for ${quoteText(level, { quotes: false })}, expected at least 3000 as at the lower level Junior`)
  })

  it('cuts a long heading in the importer\'s notice', () => {
    const heading = 'Een dag in de keuken '.repeat(4_500).trim()
    const text = ['---', 'organization: X', 'country: NL', 'language: nl', '---', '', '# Kok', '', 'Een kok kookt.', '', `## ${heading}`, '', 'Tekst.', ''].join('\n')
    const file = new VFile({ path: 'kok.md', value: text })
    markdownToDocuments(file)
    const notice = file.messages.find((m) => m.ruleId === 'section')
    expect(notice?.reason).toBe(`Unexpected section ${quoteText(heading)}, expected a known section (salaris, taken, competenties, opleiding, FAQ, …); kept in body only`)
    expect(file.messages.every((m) => m.reason.length < 400)).toBe(true)
  })
})
