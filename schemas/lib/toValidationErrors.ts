import type { ValidationError } from 'sanity'
import { formatViolation, type Violation } from '../../scripts/lib/rules/violation.ts'
import { toKeyedPath } from './toKeyedPath.ts'

/**
 * Words rule violations in Dutch as Studio validation errors on their field paths.
 * @param violations the violations from a rule in scripts/lib/rules
 * @param root the value the violation paths start from (the document, or the validated object)
 * @returns one validation error per violation, or `true` when there are none (Sanity's "valid")
 */
export function toValidationErrors(violations: readonly Violation[], root: unknown): ValidationError[] | true {
  if (violations.length === 0) return true
  return violations.map((v) => ({
    message: formatViolation(v, 'nl'),
    code: `custom.${v.code}`,
    path: toKeyedPath(root, v.path),
  }))
}
