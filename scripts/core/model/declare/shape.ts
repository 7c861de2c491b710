import type { z } from 'zod'
import type { Fields } from './types.ts'

/** The zod shape of a type's fields: each field's schema under its name. */
export type FieldShape<F extends Fields> = { -readonly [K in keyof F]: F[K]['schema'] }

/** The names of the fields the slim form keeps. */
type SlimKeys<F extends Fields> = { [K in keyof F]: F[K]['slimSchema'] extends z.ZodType ? K : never }[keyof F]

/** The zod shape of a type's slim form: each slim field's slim schema under its name. */
export type SlimShape<F extends Fields> = { -readonly [K in SlimKeys<F>]: Exclude<F[K]['slimSchema'], undefined> }

/** True when the slim form keeps any field of the type. */
export type HasSlim<F extends Fields> = [SlimKeys<F>] extends [never] ? false : true

/**
 * The zod shape of a type's fields, in their declared order.
 * @param fields the fields
 * @returns each field's schema under its name
 */
export function fieldShape<F extends Fields>(fields: F): FieldShape<F> {
  const shape: Record<string, z.ZodType> = {}
  for (const [name, declaration] of Object.entries(fields)) shape[name] = declaration.schema
  // Built key by key from the same record, so it has the mapped type's keys and values.
  return shape as FieldShape<F>
}

/**
 * The zod shape of a type's slim form, in the fields' declared order.
 * @param fields the fields
 * @returns each slim field's slim schema under its name
 */
export function slimShape<F extends Fields>(fields: F): SlimShape<F> {
  const shape: Record<string, z.ZodType> = {}
  for (const [name, declaration] of Object.entries(fields)) if (declaration.slimSchema) shape[name] = declaration.slimSchema
  // Built key by key from the same record, so it has the mapped type's keys and values.
  return shape as SlimShape<F>
}
