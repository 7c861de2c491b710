import type { z } from 'zod'
import type { Issue, Path } from '../issue.ts'
import { describeValue } from './describeValue.ts'

type ZodIssue = z.core.$ZodIssue

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  return typeof value
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

const unit = (origin: string) => (origin === 'string' ? 'character' : origin === 'array' ? 'item' : '')

/**
 * Words one zod issue in jobld's style ("Unexpected X, expected Y"), with the value that failed.
 * zod's own messages are kept only where jobld set them (custom rules, format hints).
 * @param issue a zod issue, parsed with `reportInput: true`
 * @returns the English message
 */
export function describeZodIssue(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedNames[issue.expected] ?? issue.expected
      if (issue.input === undefined) return `Missing required field, expected ${expected}`
      return `Unexpected ${kindOf(issue.input)} ${describeValue(issue.input)}, expected ${expected}`
    }
    case 'invalid_value':
      return `Unexpected ${describeValue(issue.input)}, expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    case 'too_small': {
      const u = unit(issue.origin)
      if (u) {
        const n = Number(issue.minimum)
        const what = issue.origin === 'string' ? 'empty text' : 'empty list'
        return n === 1 ? `Unexpected ${what}, expected at least 1 ${u}` : `Unexpected ${describeValue(issue.input)}, expected at least ${n} ${u}s`
      }
      return `Unexpected ${describeValue(issue.input)}, expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`
    }
    case 'too_big': {
      const u = unit(issue.origin)
      return `Unexpected ${describeValue(issue.input)}, expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${u ? ` ${u}s` : ''}`
    }
    case 'invalid_format': {
      // jobld's own format errors already say what is expected; zod's defaults get a value added.
      const hint = issue.message.startsWith('Expected') ? issue.message.slice('Expected '.length) : `a valid ${issue.format}`
      return `Unexpected ${describeValue(issue.input)}, expected ${hint}`
    }
    case 'invalid_union':
      return issue.message.startsWith('Expected')
        ? `Unexpected ${describeValue(issue.input)}, expected ${issue.message.slice('Expected '.length)}`
        : `Unexpected ${describeValue(issue.input)}, expected ${issue.discriminator ? `a known ${issue.discriminator}` : 'one of the allowed forms'}`
    case 'custom':
      return issue.message
    default:
      return `Unexpected ${describeValue(issue.input)}: ${issue.message}`
  }
}

/**
 * Turns a zod issue on a document into a jobld issue.
 * @param issue the zod issue
 * @param doc the document's id and type
 * @returns the issue, with a stable code (`schema.<zod code>` or the rule's own code)
 */
export function zodIssueToIssue(issue: ZodIssue, doc: { docId: string; docType: string }): Issue {
  const rule = issue.code === 'custom' && typeof issue.params?.rule === 'string' ? issue.params.rule : undefined
  return {
    severity: 'error',
    code: rule ?? `schema.${issue.code}`,
    docId: doc.docId,
    docType: doc.docType,
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as Path,
    message: describeZodIssue(issue),
  }
}
