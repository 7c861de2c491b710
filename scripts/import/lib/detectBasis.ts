import type { SalaryBasis } from '../../core/constants.ts'
import type { Language } from '../../core/constants.ts'

// "bruto" and "netto" also start words: brutoloon, nettomaandloon.
const gross = /\bbruto|\bgross\b|before\s+tax/giu
const netNl = /\bnetto/giu
// In Dutch "net" means "just" ("net zo goed"), so only English text reads "net" as net pay.
const netEn = /\bnetto|\bnet\b|take[-\s]home|after\s+tax/giu

/**
 * Finds whether a piece of text calls an amount gross (bruto) or net (netto).
 * @param text a header, a cell or part of a sentence
 * @param language the article's language
 * @param which the first mention, or the last (for text before an amount)
 * @returns the basis, or undefined when the text says neither
 */
export function detectBasis(text: string, language: Language, which: 'first' | 'last' = 'first'): SalaryBasis | undefined {
  let best: { basis: SalaryBasis; index: number } | undefined
  const candidates: [SalaryBasis, RegExp][] = [
    ['gross', gross],
    ['net', language === 'en' ? netEn : netNl],
  ]
  for (const [basis, pattern] of candidates) {
    for (const match of text.matchAll(pattern)) {
      const better = !best || (which === 'first' ? match.index < best.index : match.index > best.index)
      if (better) best = { basis, index: match.index }
    }
  }
  return best?.basis
}
