import type { Fields } from '../../core/model/declare/types.ts'

/**
 * A document's value with its fields in the order its type declares them (the order the Studio
 * shows them), leaving out the ones without a value.
 * @param declaration the document type: its name and fields
 * @param id the document's `_id`
 * @param values the fields' values, by name
 * @returns `_id`, `_type`, then the fields that have a value
 */
export function documentValue(declaration: { name: string; fields: Fields }, id: string, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const value: Record<string, unknown> = { _id: id, _type: declaration.name }
  for (const name of Object.keys(declaration.fields)) if (values[name] !== undefined) value[name] = values[name]
  return value
}
