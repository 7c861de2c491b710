import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { publishedAmount } from '../scripts/core/rules/lib/publishedAmount.ts'
import { localizedLists } from '../scripts/core/model/optionLists.ts'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import { validateJsonLd } from '../scripts/core/jsonld/validateJsonLd.ts'
import { vacancyToDocuments } from '../scripts/import/lib/vacancyToDocuments.ts'
import type { RawDocument } from '../scripts/core/rawDocument.ts'

const now = new Date('2026-11-01T12:00:00Z')
/** The documents of the own-salary fixture: a profile with three tiers and a vacancy in Utrecht with its own monthly range. */
const fixture = readFileSync('tests/fixtures/validation/vacancy-own-salary/input.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line): Record<string, unknown> => JSON.parse(line))

/** The fixture with the vacancy's salary (and the Junior tier's amounts) replaced. */
function documents(salary: Record<string, unknown> | undefined, juniorAmounts?: ReadonlyArray<Record<string, unknown>>): RawDocument[] {
  return fixture.map((doc) => {
    if (doc._id === 'vacancy.kok-utrecht') return { value: salary === undefined ? { ...doc, salary: undefined, salaryTier: { _type: 'reference', _ref: 'salaryTier.kok.junior' } } : { ...doc, salary } }
    if (doc._id === 'salaryTier.kok.junior' && juniorAmounts) return { value: { ...doc, amounts: juniorAmounts } }
    return { value: doc }
  })
}

async function graphOf(raw: RawDocument[], kind: 'vacancy' | 'profile') {
  const result = await buildPages(raw, { now })
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([])
  const page = result.pages.find((p) => p.kind === kind)
  if (!page) throw new Error(`Unexpected export without a ${kind} page`)
  expect(validateJsonLd(page.graph, { docId: 'x', docType: kind === 'vacancy' ? 'vacancy' : 'jobProfile' })).toEqual([])
  const plain: { '@graph': Array<Record<string, unknown>> } = JSON.parse(JSON.stringify(page.graph))
  return plain
}

const fourWeekly = { _type: 'jobldVacancySalary', period: 'FOUR_WEEKS', minValue: 2500, maxValue: 2800, currency: 'EUR', basis: 'gross' }

describe('four-weekly pay', () => {
  it('is published per year, times 13, by one rule; every other period as it is', () => {
    expect(publishedAmount({ period: 'FOUR_WEEKS', minValue: 2500, maxValue: 2800 })).toEqual({ period: 'YEAR', minValue: 32500, maxValue: 36400, converted: true })
    expect(publishedAmount({ period: 'FOUR_WEEKS', value: 2270.41, percentile10: 2000.05 })).toEqual({ period: 'YEAR', value: 29515.33, percentile10: 26000.65, converted: true })
    expect(publishedAmount({ period: 'MONTH', value: 2450 })).toEqual({ period: 'MONTH', value: 2450, converted: false })
  })

  it("gives a vacancy's own four-weekly range as a yearly baseSalary, the stated amount and the holiday allowance in its description and an additionalProperty", async () => {
    const graph = await graphOf(documents({ ...fourWeekly, holidayAllowanceIncluded: false }), 'vacancy')
    const posting = graph['@graph'].find((node) => node['@type'] === 'JobPosting')
    expect(posting?.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      description: 'opgegeven als 2500–2800 EUR per 4 weken, gepubliceerd per jaar (13 × 4 weken); exclusief vakantiegeld',
      currency: 'EUR',
      value: {
        '@type': 'QuantitativeValue',
        minValue: 32500,
        maxValue: 36400,
        unitText: 'YEAR',
        additionalProperty: { '@type': 'PropertyValue', propertyID: 'holidayAllowanceIncluded', name: 'Inclusief vakantiegeld', value: false },
      },
    })
  })

  it('states the holiday allowance of a monthly salary without changing its amount', async () => {
    const graph = await graphOf(documents({ ...fourWeekly, period: 'MONTH', holidayAllowanceIncluded: true }), 'vacancy')
    const posting = graph['@graph'].find((node) => node['@type'] === 'JobPosting')
    expect(posting?.baseSalary).toMatchObject({ description: 'inclusief vakantiegeld', value: { minValue: 2500, maxValue: 2800, unitText: 'MONTH', additionalProperty: { value: true } } })
  })

  it("publishes a tier's four-weekly amount per year on the Occupation and in a vacancy's estimate, saying so", async () => {
    const amounts = [{ _key: 'w', _type: 'jobldSalaryAmount', period: 'FOUR_WEEKS', value: 2200 }]
    const profile = await graphOf(documents(fourWeekly, amounts), 'profile')
    const occupation = profile['@graph'].find((node) => node['@type'] === 'Occupation')
    expect(occupation?.estimatedSalary).toContainEqual({
      '@type': 'MonetaryAmount',
      name: 'Junior',
      description: 'Gemiddelde, bruto per 4 weken bij 38 uur per week; opgegeven als 2200 EUR per 4 weken, gepubliceerd per jaar (13 × 4 weken)',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 28600, unitText: 'YEAR' },
    })
    const vacancy = await graphOf(documents(undefined, amounts), 'vacancy')
    const posting = vacancy['@graph'].find((node) => node['@type'] === 'JobPosting')
    expect(posting?.estimatedSalary).toEqual({
      '@type': 'MonetaryAmount',
      name: 'Junior',
      description: 'Schatting, geen aanbod van de werkgever: gemiddelde van niveau Junior, bruto per 4 weken bij 38 uur per week; opgegeven als 2200 EUR per 4 weken, gepubliceerd per jaar (13 × 4 weken)',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 28600, unitText: 'YEAR' },
    })
  })

  it('is read from front matter as per 4 weken, per vier weken or 4-weekly, with vakantiegeld inclusief or exclusief', () => {
    const read = (period: string, extra = '') => {
      const file = new VFile({
        path: 'vacature.md',
        value: `---\ntype: vacancy\ntitle: Kok\nprofile: kok\norganization: Voorbeeld B.V.\ncountry: NL\nemploymentType: FULL_TIME\ndatePosted: 2026-01-15\nlanguage: nl\nsalary:\n  minValue: 2500\n  maxValue: 2800\n  period: ${period}\n${extra}---\n\nTekst.\n`,
      })
      const vacancy = vacancyToDocuments(file).documents.find((doc) => doc.value._type === 'vacancy')?.value
      return { salary: vacancy?.salary, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
    }
    for (const words of ['per 4 weken', 'Per vier weken', '4-weekly', 'FOUR_WEEKS'])
      expect(read(words).salary).toEqual({ _type: 'jobldVacancySalary', minValue: 2500, maxValue: 2800, period: 'FOUR_WEEKS', currency: 'EUR', basis: 'gross' })
    expect(read('per 4 weken', '  vakantiegeld: inclusief\n').salary).toMatchObject({ period: 'FOUR_WEEKS', holidayAllowanceIncluded: true })
    expect(read('per 4 weken', '  vakantiegeld: Exclusief\n').salary).toMatchObject({ holidayAllowanceIncluded: false })
    expect(read('per 4 weken', '  vakantiegeld: soms\n').messages).toEqual([
      '10:1 Unexpected `salary: {"minValue":2500,"maxValue":2800,"period":"per 4 weken","vakantiegeld":"soms"}` in front matter, expected the employer\'s own salary: value, or minValue and maxValue, with period (HOUR, DAY, WEEK, per 4 weken, MONTH or YEAR), currency (EUR), basis (gross or net) and vakantiegeld (inclusief or exclusief)',
    ])
  })

  it('is a period of the Studio in both languages', () => {
    expect(localizedLists.periods.nl).toContainEqual({ value: 'FOUR_WEEKS', title: 'Per 4 weken' })
    expect(localizedLists.periods.en).toContainEqual({ value: 'FOUR_WEEKS', title: 'Per 4 weeks' })
  })
})
