import type { z } from 'zod'
import { toDotPath } from '../../../core/toDotPath.ts'

/** What reading back one of jobld's own files gave: the value, or why it cannot be used. */
export type ReadBack<T> = { ok: true; value: T } | { ok: false; problem: string }

/**
 * Parses the text of a file jobld wrote and reads back (a manifest, a journal, a cache header)
 * with its schema: such a file is input like any other, and may have been edited, cut short or
 * planted. The problem names the first bad field by its path and never quotes more than a short
 * piece of a value.
 * @param text the file's text
 * @param schema the zod schema of its content
 * @returns the value, or the problem as a phrase (`pages[1].html: Unexpected "../x.html", expected …`)
 */
export function readBack<T>(text: string, schema: z.ZodType<T>): ReadBack<T> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'it is not JSON (cut short or damaged)' }
  }
  const parsed = schema.safeParse(value)
  if (parsed.success) return { ok: true, value: parsed.data }
  const [first, ...rest] = parsed.error.issues
  if (!first) return { ok: false, problem: 'it does not match its schema' }
  const more = rest.length ? ` (and ${rest.length} more)` : ''
  return { ok: false, problem: `${toDotPath(first.path.filter((part) => typeof part !== 'symbol'))}: ${issueWords(first)}${more}` }
}

/** jobld's words for a zod issue: custom checks carry their own; the common ones are reworded. */
function issueWords(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Unexpected ${issue.input === undefined ? 'missing value' : kindOf(issue.input)}, expected ${issue.expected}`
    case 'invalid_value':
      return `Unexpected value, expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    default:
      return issue.message
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  return typeof value
}
