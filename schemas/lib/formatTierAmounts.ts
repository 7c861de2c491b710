import type { AmountLike } from '../../scripts/lib/rules/checkAmount.ts'
import { salaryPeriods } from '../../scripts/lib/rules/constants.ts'
import { basisTitles, periodAbbreviations } from './labels.ts'
import { readAmount } from './readAmount.ts'

// Largest period first, as people read pay: "€ 2.450 p/m · € 14,50 p/u".
const displayOrder = [...salaryPeriods].reverse()

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

function wordAmount(a: AmountLike, currency: string): string | undefined {
  if (a.value !== undefined) return money(a.value, currency)
  if (a.minValue !== undefined && a.maxValue !== undefined)
    return `${money(a.minValue, currency)}–${money(a.maxValue, currency)}`
  if (a.minValue !== undefined) return `vanaf ${money(a.minValue, currency)}`
  if (a.maxValue !== undefined) return `tot ${money(a.maxValue, currency)}`
  return undefined
}

/**
 * Words a salary tier's amounts for its preview, e.g. "€ 2.450 p/m · € 14,50 p/u (bruto)".
 * @param tier the tier's amounts, currency and basis as the preview selects them
 * @returns the line, or an empty string while the tier has no amounts
 */
export function formatTierAmounts(tier: { amounts?: unknown; currency?: unknown; basis?: unknown }): string {
  const currency = typeof tier.currency === 'string' && tier.currency !== '' ? tier.currency : 'EUR'
  const amounts = Array.isArray(tier.amounts) ? tier.amounts.map(readAmount) : []
  const parts = displayOrder.flatMap((period) =>
    amounts.flatMap((a) => {
      const worded = a?.period === period ? wordAmount(a, currency) : undefined
      return worded ? [`${worded} ${periodAbbreviations[period]}`] : []
    }),
  )
  if (parts.length === 0) return ''
  const basis = tier.basis === 'net' ? basisTitles.net : basisTitles.gross
  return `${parts.join(' · ')} (${basis.toLowerCase()})`
}
