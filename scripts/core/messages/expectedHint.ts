import { formatHints, isFormatHint, type FormatHint } from './issueMessages.ts'

/**
 * The message a zod check of jobld's model gives: "Expected " and the hint's English words
 * (zodIssueToIssue finds the hint again by this text, to word it in Dutch).
 * @param hint the hint's id
 * @returns the message for zod's `error`
 */
export function expectedHint(hint: FormatHint): string {
  return `Expected ${formatHints[hint].en}`
}

/**
 * The hint a zod message of jobld's model states, if it is one of expectedHint's.
 * @param message a zod issue's message
 * @returns the hint's id, or undefined for zod's own messages
 */
export function hintOf(message: string): FormatHint | undefined {
  for (const [id, words] of Object.entries(formatHints)) if (message === `Expected ${words.en}` && isFormatHint(id)) return id
  return undefined
}
