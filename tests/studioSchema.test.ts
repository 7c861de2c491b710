import { extractSchema, groupProblems, validateSchema } from '@sanity/schema/_internal'
import { createSchema, defineField, defineType, type PreviewConfig, type SchemaTypeDefinition } from 'sanity'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { documentDeclarations, objectDeclarations } from '../scripts/core/model/index.ts'
import type { Fields } from '../scripts/core/model/declare/types.ts'
import { optionValues } from '../scripts/core/model/optionLists.ts'
import { schemaTypes } from '../schemas/index.ts'
import { setStudioLanguage } from '../schemas/lib/studioLanguage.ts'

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

/**
 * Each field of a type as Sanity's extraction has it (what `sanity schema extract
 * --enforce-required-fields` and TypeGen read), without the system fields: its name, and "optional"
 * or "required".
 */
function extractedFields(types: SchemaTypeDefinition[], typeName: string): string[] {
  const named = extractSchema(createSchema({ name: 'jobld', types }), { enforceRequiredFields: true }).find((t) => t.name === typeName)
  const attributes = named?.type === 'document' ? named.attributes : named?.value.type === 'object' ? named.value.attributes : {}
  return Object.entries(attributes)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, attribute]) => `${name} ${attribute.optional ? 'optional' : 'required'}`)
}

/** The same list from the model: the declaration's flag, and what the zod model makes of a missing value. */
function declaredFields(fields: Fields, shape: Record<string, z.ZodType>): string[] {
  return Object.entries(fields).map(([name, declared]) => {
    const zodOptional = shape[name]?.safeParse(undefined).success === true
    const flag = declared.required && !zodOptional ? 'required' : !declared.required && zodOptional ? 'optional' : 'disagrees with zod'
    return `${name} ${flag}`
  })
}

/** Every document and object type of the model, as the tests read them. */
const modelTypes: ReadonlyArray<{ kind: 'document' | 'object'; name: string; fields: Fields; schema: z.ZodObject }> = [
  ...Object.values(documentDeclarations),
  ...objectDeclarations.flatMap((d) => (d.kind === 'object' ? [d] : [])),
]

describe('Studio schema and zod model, both derived from the content model', () => {
  for (const declaration of modelTypes)
    it(`has the fields of ${declaration.name} in the model's order, required exactly where the zod model requires them`, () => {
      const expected = declaredFields(declaration.fields, declaration.schema.shape)
      const importHash = declaration.kind === 'document' ? ['importHash optional'] : []
      expect(extractedFields(schemaTypes, declaration.name)).toEqual([...expected, ...importHash])
    })

  it('reports a field the Studio declares otherwise than the model, so the check above can fail', () => {
    const loosened = schemaTypes.map((t) =>
      t.name === 'vacancy' && 'fields' in t && Array.isArray(t.fields) ? { ...t, fields: t.fields.map((f) => (f.name === 'title' ? { ...f, validation: undefined } : f)) } : t,
    )
    expect(extractedFields(loosened, 'vacancy')[0]).toBe('title optional')
    expect(declaredFields(documentDeclarations.vacancy.fields, documentDeclarations.vacancy.schema.shape)[0]).toBe('title required')
  })

  it('offers in every option list exactly the values the zod model accepts', () => {
    const drift: string[] = []
    for (const declaration of modelTypes)
      for (const [name, declared] of Object.entries(declaration.fields)) {
        const list = declared.studio.list
        if (!list) continue
        const studioType = schemaTypes.find((t) => t.name === declaration.name)
        const options: unknown = studioType && 'fields' in studioType && Array.isArray(studioType.fields) ? studioType.fields.find((f) => f.name === name)?.options : undefined
        const items: unknown = typeof options === 'object' && options !== null && 'list' in options ? options.list : undefined
        const offered = Array.isArray(items) ? items.map((o: unknown) => (typeof o === 'object' && o !== null && 'value' in o ? String(o.value) : '')) : []
        const wrap = (value: string) => (declared.studio.type === 'array' ? [value] : value)
        const values: readonly string[] = optionValues[list]
        const accepted = values.filter((value) => declared.schema.safeParse(wrap(value)).success)
        if (offered.join() !== accepted.join() || declared.schema.safeParse(wrap('no such value')).success) drift.push(`${declaration.name}.${name}`)
      }
    expect(drift).toEqual([])
  })
})

describe('editor aids', () => {
  it('shows applicantCountries only on a remote vacancy (the export leaves them out of any other)', () => {
    const vacancy = schemaTypes.find((t) => t.name === 'vacancy')
    const field = vacancy && 'fields' in vacancy ? vacancy.fields?.find((f) => f.name === 'applicantCountries') : undefined
    const hidden = field?.hidden
    if (typeof hidden !== 'function') throw new Error('Expected a hidden callback on vacancy.applicantCountries')
    const context = (document: Record<string, unknown>) => ({ document: { _id: 'v', _type: 'vacancy', _createdAt: '', _updatedAt: '', _rev: '', ...document }, parent: document, value: undefined, currentUser: null, path: ['applicantCountries'] })
    expect(hidden(context({ remote: true }))).toBe(false)
    expect(hidden(context({ remote: false, applicantCountries: ['NL'] }))).toBe(true)
    expect(hidden(context({}))).toBe(true)
  })
})

describe('previews', () => {
  // The repo's Studio is Dutch; the plugin sets this from the Studio's locale (LanguageSync).
  beforeAll(() => setStudioLanguage('nl'))

  it('shows a salary tier with its rank, level and amounts per period', () => {
    const amounts = [
      { _key: 'a', _type: 'jobldSalaryAmount', period: 'HOUR', value: 14.5 },
      { _key: 'b', _type: 'jobldSalaryAmount', period: 'MONTH', value: 2450 },
    ]
    expect(preview('salaryTier', { level: 'Junior', rank: 1, amounts, currency: 'EUR', basis: 'gross' })).toEqual({
      title: '1. Junior',
      subtitle: '€\u00a02.450 p/m · €\u00a014,50 p/u (bruto)',
    })
  })

  it('shows a salary range, net', () => {
    const amounts = [{ _key: 'a', _type: 'jobldSalaryAmount', period: 'YEAR', minValue: 30000, maxValue: 36000 }]
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
    const amounts = [{ _key: 'b', _type: 'jobldSalaryAmount', period: 'MONTH', value: 2800 }]
    expect(preview('salaryTier', { level: 'Medior', rank: 2, amounts, currency: 'EUR', basis: 'gross', statistic: 'median' })).toEqual({
      title: '2. Medior',
      subtitle: '€\u00a02.800 p/m (bruto, mediaan)',
    })
  })

  it("shows a vacancy's own salary and its hours", () => {
    const salary = { _type: 'jobldVacancySalary', period: 'MONTH', minValue: 2700, maxValue: 3000, currency: 'EUR', basis: 'gross' }
    const selection = { title: 'Klantenservicemedewerker', locality: 'Utrecht', validThrough: '2999-01-31T17:00:00Z', hoursPerWeek: 40, salary }
    expect(preview('vacancy', selection)).toEqual({ title: 'Klantenservicemedewerker', subtitle: 'Utrecht · €\u00a02.700–€\u00a03.000 p/m · 40 u/w' })
  })

  it("shows a vacancy paid by a tier as the estimate for its hours, by the build's rule", () => {
    const tierAmounts = [
      { _key: 'a', _type: 'jobldSalaryAmount', period: 'HOUR', value: 14.5 },
      { _key: 'b', _type: 'jobldSalaryAmount', period: 'MONTH', value: 2450 },
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
