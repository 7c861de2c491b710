import type { Path } from '../../../issue.ts'
import type { JsonObject } from '../../../jsonObject.ts'
import { jsonValueParams } from '../../../messages/describe.ts'
import type { JsonLdScope } from '../../declare/jsonLdScope.ts'
import type { GoogleExpectation, GoogleMessageId } from './googleMessages.ts'

/** What Google's rules report through: the JSON-LD layer's scope, with Google's message ids. */
export type GoogleScope = JsonLdScope<GoogleMessageId>

/**
 * A value counts as given unless it is absent, null, blank text or an empty list.
 * @param value a property's value
 * @returns true when Google would see a value
 */
export function given(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  return !Array.isArray(value) || value.length > 0
}

/**
 * Calls `each` for a value or every item of a list, with its path.
 * @param value one value or a list
 * @param path where it sits
 * @param each called per item
 */
export function forEach(value: unknown, path: Path, each: (item: unknown, itemPath: Path) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => each(item, [...path, i]))
  else each(value, path)
}

/**
 * Reports a required property that is not given.
 * @returns true when it is given
 */
export function required(scope: GoogleScope, node: JsonObject, path: Path, type: string, property: string): boolean {
  if (given(node[property])) return true
  scope.report('google.required', [...path, property], { type, property })
  return false
}

/**
 * Reports a recommended property that is not given (a warning).
 * @returns true when it is given
 */
export function recommended(scope: GoogleScope, node: JsonObject, path: Path, type: string, property: string): boolean {
  if (given(node[property])) return true
  scope.report('google.recommended', [...path, property], { type, property })
  return false
}

/**
 * A value found where another was expected, as message params (`text "Acme"`, `Place node`, …).
 * @param value the value found
 * @returns its params
 */
export function found(value: unknown): Record<string, string | number> {
  // The report has always called an absent value a "list" here; kept, so its English stays as it was.
  return value === undefined ? { valueKind: 'list' } : jsonValueParams(value)
}

/**
 * Reports a value that is there but unusable, against one of Google's expectations (googleMessages.ts).
 * @param scope where to report
 * @param path where the value sits
 * @param property the property's name, as the message says it
 * @param value the value found
 * @param expectation what Google expects
 */
export function expecting(scope: GoogleScope, path: Path, property: string, value: unknown, expectation: GoogleExpectation): void {
  scope.report('google.invalid_value', path, { property, ...found(value), expectation })
}
