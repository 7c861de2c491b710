/**
 * Salaries as schema.org nodes. The mapping (README, "Content rules"):
 * - the vacancy's own gross salary is the JobPosting's `baseSalary`, a MonetaryAmount
 *   (https://schema.org/baseSalary), and nothing else is;
 * - a tier is an estimate (https://schema.org/estimatedSalary: "often computed by outside
 *   organizations rather than the hiring organization"): on the Occupation per amount, on a
 *   JobPosting the one amount estimateSalary chose for the vacancy's hours;
 * - an average (the default) is a plain amount, a MonetaryAmount with a QuantitativeValue and its
 *   unitText: schema.org has no property for a mean, and `median` would state a different number;
 * - a median (a tier whose statistic is `median`) is a MonetaryAmountDistribution with its
 *   `median`, the percentiles the source gives (`percentile10` … `percentile90`) and `duration`
 *   (https://schema.org/MonetaryAmountDistribution);
 * - an amount per four weeks is published per year, times 13 (rules/lib/publishedAmount.ts, the one
 *   rule: Google's unitText has no four weeks), its description keeping the stated amount and period;
 * - whether the vacancy's own salary includes the holiday allowance (vakantiegeld) is stated in its
 *   description and as an `additionalProperty` of its QuantitativeValue
 *   (https://schema.org/additionalProperty: "a characteristic for which there is no matching
 *   property in schema.org");
 * - net amounts are never published (schema.org salaries are gross).
 */
import type { MonetaryAmount, MonetaryAmountDistribution, QuantitativeValue } from 'schema-dts'
import type { SalaryAmount, SalaryTierDoc } from '../model/index.ts'
import { defaultSalaryStatistic, fourWeeksPerYear, periodDurations, type GoogleSalaryUnit, type Language, type PercentileField, type SalaryPeriod, type SalaryStatistic } from '../constants.ts'
import type { SalaryEstimate } from '../rules/lib/estimateSalary.ts'
import { publishedAmount } from '../rules/lib/publishedAmount.ts'
import { cleanText } from '../html/cleanText.ts'

type AmountFields = Pick<SalaryAmount, 'period' | 'value' | 'minValue' | 'maxValue'> & Partial<Pick<SalaryAmount, PercentileField>>

/** A vacancy's own salary as the JSON-LD reads it. */
type OwnSalary = AmountFields & { currency: string; holidayAllowanceIncluded?: boolean | undefined }

/** The words of the descriptions, per content language. */
const words = {
  nl: {
    statistic: { average: 'Gemiddelde', median: 'Mediaan' },
    period: { HOUR: 'uur', DAY: 'dag', WEEK: 'week', FOUR_WEEKS: '4 weken', MONTH: 'maand', YEAR: 'jaar' },
    gross: 'bruto',
    at: (hours: number) => `bij ${hours} uur per week`,
    estimate: 'Schatting, geen aanbod van de werkgever',
    ofLevel: 'van niveau',
    prorated: (hours: number) => `omgerekend naar ${hours} uur per week`,
    hourlyConverted: 'omgerekend naar een uurloon',
    noHours: 'de vacature noemt geen uren per week',
    fourWeekly: (stated: string) => `opgegeven als ${stated}, gepubliceerd per jaar (${fourWeeksPerYear} × 4 weken)`,
    holidayAllowance: { true: 'inclusief vakantiegeld', false: 'exclusief vakantiegeld' },
    holidayAllowanceName: 'Inclusief vakantiegeld',
  },
  en: {
    statistic: { average: 'Average', median: 'Median' },
    period: { HOUR: 'hour', DAY: 'day', WEEK: 'week', FOUR_WEEKS: '4 weeks', MONTH: 'month', YEAR: 'year' },
    gross: 'gross',
    at: (hours: number) => `at ${hours} hours a week`,
    estimate: 'Estimate, not an offer by the employer',
    ofLevel: 'of level',
    prorated: (hours: number) => `prorated to ${hours} hours a week`,
    hourlyConverted: 'converted to an hourly rate',
    noHours: 'the vacancy states no hours per week',
    fourWeekly: (stated: string) => `stated as ${stated}, published per year (${fourWeeksPerYear} × 4 weeks)`,
    holidayAllowance: { true: 'holiday allowance included', false: 'holiday allowance not included' },
    holidayAllowanceName: 'Holiday allowance included',
  },
} as const satisfies Record<Language, unknown>

const scalesWithHours = (period: SalaryPeriod) => period !== 'HOUR' && period !== 'DAY'

/** For an amount per four weeks, what its description adds: the amount as stated; else nothing. */
function statedNote(amount: AmountFields, currency: string, lang: Language): string | undefined {
  return amount.period === 'FOUR_WEEKS' ? words[lang].fourWeekly(amountPhrase(amount, currency, lang)) : undefined
}

/** "2450 EUR per maand" in the content language. */
function amountPhrase(amount: AmountFields, currency: string, lang: Language): string {
  const w = words[lang]
  const figure =
    amount.value !== undefined
      ? String(amount.value)
      : amount.minValue !== undefined && amount.maxValue !== undefined
        ? `${amount.minValue}–${amount.maxValue}`
        : amount.minValue !== undefined
          ? `≥ ${amount.minValue}`
          : `≤ ${amount.maxValue ?? ''}`
  return `${figure} ${currency} per ${w.period[amount.period]}`
}

/**
 * One Occupation.estimatedSalary entry per amount of a gross tier: an average as a MonetaryAmount
 * (value or range in a QuantitativeValue with its unitText), a median as a
 * MonetaryAmountDistribution with its median and duration; each named after the level and
 * described ("Gemiddelde, bruto per maand"). Net tiers give nothing.
 * @param tier the salary tier
 * @param lang the profile's language, for the description
 * @returns the entries, in the tier's order of amounts
 */
