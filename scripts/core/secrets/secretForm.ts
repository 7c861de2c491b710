import { isInvisible } from './isInvisible.ts'

/**
 * The form in which secrets are compared: without invisible and formatting characters (see
 * isInvisible), fullwidth ASCII read as ASCII, lowercased. A token with a zero-width space or a
 * soft hyphen pasted into it, or lowercased by a slug hint, still has the token's form.
 * @param text any text
 * @returns the text in secret form
 */
export function secretForm(text: string): string {
  let form = ''
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (isInvisible(cp)) continue
    form += cp >= 0xff01 && cp <= 0xff5e ? String.fromCharCode(cp - 0xfee0).toLowerCase() : char.toLowerCase()
  }
  return form
}
