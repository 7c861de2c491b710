import { text } from '../../messages/params.ts'
import { quoteText } from '../../messages/quoteText.ts'
import type { MessageParams } from '../../messages/wording.ts'

/**
 * A text from a document inside a message, in quotes: cut when long, with its length.
 * @param p the message's params
 * @param key the param's name
 * @returns `"text"`, or `"start…" (1,048,576 characters)`
 */
export function quoted(p: MessageParams, key: string): string {
  return quoteText(text(p, key))
}

/**
 * A text from a document inside a message, bare (a level's name): cut when long, with its length.
 * @param p the message's params
 * @param key the param's name
 * @returns the text, or its start with "…" and its length
 */
export function bare(p: MessageParams, key: string): string {
  return quoteText(text(p, key), { quotes: false })
}
