import type { z } from 'zod'
import type { Path } from '../../issue.ts'
import type { Violation } from '../../rules/declare/types.ts'
import { formatViolation } from '../../rules/formatViolation.ts'

/**
 * Hands a rule's violation to zod as a custom issue: the English message, and the rule's code and
 * params, from which core/validate/zodIssueToIssue.ts words the issue again in any language.
 * @param ctx the refinement's context
 * @param violation the violation, if any
 * @param path where it sits below the refined value; the violation's own path when not given
 */
export function addViolation(ctx: z.RefinementCtx, violation: Violation | undefined, path?: Path): void {
  if (!violation) return
  ctx.addIssue({
    code: 'custom',
    ...(path ? (path.length ? { path: [...path] } : {}) : { path: [...violation.path] }),
    message: formatViolation(violation, 'en'),
    params: { rule: violation.code, values: violation.params },
  })
}
