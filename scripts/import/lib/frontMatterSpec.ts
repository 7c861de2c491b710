import type { z } from 'zod'
import type { DocumentDeclaration, FrontMatterKey } from '../../core/model/declare/types.ts'
import type { FrontMatterField } from './readFrontMatter.ts'

/** A schema without its `optional()`: a front matter key that is there has a value. */
type Unwrapped<S> = S extends z.ZodOptional<infer I> ? I : S

/** How one key is read: its own `read`, else its field's schema. */
type KeySchema<D extends DocumentDeclaration, E> = E extends { read: infer R extends z.ZodType }
  ? R
  : E extends { field: infer F extends keyof D['fields'] }
    ? Unwrapped<D['fields'][F]['schema']>
    : never

/** The front matter spec of a document type, as readFrontMatter takes it. */
export type FrontMatterSpec<D extends DocumentDeclaration> = {
  [K in keyof NonNullable<D['frontMatter']>]: {
    schema: KeySchema<D, NonNullable<D['frontMatter']>[K]>
    expected: string
    fieldPath?: FrontMatterField['fieldPath']
  } & (NonNullable<D['frontMatter']>[K] extends { required: true } ? { required: true } : { required?: false })
}

/** The schema a key is read with: its own, else its field's (readFrontMatter reads only keys that are there, so `optional()` never applies). */
function keySchema(declaration: DocumentDeclaration, key: string, entry: FrontMatterKey): z.ZodType {
  if (entry.read) return entry.read
  const schema = entry.field === undefined ? undefined : declaration.fields[entry.field]?.schema
  if (!schema) throw new Error(`Unexpected front matter key "${key}" of ${declaration.name} without read or field, expected one of them`)
  return schema
}

/**
 * The importer's front matter spec of a document type, from its declaration: each key's schema
 * (its own `read`, else its field's), what it expects, whether it is required, and the field it is about.
 * @param declaration the document type
 * @returns the spec, in the declaration's key order
 */
export function frontMatterSpec<D extends DocumentDeclaration>(declaration: D): FrontMatterSpec<D> {
  const spec: Record<string, FrontMatterField> = {}
  for (const [key, entry] of Object.entries(declaration.frontMatter ?? {})) {
    const fieldPath = entry.fieldPath ?? (entry.field === undefined ? undefined : [entry.field])
    spec[key] = {
      schema: keySchema(declaration, key, entry),
      expected: entry.expected,
      ...(entry.required ? { required: true } : {}),
      ...(fieldPath ? { fieldPath } : {}),
    }
  }
  // Built key by key from the declaration's own front matter, so it has the mapped type's keys and schemas.
  return spec as FrontMatterSpec<D>
}
