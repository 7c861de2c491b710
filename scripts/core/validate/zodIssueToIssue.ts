import type { z } from 'zod'
import type { Issue, Path } from '../issue.ts'
import { valueParams } from '../messages/describe.ts'
import { hintOf } from '../messages/expectedHint.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { MessageParams } from '../messages/wording.ts'
import { isRuleMessage } from '../rules/ruleMessages.ts'

type ZodIssue = z.core.$ZodIssue

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  return typeof value
}

const unit = (origin: string) => (origin === 'string' ? 'character' : origin === 'array' ? 'item' : '')

/** The params a rule's violation handed to zod (`params: { rule, values }`), as message params. */
function ruleValues(values: unknown): MessageParams {
  const out: Record<string, string | number> = {}
  if (typeof values !== 'object' || values === null) return out
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'number') out[key] = value
  return out
}

/**
 * Words one zod issue in jobld's style ("Unexpected X, expected Y") from the message catalogue,
 * with the value that failed: the message id, its params, and the English sentence. zod's own
 * messages are kept only where jobld set them (custom rules, format hints).
 * @param issue a zod issue, parsed with `reportInput: true`
 * @returns the code, the catalogue's words (English message, params, message id)
 */
export function describeZodIssue(issue: ZodIssue): { code: string } & Pick<Issue, 'message' | 'params' | 'messageId'> {
  const value = 'input' in issue ? valueParams(issue.input) : valueParams(undefined)
  const code = `schema.${issue.code}`
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code, ...issueText(code, { expected: issue.expected }, 'schema.missing') }
      return { code, ...issueText(code, { kind: kindOf(issue.input), expected: issue.expected, ...value }) }
    case 'invalid_value':
      return { code, ...issueText(code, { ...value, values: issue.values.map((v) => JSON.stringify(v)) }) }
    case 'too_small': {
      const u = unit(issue.origin)
      if (u) {
        const n = Number(issue.minimum)
        return n === 1
          ? { code, ...issueText(code, { origin: issue.origin }, 'schema.too_small.empty') }
          : { code, ...issueText(code, { ...value, origin: issue.origin, minimum: n }, 'schema.too_small.count') }
      }
      return { code, ...issueText(code, { ...value, inclusive: issue.inclusive ? 1 : 0, minimum: String(issue.minimum) }) }
    }
    case 'too_big':
      return { code, ...issueText(code, { ...value, inclusive: issue.inclusive ? 1 : 0, maximum: String(issue.maximum), unit: unit(issue.origin) }) }
    case 'invalid_format': {
      // jobld's own format errors already say what is expected; zod's defaults get the format named.
      const hint = hintOf(issue.message)
      return { code, ...issueText(code, { ...value, format: issue.format, ...(hint ? { hint } : {}) }) }
    }
    case 'invalid_union': {
      const hint = hintOf(issue.message)
      return { code, ...issueText(code, { ...value, ...(hint ? { hint } : issue.discriminator ? { discriminator: issue.discriminator } : {}) }) }
    }
    case 'custom': {
      const rule = issue.params?.rule
      if (typeof rule === 'string' && isRuleMessage(rule)) return { code: rule, ...issueText(rule, ruleValues(issue.params?.values)) }
      return { code, message: issue.message }
    }
    default:
      return { code, ...issueText(code, { ...value, zodMessage: issue.message, zodCode: issue.code }, 'schema.other') }
  }
}

/**
 * Turns a zod issue on a document into a jobld issue.
 * @param issue the zod issue
 * @param doc the document's id and type
 * @returns the issue, with a stable code (`schema.<zod code>` or the rule's own code)
 */
export function zodIssueToIssue(issue: ZodIssue, doc: { docId: string; docType: string }): Issue {
  const { code, ...words } = describeZodIssue(issue)
  return {
    severity: 'error',
    code,
    docId: doc.docId,
    docType: doc.docType,
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as Path,
    ...words,
  }
}
