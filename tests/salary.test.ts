import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPages } from '../scripts/export/lib/buildPages.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import type { RawDocument } from '../scripts/core/rawDocument.ts'

// The salary nodes the export writes (scripts/core/jsonld/salary.ts), on the validation fixtures.
const root = 'tests/fixtures/validation'
const now = new Date('2026-11-26T12:00:00Z')

async function load(name: string): Promise<RawDocument[]> {
  return (await readNdjson(join(root, name, 'input.ndjson'))).documents
}

/** The first node of a page's graph, as plain JSON. */
async function node(documents: ReadonlyArray<RawDocument>, path: string): Promise<Record<string, unknown>> {
  const result = await buildPages(documents, { now })
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
  const page = result.pages.find((p) => p.path === path)
  const first: unknown = JSON.parse(JSON.stringify(page?.graph['@graph'][0] ?? null))
  if (typeof first !== 'object' || first === null || Array.isArray(first)) throw new Error(`Expected a node in ${path}`)
  return Object.fromEntries(Object.entries(first))
}

describe('salaries in the JSON-LD', () => {
  it('publishes average tiers on the Occupation as plain amounts with their unit, never as a median', async () => {
    const occupation = await node(await load('valid'), 'kok.jsonld')
    expect(occupation.estimatedSalary).toEqual([
      ...[
        ['Junior', 14, 2350],
        ['Medior', 16, 2650],
        ['Senior', 18, 3000],
      ].flatMap(([name, hourly, monthly]) => [
        {
          '@type': 'MonetaryAmount',
          name,
          description: 'Gemiddelde, bruto per uur',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', value: hourly, unitText: 'HOUR' },
        },
        {
          '@type': 'MonetaryAmount',
          name,
          description: 'Gemiddelde, bruto per maand bij 38 uur per week',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', value: monthly, unitText: 'MONTH' },
        },
      ]),
    ])
  })

  it('publishes median tiers as distributions with their median and duration', async () => {
    const occupation = await node(await load('tier-median'), 'kok.jsonld')
    expect(occupation.estimatedSalary).toContainEqual({
      '@type': 'MonetaryAmountDistribution',
      name: 'Medior',
      description: 'Mediaan, bruto per maand bij 38 uur per week',
      currency: 'EUR',
      duration: 'P1M',
      median: 2650,
    })
    const posting = await node(await load('tier-median'), 'vacatures/kok-utrecht.jsonld')
    expect(posting.estimatedSalary).toEqual({
      '@type': 'MonetaryAmountDistribution',
      name: 'Medior',
      description: 'Schatting, geen aanbod van de werkgever: mediaan van niveau Medior (2650 EUR per maand bij 38 uur per week), omgerekend naar 19 uur per week',
      currency: 'EUR',
      duration: 'P1M',
      median: 1325,
    })
  })

  it('publishes the percentiles a median tier gives beside its median, and only the median on a vacancy', async () => {
    const occupation = await node(await load('tier-percentiles'), 'kok.jsonld')
    expect(occupation.estimatedSalary).toContainEqual({
      '@type': 'MonetaryAmountDistribution',
      name: 'Medior',
      description: 'Mediaan, bruto per maand bij 38 uur per week',
      currency: 'EUR',
      duration: 'P1M',
      percentile10: 2200,
      percentile25: 2400,
      median: 2650,
      percentile75: 2900,
      percentile90: 3150,
    })
    const posting = await node(await load('tier-percentiles'), 'vacatures/kok-utrecht.jsonld')
    expect(posting.estimatedSalary).toMatchObject({ '@type': 'MonetaryAmountDistribution', median: 2650 })
    expect(posting.estimatedSalary).not.toHaveProperty('percentile25')
  })

  it("gives a vacancy paid by a tier an estimatedSalary for its hours and no baseSalary", async () => {
    const posting = await node(await load('vacancy-estimate-prorated'), 'vacatures/kok-utrecht.jsonld')
    expect(posting).not.toHaveProperty('baseSalary')
    expect(posting.workHours).toBe('24 uur per week')
    expect(posting.estimatedSalary).toEqual({
      '@type': 'MonetaryAmount',
      name: 'Medior',
      description: 'Schatting, geen aanbod van de werkgever: gemiddelde van niveau Medior (2650 EUR per maand bij 38 uur per week), omgerekend naar 24 uur per week',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 1673.68, unitText: 'MONTH' },
    })
  })

  it("gives a part-time vacancy without hours its tier's hourly amount, described in the vacancy's language", async () => {
    const documents = (await load('vacancy-estimate-hourly')).map((d) => (d.value._type === 'vacancy' ? { ...d, value: { ...d.value, language: 'en' } } : d))
    const posting = await node(documents, 'vacatures/kok-utrecht.jsonld')
    expect(posting).not.toHaveProperty('workHours')
    expect(posting.estimatedSalary).toEqual({
      '@type': 'MonetaryAmount',
      name: 'Medior',
      description: 'Estimate, not an offer by the employer: average of level Medior, gross per hour; the vacancy states no hours per week',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 16, unitText: 'HOUR' },
    })
  })

  it("publishes the vacancy's own salary as its baseSalary, as given, and no estimate", async () => {
    const documents = await load('vacancy-own-salary')
    const posting = await node(documents, 'vacatures/kok-utrecht.jsonld')
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 2500, maxValue: 2900, unitText: 'MONTH' },
    })
    expect(posting).not.toHaveProperty('estimatedSalary')
    expect((await buildPages(documents, { now })).issues).toEqual([])
  })

  it('says once per vacancy that its pay is an estimate, as a notice that --strict lets through', async () => {
    const documents = await load('vacancy-estimate-prorated')
    const strict = await buildPages(documents, { now, strict: true })
    expect(strict.ok).toBe(true)
    expect(strict.issues.map((i) => [i.severity, i.code, i.docId])).toEqual([['notice', 'vacancy.salary_estimated_prorated', 'vacancy.kok-utrecht']])
  })
})
