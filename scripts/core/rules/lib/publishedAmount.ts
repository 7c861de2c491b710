import { fourWeeksPerYear, type GoogleSalaryUnit, type PercentileField, type SalaryPeriod } from '../../constants.ts'

/** The figures of an amount that are money: one value, a range, percentiles. */
type Figures = { value?: number | undefined; minValue?: number | undefined; maxValue?: number | undefined } & Partial<Record<PercentileField, number | undefined>>

const figureKeys = ['value', 'minValue', 'maxValue', 'percentile10', 'percentile25', 'percentile75', 'percentile90'] as const

/**
 * An amount in the unit it is published in: the same amount for Google's periods; an amount per
 * FOUR_WEEKS becomes one per YEAR, each figure times {@link fourWeeksPerYear} (13), rounded to
 * cents. The one rule for four-weekly pay in every JSON-LD node (core/constants.ts).
 * @param amount the amount as stated, with its period
 * @returns the amount as published, and whether it was converted
 */
export function publishedAmount<A extends Figures & { period: SalaryPeriod }>(amount: A): Omit<A, 'period'> & { period: GoogleSalaryUnit; converted: boolean } {
  if (amount.period !== 'FOUR_WEEKS') return { ...amount, period: amount.period, converted: false }
  const out: Figures = {}
  for (const key of figureKeys) {
    const figure = amount[key]
    if (figure !== undefined) out[key] = Math.round(figure * fourWeeksPerYear * 100) / 100
  }
  return { ...amount, ...out, period: 'YEAR', converted: true }
}
