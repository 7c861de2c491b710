import type { MessageParams } from './wording.ts'

/**
 * A param as text: numbers as JavaScript writes them, lists joined with ", ", absent as "".
 * @param p the params
 * @param key the param's name
 * @returns the text
 */
export function text(p: MessageParams, key: string): string {
  const value = p[key]
  if (value === undefined) return ''
  return typeof value === 'string' || typeof value === 'number' ? String(value) : value.join(', ')
}

/**
 * A list param: a list as given, one text as a list of one, absent as none.
 * @param p the params
 * @param key the param's name
 * @returns the names
 */
export function names(p: MessageParams, key: string): ReadonlyArray<string> {
  const value = p[key]
  if (value === undefined) return []
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : value
}

/**
 * Joins names as a language does: `A`, `A or B`, `A, B or C` (Dutch: `A, B of C`).
 * @param list the names
 * @param last the word before the last one
 * @returns the list as text
 */
export function joinList(list: ReadonlyArray<string>, last: string): string {
  if (list.length <= 1) return list[0] ?? ''
  return `${list.slice(0, -1).join(', ')} ${last} ${list[list.length - 1] ?? ''}`
}
