import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import { defineField, defineType, type PreviewConfig, type SchemaTypeDefinition } from 'sanity'
import { describe, expect, it } from 'vitest'
import { schemaTypes } from '../schemas/index.ts'

/** Sanity's own schema problems, one line each: severity, type and field path, message. */
function schemaProblems(types: SchemaTypeDefinition[]): string[] {
  return groupProblems(validateSchema(types).getTypes()).flatMap((group) =>
    group.problems.map((problem) => {
      const where = group.path.map((segment) => segment.name ?? segment.kind).join('.')
      return `${problem.severity} ${where}: ${problem.message}`
    }),
  )
}

/** Runs a schema type's preview the way the Studio does: selection in, title and subtitle out. */
function preview(typeName: string, selection: Record<string, unknown>) {
  const type = schemaTypes.find((t) => t.name === typeName)
  const config: PreviewConfig | undefined = type && 'preview' in type ? type.preview : undefined
  if (!config?.prepare) throw new Error(`Expected a preview with prepare on ${typeName}`)
  return config.prepare(selection)
}

describe('Studio schema', () => {
  it('compiles without a single error or warning from Sanity', () => {
    expect(schemaProblems(schemaTypes)).toEqual([])
  })

  it('reports what Sanity finds wrong, so the check above can fail', () => {
    const broken = defineType({
      name: 'broken',
      type: 'document',
      fields: [defineField({ name: 'title', type: 'strin' }), defineField({ name: 'title', type: 'string' })],
    })
    expect(schemaProblems([...schemaTypes, broken])).toMatchInlineSnapshot(`
      [
        "error broken: Found 2 fields with name "title" in object",
        "error broken.fields.<unnamed_type_@_index_0>: Unknown type: strin. Did you mean "string"?",
      ]
    `)
  })

  it('lists the five document types first, each with a Dutch title', () => {
    expect(schemaTypes.slice(0, 5).map((t) => [t.name, t.type, t.title])).toEqual([
      ['jobProfile', 'document', 'Beroep'],
      ['salaryTier', 'document', 'Salarisniveau'],
      ['faqEntry', 'document', 'Veelgestelde vraag'],
      ['organization', 'document', 'Organisatie'],
      ['vacancy', 'document', 'Vacature'],
    ])
  })

  it('gives every field a Dutch title and a description', () => {
    const untitled = schemaTypes.flatMap((type) =>
      'fields' in type && Array.isArray(type.fields)
        ? type.fields.filter((f) => !f.title || !f.description).map((f) => `${type.name}.${f.name}`)
        : [],
    )
    expect(untitled).toEqual([])
  })
})

describe('previews', () => {
  it('shows a salary tier with its rank, level and amounts per period', () => {
    const amounts = [
      { _key: 'a', _type: 'salaryAmount', period: 'HOUR', value: 14.5 },
      { _key: 'b', _type: 'salaryAmount', period: 'MONTH', value: 2450 },
    ]
    expect(preview('salaryTier', { level: 'Junior', rank: 1, amounts, currency: 'EUR', basis: 'gross' })).toEqual({
      title: '1. Junior',
      subtitle: '€\u00a02.450 p/m · €\u00a014,50 p/u (bruto)',
    })
  })

  it('shows a salary range, net', () => {
    const amounts = [{ _key: 'a', _type: 'salaryAmount', period: 'YEAR', minValue: 30000, maxValue: 36000 }]
    expect(preview('salaryTier', { level: 'Senior', rank: 3, amounts, currency: 'EUR', basis: 'net' })).toEqual({
      title: '3. Senior',
      subtitle: '€\u00a030.000–€\u00a036.000 p/j (netto)',
    })
  })

  it('shows a job profile with its country and language', () => {
    expect(preview('jobProfile', { title: 'Customer service medewerker', country: 'NL', language: 'nl' })).toEqual({
      title: 'Customer service medewerker',
      subtitle: 'NL · NL',
    })
  })

  it('marks a vacancy whose closing date has passed as Verlopen', () => {
    const selection = { title: 'Klantenservicemedewerker', locality: 'Utrecht', remote: true, validThrough: '2020-01-31T17:00:00Z' }
    expect(preview('vacancy', selection)).toEqual({
      title: 'Klantenservicemedewerker',
      subtitle: 'Utrecht / Op afstand · Verlopen',
    })
  })

  it('shows an open vacancy without Verlopen', () => {
    const selection = { title: 'Klantenservicemedewerker', locality: 'Utrecht', validThrough: '2999-01-31T17:00:00Z' }
    expect(preview('vacancy', selection)).toEqual({ title: 'Klantenservicemedewerker', subtitle: 'Utrecht' })
  })

  it("shows a median tier as one", () => {
    const amounts = [{ _key: 'b', _type: 'salaryAmount', period: 'MONTH', value: 2800 }]
    expect(preview('salaryTier', { level: 'Medior', rank: 2, amounts, currency: 'EUR', basis: 'gross', statistic: 'median' })).toEqual({
      title: '2. Medior',
      subtitle: '€\u00a02.800 p/m (bruto, mediaan)',
    })
  })

  it("shows a vacancy's own salary and its hours", () => {
    const salary = { _type: 'vacancySalary', period: 'MONTH', minValue: 2700, maxValue: 3000, currency: 'EUR', basis: 'gross' }
    const selection = { title: 'Klantenservicemedewerker', locality: 'Utrecht', validThrough: '2999-01-31T17:00:00Z', hoursPerWeek: 40, salary }
    expect(preview('vacancy', selection)).toEqual({ title: 'Klantenservicemedewerker', subtitle: 'Utrecht · €\u00a02.700–€\u00a03.000 p/m · 40 u/w' })
  })

  it("shows a vacancy paid by a tier as the estimate for its hours, by the build's rule", () => {
    const tierAmounts = [
      { _key: 'a', _type: 'salaryAmount', period: 'HOUR', value: 14.5 },
      { _key: 'b', _type: 'salaryAmount', period: 'MONTH', value: 2450 },
    ]
    const tier = { tierLevel: 'Junior', tierAmounts, tierCurrency: 'EUR', tierBasis: 'gross' }
    const selection = { title: 'Klantenservicemedewerker', remote: true, validThrough: '2999-01-31T17:00:00Z', employmentTypes: ['PART_TIME'], ...tier }
    expect(preview('vacancy', { ...selection, hoursPerWeek: 24 })).toEqual({
      title: 'Klantenservicemedewerker',
      subtitle: 'Op afstand · schatting €\u00a01.470 p/m · 24 u/w',
    })
    expect(preview('vacancy', selection)).toEqual({ title: 'Klantenservicemedewerker', subtitle: 'Op afstand · schatting €\u00a014,50 p/u' })
  })

  it('shows an FAQ entry by its question', () => {
    expect(preview('faqEntry', { title: 'Wat verdient een customer service medewerker?' })).toEqual({
      title: 'Wat verdient een customer service medewerker?',
    })
  })
})
