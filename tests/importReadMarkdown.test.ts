import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../scripts/sources/readMarkdown.ts'
import { SourceError } from '../scripts/sources/sourceError.ts'

describe('readMarkdown', () => {
  it('reads content/ recursively: every document once, sorted by _id, and the seed\'s notices', async () => {
    const { documents, issues } = await readMarkdown(['content'])
    const ids = documents.map((doc) => String(doc.value._id))
    expect(ids).toEqual([...ids].sort())
    expect(ids.filter((id) => id === 'organization.voorbeeld-b-v')).toHaveLength(1)
    expect(ids).toContain('vacancy.voorbeeld-customer-service-medewerker-utrecht')
    // The English translations are linked to their Dutch originals, as @sanity/document-internationalization links them.
    const metadata = documents.filter((doc) => doc.value._type === 'translation.metadata').map((doc) => doc.value)
    expect(metadata).toEqual([
      {
        _id: 'translation.metadata.jobProfile.customer-service-medewerker',
        _type: 'translation.metadata',
        schemaTypes: ['jobProfile'],
        translations: [
          { _key: 'nl', _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'jobProfile.customer-service-medewerker' } },
          { _key: 'en', _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'jobProfile.customer-service-employee' } },
        ],
      },
      {
        _id: 'translation.metadata.vacancy.voorbeeld-customer-service-medewerker-utrecht',
        _type: 'translation.metadata',
        schemaTypes: ['vacancy'],
        translations: [
          { _key: 'nl', _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'vacancy.voorbeeld-customer-service-medewerker-utrecht' } },
          { _key: 'en', _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'vacancy.example-customer-service-employee-utrecht' } },
        ],
      },
    ])
    expect(issues).toEqual([
      {
        severity: 'notice',
        code: 'markdown.salary',
        docId: 'jobProfile.customer-service-medewerker',
        docType: 'jobProfile',
        path: ['salaryTiers'],
        message: 'Unexpected amount "€ 2.675" without a level beside the salary levels, expected each amount to name its level; kept in body only',
        position: { file: 'content/articles/customer-service-medewerker.md', line: 51, column: 1 },
      },
      {
        severity: 'notice',
        code: 'markdown.section',
        docId: 'jobProfile.customer-service-medewerker',
        docType: 'jobProfile',
        path: ['body'],
        message: 'Unexpected section "De perfecte mix van contact, uitdaging en voldoening", expected a known section (salaris, taken, competenties, opleiding, FAQ, …); kept in body only',
        position: { file: 'content/articles/customer-service-medewerker.md', line: 154, column: 1 },
      },
    ])
  })

  it('turns warnings into warning issues owned by the document they concern', async () => {
    const { issues } = await readMarkdown(['tests/fixtures/articles/unmapped-parts/input.md'])
    const file = 'tests/fixtures/articles/unmapped-parts/input.md'
    expect(issues.find((issue) => issue.message.startsWith('Unexpected column'))).toEqual({
      severity: 'warning',
      code: 'markdown.salary',
      docId: 'jobProfile.chauffeur',
      docType: 'jobProfile',
      path: ['salaryTiers'],
      message: 'Unexpected column "Leaseauto" in the salary table, expected a level or an amount per period (uur, maand, jaar); left out',
      position: { file, line: 14, column: 20 },
    })
    expect(issues.find((issue) => issue.code === 'markdown.faq_answer')).toMatchObject({ severity: 'warning', docId: 'faqEntry.chauffeur.1', docType: 'faqEntry', position: { file, line: 34, column: 1 } })
    expect(issues.filter((issue) => issue.severity === 'notice').map((issue) => issue.position?.line)).toEqual([16, 19, 30])
  })

  it('gives a file that is not UTF-8 an error owned by the file, at the bad byte', async () => {
    const file = 'tests/fixtures/articles/invalid-utf8/input.md'
    const { documents, issues } = await readMarkdown([file])
    expect(documents).toEqual([])
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'markdown.encoding',
        docId: file,
        docType: 'markdown',
        path: [],
        message: 'Unexpected byte 0xE9, expected UTF-8 text; save the file as UTF-8',
        position: { file, line: 9, column: 37 },
      },
    ])
  })

  it('reports an organization named with different websites, and keeps the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-md-'))
    const article = (name: string, url: string) => `---\norganization: Voorbeeld B.V.\norganizationUrl: ${url}\ncountry: NL\nlanguage: nl\n---\n\n# Wat doet een ${name}?\n\nEen ${name} werkt hard.\n`
    await writeFile(join(dir, 'a.md'), article('kok', 'https://a.example.nl'))
    await writeFile(join(dir, 'b.md'), article('bakker', 'https://b.example.nl'))
    const { documents, issues } = await readMarkdown([dir])
    expect(documents.find((doc) => doc.value._id === 'organization.voorbeeld-b-v')?.value.url).toBe('https://a.example.nl')
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'markdown.organization_conflict',
        docId: 'organization.voorbeeld-b-v',
        docType: 'organization',
        path: ['url'],
        message: `Unexpected url "https://b.example.nl", expected "https://a.example.nl" as given before (${join(dir, 'a.md')}:2:1); kept the first`,
        position: { file: join(dir, 'b.md'), line: 2, column: 1 },
      },
    ])
  })

  it('throws ENOENT for a path that does not exist', async () => {
    await expect(readMarkdown(['content/nope'])).rejects.toEqual(new SourceError('ENOENT', 'Cannot read content/nope: no such file or folder'))
  })

  it('throws EMPTY for a folder without Markdown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-md-'))
    await expect(readMarkdown([dir])).rejects.toMatchObject({ code: 'EMPTY' })
  })
})