export function tierToEstimatedSalary(tier: SalaryTierDoc, lang: Language): Array<MonetaryAmountDistribution | MonetaryAmount> {
  if (tier.basis !== 'gross') return []
  const statistic = tier.statistic ?? defaultSalaryStatistic
  const w = words[lang]
  return tier.amounts.map((amount) => {
    const hours = tier.hoursPerWeek !== undefined && scalesWithHours(amount.period) ? ` ${w.at(tier.hoursPerWeek)}` : ''
    const stated = statedNote(amount, tier.currency, lang)
    const description = `${w.statistic[statistic]}, ${w.gross} per ${w.period[amount.period]}${hours}${stated ? `; ${stated}` : ''}`
    return estimateNode(amount, tier.currency, statistic, cleanText(tier.level), description)
  })
}

/**
 * A JobPosting.estimatedSalary from the estimate a vacancy's tier gives (rules/lib/estimateSalary.ts),
 * in the tier's form (average: MonetaryAmount, median: MonetaryAmountDistribution), described as
 * an estimate with how it was made ("Schatting, geen aanbod van de werkgever: gemiddelde van
 * niveau Junior (2450 EUR per maand bij 40 uur per week), omgerekend naar 24 uur per week").
 * @param estimate the estimate
 * @param lang the vacancy's language
 * @returns the node
 */
export function estimateToEstimatedSalary(estimate: Extract<SalaryEstimate, { kind: 'estimate' }>, lang: Language): MonetaryAmountDistribution | MonetaryAmount {
  const w = words[lang]
  const level = cleanText(estimate.level)
  const what = `${w.estimate}: ${w.statistic[estimate.statistic].toLowerCase()} ${w.ofLevel} ${level}`
  const sourceAt = `${amountPhrase(estimate.source, estimate.currency, lang)} ${w.at(estimate.tierHours)}`
  let how: string
  switch (estimate.method) {
    case 'tier':
      how = `, ${w.gross} per ${w.period[estimate.amount.period]}${estimate.tierStatesHours && scalesWithHours(estimate.amount.period) ? ` ${w.at(estimate.tierHours)}` : ''}`
      break
    case 'prorated':
      how = ` (${sourceAt}), ${w.prorated(estimate.hoursPerWeek ?? estimate.tierHours)}`
      break
    case 'hourly':
      how = scalesWithHours(estimate.source.period) ? ` (${sourceAt}), ${w.hourlyConverted}; ${w.noHours}` : `, ${w.gross} per ${w.period.HOUR}; ${w.noHours}`
      break
  }
  const stated = statedNote(estimate.amount, estimate.currency, lang)
  return estimateNode(estimate.amount, estimate.currency, estimate.statistic, level, `${what}${how}${stated ? `; ${stated}` : ''}`)
}

function estimateNode(
  amount: AmountFields,
  currency: string,
  statistic: SalaryStatistic,
  name: string,
  description: string,
): MonetaryAmountDistribution | MonetaryAmount {
  const published = publishedAmount(amount)
  // A range is never a median (the rule tierMedian refuses one in a median tier); it stays a plain range.
  if (statistic === 'median' && published.value !== undefined && published.minValue === undefined && published.maxValue === undefined)
    return {
      '@type': 'MonetaryAmountDistribution',
      name,
      description,
      currency,
      duration: periodDurations[published.period],
      ...(published.percentile10 !== undefined ? { percentile10: published.percentile10 } : {}),
      ...(published.percentile25 !== undefined ? { percentile25: published.percentile25 } : {}),
      median: published.value,
      ...(published.percentile75 !== undefined ? { percentile75: published.percentile75 } : {}),
      ...(published.percentile90 !== undefined ? { percentile90: published.percentile90 } : {}),
    } satisfies MonetaryAmountDistribution
  return { '@type': 'MonetaryAmount', name, description, currency, value: quantitativeValue(published) } satisfies MonetaryAmount
}

/**
 * A JobPosting.baseSalary from the vacancy's own salary: MonetaryAmount with a QuantitativeValue
 * in a unit Google knows (four weeks: per year, × 13). A description says what the numbers alone
 * do not: the amount as stated per four weeks, and whether the holiday allowance is included
 * (also its QuantitativeValue's `additionalProperty` `holidayAllowanceIncluded`); none when there is nothing to add.
 * @param salary the amount (value or range), its period, currency and holiday allowance
 * @param lang the vacancy's language, for the description
 * @returns the MonetaryAmount
 */
export function baseSalary(salary: OwnSalary, lang: Language): MonetaryAmount {
  const w = words[lang]
  const allowance = salary.holidayAllowanceIncluded
  const notes = [statedNote(salary, salary.currency, lang), allowance === undefined ? undefined : w.holidayAllowance[allowance ? 'true' : 'false']].filter((n) => n !== undefined)
  const value = quantitativeValue(publishedAmount(salary))
  return {
    '@type': 'MonetaryAmount',
    ...(notes.length > 0 ? { description: notes.join('; ') } : {}),
    currency: salary.currency,
    value:
      allowance === undefined
        ? value
        : { ...value, additionalProperty: { '@type': 'PropertyValue', propertyID: 'holidayAllowanceIncluded', name: w.holidayAllowanceName, value: allowance } },
  }
}

function quantitativeValue(amount: Omit<AmountFields, 'period'> & { period: GoogleSalaryUnit }): QuantitativeValue {
  return {
    '@type': 'QuantitativeValue',
    ...(amount.value !== undefined ? { value: amount.value } : {}),
    ...(amount.minValue !== undefined ? { minValue: amount.minValue } : {}),
    ...(amount.maxValue !== undefined ? { maxValue: amount.maxValue } : {}),
    unitText: amount.period,
  }
}
