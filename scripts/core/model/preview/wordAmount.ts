import type { Language } from '../../messages/wording.ts'
import { studioMessages } from '../../messages/studioMessages.ts'
import type { AmountLike } from '../../rules/lib/readAmount.ts'

const numberLocale = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>

/** Money as the language writes it: whole amounts without cents ("€ 2.450", "€2,450"), others with. */
function money(value: number, currency: string, language: Language): string {
  const whole = Number.isInteger(value)
  try {
    return new Intl.NumberFormat(numberLocale[language], {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(value)
  } catch {
    // An unknown currency code: its own validation message shows; the preview still reads.
    return `${currency} ${value}`
  }
}

/**
 * One amount in words: "€ 2.450", "€ 2.300–€ 2.700", "vanaf € 2.300" ("from €2,300" in English).
 * @param a the amount
 * @param currency ISO 4217 code
 * @param language the Studio's language (Dutch by default)
 * @returns the words, or undefined while nothing is filled in
 */
export function wordAmount(a: Omit<AmountLike, 'period'>, currency: string, language: Language = 'nl'): string | undefined {
  if (a.value !== undefined) return money(a.value, currency, language)
  if (a.minValue !== undefined && a.maxValue !== undefined)
    return `${money(a.minValue, currency, language)}–${money(a.maxValue, currency, language)}`
  if (a.minValue !== undefined) return studioMessages['preview.from'][language]({ amount: money(a.minValue, currency, language) })
  if (a.maxValue !== undefined) return studioMessages['preview.up_to'][language]({ amount: money(a.maxValue, currency, language) })
  return undefined
}
