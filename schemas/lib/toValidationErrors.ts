import type { Path, PathSegment, ValidationError } from 'sanity'
import type { Path as RulePath } from '../../scripts/lib/issue.ts'
import { formatViolation, type Violation } from '../../scripts/lib/rules/violation.ts'
import { isRecord } from './isRecord.ts'

/**
 * Turns an index path into a Studio path: array indices become `{_key}` segments where the
 * item has a key, so the marker stays on its item when items move.
 */
function toStudioPath(path: RulePath, root: unknown): Path {
  let node: unknown = root
  return path.map((segment): PathSegment => {
    if (typeof segment === 'string') {
      node = isRecord(node) ? node[segment] : undefined
      return segment
    }
    const item: unknown = Array.isArray(node) ? node[segment] : undefined
    node = item
    return isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : segment
  })
}

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
    path: toStudioPath(v.path, root),
  }))
}
