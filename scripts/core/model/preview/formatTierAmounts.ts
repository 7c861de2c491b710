import type { Language } from '../../messages/wording.ts'
import { salaryPeriods } from '../../constants.ts'
import { basisTitles, periodAbbreviations, statisticTitles } from '../optionLists.ts'
import { readAmount } from '../../rules/lib/readAmount.ts'
import { wordAmount } from './wordAmount.ts'

// Largest period first, as people read pay: "€ 2.450 p/m · € 14,50 p/u".
const displayOrder = [...salaryPeriods].reverse()

/**
 * Words a salary tier's amounts for its preview, e.g. "€ 2.450 p/m · € 14,50 p/u (bruto)", and
 * "(bruto, mediaan)" for a median tier (an average is the default and goes unsaid).
 * @param tier the tier's amounts, currency, basis and statistic as the preview selects them
 * @param language the Studio's language (Dutch by default)
 * @returns the line, or an empty string while the tier has no amounts
 */
export function formatTierAmounts(
  tier: { amounts?: unknown; currency?: unknown; basis?: unknown; statistic?: unknown },
  language: Language = 'nl',
): string {
  const currency = typeof tier.currency === 'string' && tier.currency !== '' ? tier.currency : 'EUR'
  const amounts = Array.isArray(tier.amounts) ? tier.amounts.map(readAmount) : []
  const parts = displayOrder.flatMap((period) =>
    amounts.flatMap((a) => {
      const worded = a?.period === period ? wordAmount(a, currency, language) : undefined
      return worded ? [`${worded} ${periodAbbreviations[language][period]}`] : []
    }),
  )
  if (parts.length === 0) return ''
  const basis = tier.basis === 'net' ? basisTitles[language].net : basisTitles[language].gross
  const statistic = tier.statistic === 'median' ? `, ${statisticTitles[language].median.toLowerCase()}` : ''
  return `${parts.join(' · ')} (${basis.toLowerCase()}${statistic})`
}
