import { z } from 'zod'
import { fieldShape, slimShape, type FieldShape, type HasSlim, type SlimShape } from './shape.ts'
import type { FieldWords, Fields, ObjectDeclaration, PreviewDeclaration } from './types.ts'

/** The zod schema of an object type: `_key` for array items, its prefixed `_type`, its fields. */
export type ObjectSchema<N extends string, F extends Fields, K extends boolean> = z.ZodObject<
  (K extends true ? { _key: z.ZodString } : unknown) & { _type: z.ZodLiteral<N> } & FieldShape<F>
>

/** The slim form of an object type: its slim fields, or the whole object when none is slim. */
export type ObjectSlimSchema<N extends string, F extends Fields, K extends boolean> = HasSlim<F> extends true ? z.ZodObject<SlimShape<F>> : ObjectSchema<N, F, K>

/**
 * Declares one of jobld's object types (used inside documents, its `_type` carries jobld's prefix).
 * @param declaration its name, words in Dutch and English, fields, whether it is an array item (`keyed`), preview
 * @returns the declaration, with its zod schema and slim form
 */
export function defineObject<const N extends string, const F extends Fields, const K extends boolean>(declaration: {
  name: N
  nl: FieldWords
  en: FieldWords
  fields: F
  keyed: K
  preview?: PreviewDeclaration
}): ObjectDeclaration<N, F, ObjectSchema<N, F, K>, ObjectSlimSchema<N, F, K>> {
  const { name, nl, en, fields, keyed, preview } = declaration
  // The shapes are the types': `_key` exactly when keyed, then `_type`, then the fields; the slim fields when there are any.
  const schema = z.object({ ...(keyed ? { _key: z.string().min(1) } : {}), _type: z.literal(name), ...fieldShape(fields) }) as ObjectSchema<N, F, K>
  const slim = slimShape(fields)
  const slimSchema = (Object.keys(slim).length > 0 ? z.object(slim) : schema) as ObjectSlimSchema<N, F, K>
  return { kind: 'object', name, words: { nl, en }, fields, keyed, ...(preview ? { preview } : {}), schema, slimSchema }
}
