import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPages } from '../scripts/lib/engine/exportInMemory.ts'
import { formatReport } from '../scripts/lib/formatReport.ts'
import { readNdjson } from '../scripts/io/readNdjson.ts'

// One folder per failure mode: input.ndjson and the exact report in expected.txt.
// UPDATE=1 rewrites expected.txt for review in the diff.
const root = 'tests/fixtures/validation'
const now = new Date('2026-11-26T12:00:00Z')

describe('validation of documents (layers 1 and 2) and JSON-LD (layer 3)', () => {
  for (const name of readdirSync(root).sort()) {
    it(`reports ${name} exactly`, async () => {
      const file = join(root, name, 'input.ndjson')
      const source = await readNdjson(file)
      const result = await buildPages(source.documents, { now })
      const report = formatReport([...source.issues, ...result.issues])
      const expectedFile = join(root, name, 'expected.txt')
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, report)
      expect(report).toBe(readFileSync(expectedFile, 'utf8'))
      expect(result.ok).toBe(!report.includes(': does not validate.'))
    })
  }

  it('accepts the valid dataset with no errors and builds one profile page and one vacancy', async () => {
    const source = await readNdjson(join(root, 'valid', 'input.ndjson'))
    const result = await buildPages(source.documents, { now })
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(result.pages.map((p) => [p.path, p.types, p.sourceIds])).toEqual([
      [
        'kok.jsonld',
        ['Occupation', 'FAQPage', 'Organization'],
        ['faqEntry.kok.1', 'jobProfile.kok', 'organization.voorbeeld', 'salaryTier.kok.junior', 'salaryTier.kok.medior', 'salaryTier.kok.senior'],
      ],
      ['vacatures/kok-utrecht.jsonld', ['JobPosting'], ['jobProfile.kok', 'organization.voorbeeld', 'salaryTier.kok.medior', 'vacancy.kok-utrecht']],
    ])
  })

  it('leaves an expired vacancy out and says so', async () => {
    const source = await readNdjson(join(root, 'vacancy-expired', 'input.ndjson'))
    const result = await buildPages(source.documents, { now })
    expect(result.ok).toBe(true)
    expect(result.pages.map((p) => p.path)).toEqual(['kok.jsonld'])
    expect(result.issues.find((i) => i.code === 'vacancy.expired')).toMatchObject({ docId: 'vacancy.kok-utrecht', path: ['validThrough'] })
  })

  it('turns warnings into errors with strict', async () => {
    const source = await readNdjson(join(root, 'valid', 'input.ndjson'))
    const lax = await buildPages(source.documents, { now })
    const strict = await buildPages(source.documents, { now, strict: true })
    const warnings = lax.issues.filter((i) => i.severity === 'warning').length
    expect(strict.ok).toBe(warnings === 0)
    expect(strict.issues.filter((i) => i.severity === 'error').length).toBe(warnings)
  })
})
