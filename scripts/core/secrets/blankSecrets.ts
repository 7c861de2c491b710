import { secretForm } from './secretForm.ts'

/** Secrets shorter than this (in secret form) are not looked for: a test token of a few letters would blank out words. */
export const MIN_SECRET_LENGTH = 8

/**
 * Replaces every occurrence of a secret in a text by a label, also where the occurrence has
 * invisible characters inside, another case or compatibility forms (see secretForm): the whole
 * stretch of the original text that reads as the secret goes, so neither half of a split token
 * is left.
 * @param text the text to print or store
 * @param secrets the secrets (those shorter than MIN_SECRET_LENGTH in secret form are skipped)
 * @param label what stands in for a secret, such as `[token]`
 * @returns the text without the secrets
 */
export function blankSecrets(text: string, secrets: ReadonlyArray<string | undefined>, label: string): string {
  const wanted = [...new Set(secrets.filter((s): s is string => s !== undefined).map(secretForm))].filter((s) => s.length >= MIN_SECRET_LENGTH)
  if (!wanted.length || !text) return text
  // The text in secret form, and for each of its units the index of the character it came from.
  let form = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const piece = secretForm(char)
    for (let i = 0; i < piece.length; i += 1) origin.push(index)
    form += piece
    index += char.length
  }
  const spans: Array<[number, number]> = []
  for (const secret of wanted) {
    for (let at = form.indexOf(secret); at !== -1; at = form.indexOf(secret, at + 1)) {
      const last = origin[at + secret.length - 1] ?? 0
      const lastChar = text.codePointAt(last) ?? 0
      spans.push([origin[at] ?? 0, last + (lastChar > 0xffff ? 2 : 1)])
    }
  }
  if (!spans.length) return text
  spans.sort((a, b) => a[0] - b[0])
  let result = ''
  let from = 0
  for (const [start, end] of spans) {
    if (end <= from) continue
    if (start >= from) result += text.slice(from, start) + label
    from = end
  }
  return result + text.slice(from)
}
