import { z } from 'zod'
import { fieldShape, type FieldShape } from './shape.ts'
import type { FieldWords, Fields, ObjectDeclaration, PreviewDeclaration } from './types.ts'

/** The zod schema of an object type: `_key` for array items, its prefixed `_type`, its fields. */
export type ObjectSchema<N extends string, F extends Fields, K extends boolean> = z.ZodObject<
  (K extends true ? { _key: z.ZodString } : unknown) & { _type: z.ZodLiteral<N> } & FieldShape<F>
>

/**
 * Declares one of jobld's object types (used inside documents, its `_type` carries jobld's prefix).
 * @param declaration its name, words in Dutch and English, fields, whether it is an array item (`keyed`), preview
 * @returns the declaration, with its zod schema
 */
export function defineObject<const N extends string, const F extends Fields, const K extends boolean>(declaration: {
  name: N
  nl: FieldWords
  en: FieldWords
  fields: F
  keyed: K
  preview?: PreviewDeclaration
}): ObjectDeclaration<N, F, ObjectSchema<N, F, K>> {
  const { name, nl, en, fields, keyed, preview } = declaration
  const shape = { ...(keyed ? { _key: z.string().min(1) } : {}), _type: z.literal(name), ...fieldShape(fields) }
  return {
    kind: 'object',
    name,
    words: { nl, en },
    fields,
    keyed,
    ...(preview ? { preview } : {}),
    // The shape above is the type's: `_key` exactly when keyed, then `_type`, then the fields.
    schema: z.object(shape) as ObjectSchema<N, F, K>,
  }
}
