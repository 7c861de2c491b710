import type { Language } from '../../core/constants.ts'
import { findAmounts, type FoundAmount } from './findAmounts.ts'

/**
 * Reads one amount or range written the way the language writes it (a table cell, a
 * summary line): `€ 2.450` → 2450 and `€ 14,50` → 14.5 in Dutch, `$2,450.50` in English,
 * `€ 2.450 tot € 3.100 bruto per maand` → a gross monthly range in EUR.
 * @param text the text holding exactly one amount or range
 * @param language how the text writes numbers
 * @returns the amount, or undefined when the text holds none, more than one, or one that cannot be read
 */
export function parseAmount(text: string, language: Language): FoundAmount | undefined {
  const { amounts, bad } = findAmounts(text, language)
  if (bad.length > 0 || amounts.length !== 1) return undefined
  return amounts[0]
}
