import type { Schema, SchemaType } from 'sanity'
import type { z } from 'zod'
import { documentDeclarations } from '../../scripts/core/model/index.ts'

const { organization } = documentDeclarations
/** The zod schema of each field of jobld's organisation, by name. */
const fieldSchemas: Readonly<Record<string, z.ZodType>> = organization.schema.shape

/** A URL as an editor types it: a field whose zod schema takes one may also be a Studio `url` field. */
const sampleUrl = 'https://example.org/logo.png'

/** The names of a schema type and of every type it extends, nearest first (`logo` → image → object). */
function typeChain(type: SchemaType | undefined): string[] {
  const names: string[] = []
  for (let t = type; t; t = t.type) names.push(t.name)
  return names
}

/** Whether any of the field's rules makes it required (Sanity's compiled rules say it themselves). */
function isRequired(type: SchemaType): boolean {
  const rules = type.validation
  return Array.isArray(rules) && rules.some((rule) => typeof rule === 'object' && rule !== null && !Array.isArray(rule) && rule.isRequired())
}

/**
 * What the export could not read in the Studio's own organisation type (`organizationType`), found
 * when the Studio starts instead of at the first export: each field of jobld's organisation
 * declaration that the export requires must be there and required, and each field the type has
 * under a name the declaration uses must hold what the export reads there (a `logo` an image or a
 * URL, a `logoUrl` a URL, …). Fields of other names are the Studio's own and are not looked at.
 * @param schema the Studio's compiled schema
 * @param typeName the name given as `organizationType`
 * @returns one sentence per problem, in the "Unexpected …, expected …" form; empty when the export can read the type
 */
export function ownOrganizationProblems(schema: Schema, typeName: string): string[] {
  const type = schema.get(typeName)
  if (!type) return [`Unexpected organizationType "${typeName}": the Studio has no type of that name, expected the name of its own organisation document type`]
  const chain = typeChain(type)
  if (!chain.includes('document')) return [`Unexpected organizationType "${typeName}", a ${chain.at(-1) ?? type.jsonType} type, expected a document type`]
  const fields = new Map('fields' in type && Array.isArray(type.fields) ? type.fields.map((f: { name: string; type: SchemaType }) => [f.name, f.type]) : [])
  const problems: string[] = []
  for (const [name, declared] of Object.entries(organization.fields)) {
    const own = fields.get(name)
    if (!own) {
      if (declared.required) problems.push(`Unexpected ${typeName} without a field ${name}, expected a required ${declared.studio.type} field ${name}: the export refuses an organisation without it`)
      continue
    }
    const takesUrl = fieldSchemas[name]?.safeParse(sampleUrl).success === true
    const readable = [declared.studio.type, ...(takesUrl && declared.studio.type !== 'array' ? ['url'] : [])]
    const ownChain = typeChain(own)
    if (!readable.some((t) => ownChain.includes(t))) {
      problems.push(`Unexpected ${typeName} → ${name} of type ${ownChain[0] ?? own.jsonType}, expected a field of type ${readable.join(' or ')}: the export reads ${name} as jobld's organisation type has it`)
      continue
    }
    if (declared.required && !isRequired(own))
      problems.push(`Unexpected optional ${typeName} → ${name}, expected it required (validation: (rule) => rule.required()): the export refuses an organisation without it`)
  }
  return problems
}
