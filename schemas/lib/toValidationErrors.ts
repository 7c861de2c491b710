import type { ValidationError } from 'sanity'
import type { Language } from '../../scripts/core/messages/wording.ts'
import type { Violation } from '../../scripts/core/rules/declare/types.ts'
import { formatViolation } from '../../scripts/core/rules/formatViolation.ts'
import { toKeyedPath } from './toKeyedPath.ts'

/**
 * Words rule violations in the Studio's language as validation errors on their field paths.
 * @param violations the violations from the rules in scripts/core/rules
 * @param root the value the violation paths start from (the document, or the validated object)
 * @param language the Studio's language
 * @returns one validation error per violation, or `true` when there are none (Sanity's "valid")
 */
export function toValidationErrors(violations: readonly Violation[], root: unknown, language: Language): ValidationError[] | true {
  if (violations.length === 0) return true
  return violations.map((v) => ({
    message: formatViolation(v, language),
    code: `custom.${v.code}`,
    path: toKeyedPath(root, v.path),
  }))
}
