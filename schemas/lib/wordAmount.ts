import type { AmountLike } from '../../scripts/lib/rules/checkAmount.ts'

/** Dutch money: whole amounts without cents ("€ 2.450"), others with ("€ 14,50"). */
function money(value: number, currency: string): string {
  const whole = Number.isInteger(value)
  try {
    return new Intl.NumberFormat('nl-NL', {
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
 * One amount in Dutch: "€ 2.450", "€ 2.300–€ 2.700", "vanaf € 2.300".
 * @param a the amount
 * @param currency ISO 4217 code
 * @returns the words, or undefined while nothing is filled in
 */
export function wordAmount(a: Omit<AmountLike, 'period'>, currency: string): string | undefined {
  if (a.value !== undefined) return money(a.value, currency)
  if (a.minValue !== undefined && a.maxValue !== undefined)
    return `${money(a.minValue, currency)}–${money(a.maxValue, currency)}`
  if (a.minValue !== undefined) return `vanaf ${money(a.minValue, currency)}`
  if (a.maxValue !== undefined) return `tot ${money(a.maxValue, currency)}`
  return undefined
}
