import { extractSchema } from '@sanity/schema/_internal'
import type { SchemaType as ExtractedSchema, TypeNode } from 'groq-js'
import { createSchema, defineField, defineType, type SchemaTypeDefinition } from 'sanity'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { documentSchemas, JobProfileDoc, SalaryTierDoc, VacancyDoc } from '../scripts/core/model/index.ts'
import { schemaTypes } from '../schemas/index.ts'

/*
 * The zod model (scripts/core/model) is the reference; the Studio schema must declare the same
 * fields, with the same required flags and kinds, down into objects and array items. Both sides
 * are first reduced to one small shape: the Studio side from Sanity's own extraction (what
 * `sanity schema extract --enforce-required-fields` writes), the zod side from its JSON Schema.
 */

type Kind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'reference' | 'slug' | 'image' | 'union' | 'unknown'

interface Shape {
  kind: Kind
  /** Fixed string values (an enum, or Sanity's options.list on a single string). */
  values?: string[]
  /** Object fields, without the `_`-prefixed system fields. */
  fields?: Map<string, Field>
  /** The `_type` an object carries, naming it among array items. */
  typeName?: string
  /** Array item shapes (a union is flattened into its members). */
  items?: Shape[]
  /** The members of a union that are not all strings (a logo: a URL or an image). */
  alternatives?: Shape[]
}

