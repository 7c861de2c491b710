import type { z } from 'zod'
import type { Fields } from './types.ts'

/** The zod shape of a type's fields: each field's schema under its name. */
export type FieldShape<F extends Fields> = { -readonly [K in keyof F]: F[K]['schema'] }

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
