import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'
import { vacancyToDocuments } from '../scripts/import/lib/vacancyToDocuments.ts'
import { documentSchemas } from '../scripts/core/model/index.ts'

function importFile(path: string) {
  const file = new VFile({ path, value: readFileSync(path) })
  return { file, documents: markdownToDocuments(file).documents.map((doc) => doc.value) }
}

function importText(text: string) {
  const file = new VFile({ path: 'vacature.md', value: text })
  return { file, documents: vacancyToDocuments(file).documents, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
}

const frontMatter = (extra: string) => `---
type: vacancy
title: Kok
profile: kok
organization: Voorbeeld B.V.
country: NL
locality: Utrecht
employmentType: FULL_TIME
datePosted: 2026-01-15
language: nl
${extra}---

Tekst.
`

describe('vacancyToDocuments', () => {
  it('imports the Utrecht example as a vacancy with its own salary, referencing its profile and employer', () => {
    const { documents } = importFile('content/vacancies/voorbeeld-customer-service-medewerker-utrecht.md')
    expect(documents.map((doc) => doc._id)).toEqual(['organization.voorbeeld-b-v', 'vacancy.voorbeeld-customer-service-medewerker-utrecht'])
    const [organization, vacancy] = documents
    expect(organization).toEqual({ _id: 'organization.voorbeeld-b-v', _type: 'organization', name: 'Voorbeeld B.V.', url: 'https://www.voorbeeld.example.nl' })
    const { body, ...fields } = vacancy ?? {}
    expect(fields).toEqual({
      _id: 'vacancy.voorbeeld-customer-service-medewerker-utrecht',
      _type: 'vacancy',
      title: 'Customer service medewerker (voorbeeldvacature)',
      slug: { _type: 'slug', current: 'voorbeeld-customer-service-medewerker-utrecht' },
      jobProfile: { _type: 'reference', _ref: 'jobProfile.customer-service-medewerker' },
      hiringOrganization: { _type: 'reference', _ref: 'organization.voorbeeld-b-v' },
      employmentTypes: ['FULL_TIME'],
      hoursPerWeek: 40,
      salary: { _type: 'jobldVacancySalary', minValue: 2700, maxValue: 3000, period: 'MONTH', currency: 'EUR', basis: 'gross' },
      location: { _type: 'jobldJobLocation', country: 'NL', locality: 'Utrecht', region: 'Utrecht', postalCode: '3511 AA' },
      remote: false,
      datePosted: '2026-01-15',
      validThrough: '2027-06-30',
      identifier: 'VB-2026-001',
      directApply: true,
      applyUrl: 'https://www.voorbeeld.example.nl/vacatures/vb-2026-001',
      language: 'nl',
    })
    expect(JSON.stringify(body)).toContain('Dit is een voorbeeldvacature van het fictieve bedrijf Voorbeeld B.V.')
  })

  it('imports the remote example without an address, open to applicants from its country', () => {
    const vacancy = importFile('content/vacancies/voorbeeld-customer-service-medewerker-remote.md').documents[1]
    expect(vacancy).toMatchObject({
      _id: 'vacancy.voorbeeld-customer-service-medewerker-remote',
      salary: { _type: 'jobldVacancySalary', minValue: 1500, maxValue: 1650, period: 'MONTH', currency: 'EUR', basis: 'gross' },
      employmentTypes: ['PART_TIME'],
      hoursPerWeek: 24,
      remote: true,
      applicantCountries: ['NL'],
      validThrough: '2027-06-30',
    })
    expect(vacancy).not.toHaveProperty('location')
  })

  it('gives vacancies that pass the content model', () => {
    for (const name of ['utrecht', 'remote']) {
      const vacancy = importFile(`content/vacancies/voorbeeld-customer-service-medewerker-${name}.md`).documents[1]
      const result = documentSchemas.vacancy.safeParse(vacancy)
      expect(result.success ? [] : result.error.issues).toEqual([])
    }
  })

  it('reads an own salary with EUR and gross as defaults, and a loosely written period', () => {
    const { documents, messages } = importText(frontMatter('hoursPerWeek: 32\nsalary:\n  value: 15.5\n  period: hour\n'))
    expect(messages).toEqual([])
    expect(documents.find((doc) => doc.value._type === 'vacancy')?.value).toMatchObject({
      hoursPerWeek: 32,
      salary: { _type: 'jobldVacancySalary', value: 15.5, period: 'HOUR', currency: 'EUR', basis: 'gross' },
    })
  })

  it('reports hours that are not a number and a salary without an amount at their lines, and imports nothing', () => {
    const { documents, messages } = importText(frontMatter('hoursPerWeek: veertig\nsalary:\n  period: MONTH\n'))
    expect(documents).toEqual([])
    expect(messages).toEqual([
      '11:1 Unexpected `hoursPerWeek: "veertig"` in front matter, expected the hours a week as a number, such as 24',
      '12:1 Unexpected `salary: {"period":"MONTH"}` in front matter, expected the employer\'s own salary: value, or minValue and maxValue, with period (HOUR, DAY, WEEK, per 4 weken, MONTH or YEAR), currency (EUR), basis (gross or net) and vakantiegeld (inclusief or exclusief)',
    ])
  })

  it('accepts employment types written loosely and as a list', () => {
    const { documents } = importText(frontMatter('').replace('employmentType: FULL_TIME', 'employmentType: [full-time, Part time]'))
    expect(documents.find((doc) => doc.value._type === 'vacancy')?.value.employmentTypes).toEqual(['FULL_TIME', 'PART_TIME'])
  })

  it('reports a wrong employment type and a missing profile at their lines, and imports nothing', () => {
    const { documents, messages } = importText(frontMatter('').replace('employmentType: FULL_TIME', 'employmentType: fulltime').replace('profile: kok\n', ''))
    expect(documents).toEqual([])
    expect(messages).toEqual([
      '1:1 Unexpected front matter without `profile`, expected the slug of a job profile, such as customer-service-medewerker',
      '7:1 Unexpected `employmentType: "fulltime"` in front matter, expected one or more of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER',
    ])
  })

  it('takes the title from the # heading when front matter has none, and leaves the heading out of the body', () => {
    const { documents } = importText(frontMatter('').replace('title: Kok\n', '').replace('Tekst.', '# Zelfstandig kok\n\nTekst.'))
    const vacancy = documents.find((doc) => doc.value._type === 'vacancy')?.value
    expect(vacancy?.title).toBe('Zelfstandig kok')
    expect(vacancy?._id).toBe('vacancy.zelfstandig-kok')
    expect(JSON.stringify(vacancy?.body)).not.toContain('Zelfstandig kok')
  })
})
