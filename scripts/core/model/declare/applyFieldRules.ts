import type { FieldRuleSet } from '../../rules/layers/documentRules.ts'
import { fieldText } from '../../rules/lib/fieldText.ts'
import { addViolation } from './addViolation.ts'
import type { FieldDeclaration, Fields } from './types.ts'

/**
 * A type's fields with the content rules of single fields (core/rules) in their zod schema and
 * their Studio validation: the zod model runs them on the field's value alone, so they report even
 * when other fields of the document fail.
 * @param type the document type's name, for the error on a rule of a field it does not have
 * @param fields the fields as declared
 * @param rules the rules of each field, from the registry
 * @returns the fields, those with rules replaced
 * @throws Error for a rule on a field the type does not have (a bug in a rule, caught by the tests)
 */
export function applyFieldRules<F extends Fields>(type: string, fields: F, rules: Readonly<Record<string, FieldRuleSet>>): F {
  const out: Record<string, FieldDeclaration> = { ...fields }
  for (const [name, { check, studio }] of Object.entries(rules)) {
    const declared = fields[name]
    if (!declared) throw new Error(`Unexpected content rule on ${type}.${name}, expected a field of ${type}`)
    out[name] = {
      ...declared,
      schema: check
        ? declared.schema.superRefine((value, ctx) => {
            const text = fieldText(value)
            // A violation's path starts at the document; zod's starts at the field.
            if (text !== undefined) for (const violation of check(text)) addViolation(ctx, violation, violation.path.slice(1))
          })
        : declared.schema,
      rules: { ...declared.rules, ...(check ? { check } : {}), ...(studio ? { studioCheck: studio } : {}) },
    }
  }
  // The same keys, and each schema's own type: a refinement keeps the type of what it refines.
  return out as F
}
