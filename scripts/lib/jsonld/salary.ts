import type { MonetaryAmount, MonetaryAmountDistribution } from 'schema-dts'
import type { SalaryAmount, SalaryTierDoc } from '../model/index.ts'
import { periodDurations, type SalaryPeriod } from '../rules/constants.ts'
import { cleanText } from '../html/cleanText.ts'

/** Order in which periods are preferred when one amount must stand for a tier (JobPosting.baseSalary). */
const periodPreference: readonly SalaryPeriod[] = ['MONTH', 'HOUR', 'YEAR', 'WEEK', 'DAY']

type AmountFields = Pick<SalaryAmount, 'period' | 'value' | 'minValue' | 'maxValue'>

/**
 * The tier's amount in the preferred period (month, then hour, year, week, day).
 * @param amounts the tier's amounts
 * @returns the amount to use, or undefined when there is none
 */
export function preferredAmount<T extends AmountFields>(amounts: ReadonlyArray<T>): T | undefined {
  for (const period of periodPreference) {
    const found = amounts.find((a) => a.period === period)
    if (found) return found
  }
  return undefined
}

/**
 * One Occupation.estimatedSalary entry per amount of a gross tier: a single value becomes a
 * MonetaryAmountDistribution with its median and duration; a range a MonetaryAmount with
 * minValue/maxValue in a QuantitativeValue with its unitText. Net tiers give nothing.
 * @param tier the salary tier
 * @returns the entries, in the tier's order of amounts
 */
export function tierToEstimatedSalary(tier: SalaryTierDoc): Array<MonetaryAmountDistribution | MonetaryAmount> {
  if (tier.basis !== 'gross') return []
  const name = cleanText(tier.level)
  return tier.amounts.map((amount) => {
    if (amount.value !== undefined)
      return {
        '@type': 'MonetaryAmountDistribution',
        name,
        currency: tier.currency,
        duration: periodDurations[amount.period],
        median: amount.value,
      } satisfies MonetaryAmountDistribution
    return {
      '@type': 'MonetaryAmount',
      name,
      currency: tier.currency,
      value: quantitativeValue(amount),
    } satisfies MonetaryAmount
  })
}

/**
 * A JobPosting.baseSalary from an amount: MonetaryAmount with a QuantitativeValue.
 * @param amount the amount (value or range) and its period
 * @param currency ISO 4217 code
 * @returns the MonetaryAmount
 */
export function baseSalary(amount: AmountFields, currency: string): MonetaryAmount {
  return { '@type': 'MonetaryAmount', currency, value: quantitativeValue(amount) }
}

function quantitativeValue(amount: AmountFields) {
  return {
    '@type': 'QuantitativeValue' as const,
    ...(amount.value !== undefined ? { value: amount.value } : {}),
    ...(amount.minValue !== undefined ? { minValue: amount.minValue } : {}),
    ...(amount.maxValue !== undefined ? { maxValue: amount.maxValue } : {}),
    unitText: amount.period,
  }
}
