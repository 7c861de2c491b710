import { isInvisible } from './isInvisible.ts'

// Letters and digits from rare to common in Dutch and English prose and in JSON (keys, hex ids):
// a match is tried only where the secret's rarest character stands.
const RARITY = 'qxjzywvk_-.~+/=gpbfmhcudltrnsoiae9876543210'

/** How a secret is looked for: its code points, and the one to look for first. */
interface Plan {
  codes: number[]
  anchor: number
  /** The anchor as it can stand in a text, in either case. */
  starts: string[]
}

const plans = new Map<string, Plan>()

/**
 * Whether a text (a field's value, or a document's JSON text) holds a secret in any disguise that
 * reads the same: another case, invisible or formatting characters between its characters, JSON
 * escapes (`\u200b`, `\u0007`), fullwidth forms. Fast enough for every document when a token is
 * set: no copy of the text is made, and a match is tried only where the secret's rarest character
 * stands, in either case, forwards and backwards from there.
 * @param text the text
 * @param form the secret in secret form (secretForm), at least one character
 * @returns true when the text holds it
 */
export function holdsSecret(text: string, form: string): boolean {
  const plan = plans.get(form) ?? planFor(form)
  const { codes, anchor } = plan
  if (!codes.length) return false
  for (const start of plan.starts)
    for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) if (matchesAround(text, at, codes, anchor)) return true
  // The anchor itself escaped (`\u0071`) or fullwidth: looked for only where such a character is.
  if (text.includes('\\u00') || /[\uff01-\uff5e]/.test(text)) for (let at = 0; at < text.length; at += 1) if (matchesAround(text, at, codes, anchor)) return true
  return false
}

function planFor(form: string): Plan {
  const codes = Array.from(form, (char) => char.codePointAt(0) ?? 0)
  let anchor = 0
  let best = Number.POSITIVE_INFINITY
  codes.forEach((cp, i) => {
    const rank = RARITY.indexOf(String.fromCodePoint(cp))
    if ((rank === -1 ? -1 : rank) < best) {
      best = rank === -1 ? -1 : rank
      anchor = i
    }
  })
  const char = String.fromCodePoint(codes[anchor] ?? 0)
  const plan = { codes, anchor, starts: [...new Set([char, char.toUpperCase()])] }
  if (plans.size > 16) plans.clear()
  plans.set(form, plan)
  return plan
}

// The width (in code units) of the character the last read took; kept here so reading allocates nothing.
let width = 1

function matchesAround(text: string, at: number, codes: ReadonlyArray<number>, anchor: number): boolean {
  // Forwards from the anchor: the anchor itself must stand at `at`.
  let j = anchor
  let k = at
  if (readAt(text, k) !== codes[j]) return false
  for (j += 1, k += width; j < codes.length; k += width) {
    if (k >= text.length) return false
    const cp = readAt(text, k)
    if (cp === codes[j]) j += 1
    else if (!isInvisible(cp)) return false
  }
  // Backwards from just before it.
  for (j = anchor - 1, k = at - 1; j >= 0; k -= width) {
    if (k < 0) return false
    const cp = readBefore(text, k)
    if (cp === codes[j]) j -= 1
    else if (!isInvisible(cp)) return false
  }
  return true
}

/** The folded code point at `k` (see fold); a JSON escape reads as the character it stands for. Sets `width`. */
function readAt(text: string, k: number): number {
  const unit = text.charCodeAt(k)
  if (unit === 0x5c && text.charCodeAt(k + 1) === 0x75 && isHex(text, k + 2)) {
    width = 6
    return fold(Number.parseInt(text.slice(k + 2, k + 6), 16))
  }
  if (unit >= 0xd800 && unit <= 0xdbff) {
    width = 2
    return fold(text.codePointAt(k) ?? unit)
  }
  width = 1
  return fold(unit)
}

/** readAt, for the character that ends at `k`. Sets `width`. */
function readBefore(text: string, k: number): number {
  if (k >= 5 && text.charCodeAt(k - 5) === 0x5c && text.charCodeAt(k - 4) === 0x75 && isHex(text, k - 3)) {
    width = 6
    return fold(Number.parseInt(text.slice(k - 3, k + 1), 16))
  }
  const unit = text.charCodeAt(k)
  if (unit >= 0xdc00 && unit <= 0xdfff && k > 0) {
    width = 2
    return fold(text.codePointAt(k - 1) ?? unit)
  }
  width = 1
  return fold(unit)
}

function isHex(text: string, from: number): boolean {
  for (let i = from; i < from + 4; i += 1) {
    const unit = text.charCodeAt(i)
    if (!((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x46) || (unit >= 0x61 && unit <= 0x66))) return false
  }
  return true
}

/** Lowercase, fullwidth ASCII as ASCII. */
function fold(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp
  return String.fromCodePoint(cp).toLowerCase().codePointAt(0) ?? cp
}