interface Field {
  required: boolean
  shape: Shape
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Objects that both sides treat as a leaf: a reference, a slug or an image is one value to an editor.
function leafKind(typeName: string | undefined): Kind | undefined {
  if (typeName === 'reference') return 'reference'
  if (typeName === 'slug') return 'slug'
  if (typeName === 'image') return 'image'
  return undefined
}

/** Merges string alternatives (`date | date-time`, enum members) into one string shape. */
function mergeAlternatives(shapes: Shape[]): Shape[] {
  if (shapes.length > 1 && shapes.every((s) => s.kind === 'string')) {
    const values = shapes.every((s) => s.values) ? shapes.flatMap((s) => s.values ?? []) : undefined
    return [values ? { kind: 'string', values } : { kind: 'string' }]
  }
  return shapes
}

/** One shape for a JSON Schema node that zod wrote. */
function fromJsonSchema(node: unknown): Shape {
  if (!isRecord(node)) return { kind: 'unknown' }
  const alternatives = node.anyOf ?? node.oneOf
  if (Array.isArray(alternatives)) {
    const merged = mergeAlternatives(alternatives.map(fromJsonSchema))
    return merged.length === 1 && merged[0] ? merged[0] : { kind: 'union', alternatives: merged }
  }
  switch (node.type) {
    case 'string':
      if (typeof node.const === 'string') return { kind: 'string', values: [node.const] }
      if (Array.isArray(node.enum)) return { kind: 'string', values: node.enum.filter((v) => typeof v === 'string') }
      return { kind: 'string' }
    case 'number':
    case 'integer':
      return { kind: 'number' }
    case 'boolean':
      return { kind: 'boolean' }
    case 'array': {
      const items = isRecord(node.items) ? (node.items.anyOf ?? node.items.oneOf ?? [node.items]) : []
      return { kind: 'array', items: Array.isArray(items) ? items.map(fromJsonSchema) : [] }
    }
    case 'object': {
      const properties = isRecord(node.properties) ? node.properties : {}
      const required = new Set(Array.isArray(node.required) ? node.required : [])
      const typeProperty = properties._type
      const typeName = isRecord(typeProperty) && typeof typeProperty.const === 'string' ? typeProperty.const : undefined
      const leaf = leafKind(typeName)
      if (leaf) return { kind: leaf }
      const fields = new Map<string, Field>()
      for (const [name, value] of Object.entries(properties))
        if (!name.startsWith('_')) fields.set(name, { required: required.has(name), shape: fromJsonSchema(value) })
      // zod's Sanity image takes any image type's name: it is told by its asset reference.
      if (fields.get('asset')?.shape.kind === 'reference') return { kind: 'image' }
      return typeName ? { kind: 'object', fields, typeName } : { kind: 'object', fields }
    }
    default:
      return { kind: 'unknown' }
  }
}

/** One shape for a node of Sanity's extracted schema, resolving named types. */
function fromExtracted(node: TypeNode, schema: ExtractedSchema): Shape {
  switch (node.type) {
    case 'inline': {
      const named = schema.find((t) => t.name === node.name)
      if (!named) return { kind: 'unknown' }
      return named.type === 'document'
        ? fromExtracted({ type: 'object', attributes: named.attributes }, schema)
        : fromExtracted(named.value, schema)
    }
    case 'string':
      return node.value === undefined ? { kind: 'string' } : { kind: 'string', values: [node.value] }
    case 'number':
      return { kind: 'number' }
    case 'boolean':
      return { kind: 'boolean' }
    case 'union': {
      const merged = mergeAlternatives(node.of.map((n) => fromExtracted(n, schema)))
      return merged.length === 1 && merged[0] ? merged[0] : { kind: 'unknown' }
    }
    case 'array': {
      const of = node.of.type === 'union' ? node.of.of : [node.of]
      return { kind: 'array', items: of.map((n) => fromExtracted(n, schema)) }
    }
    case 'object': {
      // Array items put `_key` in the object and the item type in `rest`.
      const rest = node.rest ? fromExtracted(node.rest, schema) : undefined
      const typeAttribute = node.attributes._type?.value
      const ownTypeName = typeAttribute?.type === 'string' ? typeAttribute.value : undefined
      const typeName = ownTypeName ?? rest?.typeName
      const leaf = leafKind(typeName) ?? (rest && rest.kind !== 'object' ? rest.kind : undefined)
      if (leaf) return { kind: leaf }
      const fields = new Map<string, Field>(rest?.fields)
      for (const [name, attribute] of Object.entries(node.attributes))
        if (!name.startsWith('_'))
          fields.set(name, { required: attribute.optional !== true, shape: fromExtracted(attribute.value, schema) })
      return typeName ? { kind: 'object', fields, typeName } : { kind: 'object', fields }
    }
    default:
      return { kind: 'unknown' }
  }
}

const itemName = (shape: Shape) => shape.typeName ?? shape.kind

/**
 * Sanity's built-in block and span declare these fields optional, though the Studio always
 * writes them; the zod model requires them. Keyed by `<_type>.<field>`.
 */
const builtInOptional = new Set(['block.children', 'span.text'])

/**
 * Lists every difference between the zod shape and the Studio shape at a path.
 * @param path dotted path so far, starting with the document type
 * @param zod the shape from the zod model
 * @param studio the shape from the Studio schema
 * @returns one line per difference, like "jobProfile.summary: required in zod, optional in Studio"
 */
function compareShapes(path: string, zod: Shape, studio: Shape): string[] {
  // A zod union (a logo: a URL or an image) holds what the Studio stores when one member does.
  const member = zod.alternatives?.find((a) => a.kind === studio.kind)
  if (member) return compareShapes(path, member, studio)
  if (zod.kind === 'union') return [`${path}: one of ${(zod.alternatives ?? []).map((a) => a.kind).join(', ')} in zod, ${studio.kind} in Studio`]
  if (zod.kind !== studio.kind) return [`${path}: ${zod.kind} in zod, ${studio.kind} in Studio`]
  const out: string[] = []
  if (zod.values && studio.values && [...zod.values].sort().join() !== [...studio.values].sort().join())
    out.push(`${path}: values ${zod.values.join(', ')} in zod, ${studio.values.join(', ')} in Studio`)
  // A Studio list that zod does not restrict is drift too. (The other way round cannot be told:
  // Sanity's extraction gives no values for the items of a string array with options.list.)
  else if (studio.values && !zod.values) out.push(`${path}: values any text in zod, ${studio.values.join(', ')} in Studio`)
  if (zod.fields && studio.fields) {
    const names = [...new Set([...zod.fields.keys(), ...studio.fields.keys()])].sort()
    for (const name of names) {
      const z = zod.fields.get(name)
      const s = studio.fields.get(name)
      const at = `${path}.${name}`
      if (!s) out.push(`${at}: missing in Studio`)
      else if (!z) out.push(`${at}: missing in zod`)
      else {
        const exempt = zod.typeName !== undefined && builtInOptional.has(`${zod.typeName}.${name}`)
        if (z.required !== s.required && !exempt)
          out.push(`${at}: ${z.required ? 'required' : 'optional'} in zod, ${s.required ? 'required' : 'optional'} in Studio`)
        out.push(...compareShapes(at, z.shape, s.shape))
      }
    }
  }
  if (zod.items && studio.items) {
    const [onlyZod] = zod.items
    const [onlyStudio] = studio.items
    if (zod.items.length === 1 && studio.items.length === 1 && onlyZod && onlyStudio)
      return [...out, ...compareShapes(`${path}[${onlyZod.typeName ?? onlyStudio.typeName ?? ''}]`, onlyZod, onlyStudio)]
    const names = [...new Set([...zod.items.map(itemName), ...studio.items.map(itemName)])].sort()
    for (const name of names) {
      const z = zod.items.find((i) => itemName(i) === name)
      const s = studio.items.find((i) => itemName(i) === name)
      const at = `${path}[${z?.typeName ?? s?.typeName ?? ''}]`
      if (!s) out.push(`${at}: item type ${name} missing in Studio`)
      else if (!z) out.push(`${at}: item type ${name} missing in zod`)
      else out.push(...compareShapes(at, z, s))
    }
  }
  return out
}

/** The Studio schema of a set of type definitions, as `sanity schema extract --enforce-required-fields` sees it. */
function extract(types: SchemaTypeDefinition[]): ExtractedSchema {
  return extractSchema(createSchema({ name: 'jobld', types }), { enforceRequiredFields: true })
}

function studioShape(extracted: ExtractedSchema, type: string): Shape {
  return fromExtracted({ type: 'inline', name: type }, extracted)
}

const zodShape = (schema: z.ZodType) => fromJsonSchema(z.toJSONSchema(schema, { unrepresentable: 'any' }))

describe('Studio schema against the zod model', () => {
  const extracted = extract(schemaTypes)

  for (const [type, schema] of Object.entries(documentSchemas)) {
    it(`declares the fields and required flags of ${type} as the zod model does`, () => {
      expect(compareShapes(type, zodShape(schema), studioShape(extracted, type))).toEqual([])
    })
  }
})

describe('compareShapes', () => {
  const extracted = extract(schemaTypes)
  const studioProfile = studioShape(extracted, 'jobProfile')

  it('names a field the zod model lacks, and a required flag that differs', () => {
    const drifted = JobProfileDoc.omit({ iscoCode: true }).extend({ summary: z.string().optional() })
    expect(compareShapes('jobProfile', zodShape(drifted), studioProfile)).toEqual([
      'jobProfile.iscoCode: missing in zod',
      'jobProfile.summary: optional in zod, required in Studio',
    ])
  })

  it('names a Studio field gone missing and a kind that differs', () => {
    const drifted = JobProfileDoc.extend({ tasks: z.array(z.number()).optional(), sector: z.string() })
    expect(compareShapes('jobProfile', zodShape(drifted), studioProfile)).toEqual([
      'jobProfile.sector: missing in Studio',
      'jobProfile.tasks[]: number in zod, string in Studio',
    ])
  })

  it("names a vacancy's hours per week and a tier's statistic when the two sides differ", () => {
    const vacancy = z.object({ ...VacancyDoc.shape, hoursPerWeek: z.number() })
    expect(compareShapes('vacancy', zodShape(vacancy), studioShape(extracted, 'vacancy'))).toEqual([
      'vacancy.hoursPerWeek: required in zod, optional in Studio',
    ])
    const tier = z.object({ ...SalaryTierDoc.shape, statistic: z.enum(['average', 'median', 'mean']).optional() })
    expect(compareShapes('salaryTier', zodShape(tier), studioShape(extracted, 'salaryTier'))).toEqual([
      'salaryTier.statistic: values average, median, mean in zod, average, median in Studio',
    ])
    const loose = z.object({ ...SalaryTierDoc.shape, statistic: z.string().optional() })
    expect(compareShapes('salaryTier', zodShape(loose), studioShape(extracted, 'salaryTier'))).toEqual([
      'salaryTier.statistic: values any text in zod, average, median in Studio',
    ])
    const types = schemaTypes.map((t) =>
      t.name === 'vacancy' && t.type === 'document' && 'fields' in t
        ? { ...t, fields: (t.fields ?? []).filter((f) => f.name !== 'hoursPerWeek') }
        : t,
    )
    expect(compareShapes('vacancy', zodShape(VacancyDoc), studioShape(extract(types), 'vacancy'))).toEqual([
      'vacancy.hoursPerWeek: missing in Studio',
    ])
  })

  it('finds drift inside array item objects and enum values of the Studio schema', () => {
    const types = schemaTypes.map((t) =>
      t.name === 'jobldSpecialisation'
        ? defineType({
            name: 'jobldSpecialisation',
            type: 'object',
            fields: [defineField({ name: 'name', type: 'string' }), defineField({ name: 'description', type: 'text' })],
          })
        : t,
    )
    const profile = studioShape(extract(types), 'jobProfile')
    const drifted = JobProfileDoc.extend({ language: z.enum(['nl', 'en', 'de']) })
    expect(compareShapes('jobProfile', zodShape(drifted), profile)).toEqual([
      'jobProfile.language: values nl, en, de in zod, nl, en in Studio',
      'jobProfile.specialisations[jobldSpecialisation].name: required in zod, optional in Studio',
    ])
  })
})
