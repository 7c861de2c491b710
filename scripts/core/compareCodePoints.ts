/**
 * Compares two strings by code point, as the content store orders its keys (UTF-8 bytes) and the
 * report its documents: the same on every machine, unlike `localeCompare`, and unlike `<`, which
 * compares UTF-16 units and so puts a character beyond U+FFFF (a surrogate pair, D800–DFFF)
 * before U+E000–U+FFFF.
 * @param a a string
 * @param b another
 * @returns negative, zero or positive
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

/** A UTF-16 unit's place in code point order where two strings first differ: surrogates after U+E000–U+FFFF. */
const codePointRank = (unit: number) => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit)
