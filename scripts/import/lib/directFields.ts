import type { DocumentDeclaration } from '../../core/model/declare/types.ts'

/**
 * The fields that front matter keys fill as they are (a key's `field` in the declaration), by
 * field name, with the values as the keys were read.
 * @param declaration the document type
 * @param values the front matter's values, by key
 * @returns the fields' values (keys without a value are left out)
 */
export function directFields(declaration: DocumentDeclaration, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(declaration.frontMatter ?? {})) if (entry.field !== undefined && values[key] !== undefined) fields[entry.field] = values[key]
  return fields
}
