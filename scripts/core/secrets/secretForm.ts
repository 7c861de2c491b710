/**
 * Characters that do not change how a secret reads, or that hide in it unseen: combining marks
 * (after compatibility decomposition), control and format characters (zero-width space, soft
 * hyphen, BOM, bidirectional overrides, BEL) and every kind of space (no-break space included).
 */
export const INVISIBLE = /[\p{M}\p{Cc}\p{Cf}\p{Z}\s]/gu

/**
 * The form in which secrets are compared: compatibility-decomposed (fullwidth letters become
 * letters), without invisible characters, lowercased. A token with a zero-width space or a soft
 * hyphen pasted into it, or lowercased by a slug hint, still has the token's form.
 * @param text any text
 * @returns the text in secret form
 */
export function secretForm(text: string): string {
  return text.normalize('NFKD').replace(INVISIBLE, '').toLowerCase()
}
