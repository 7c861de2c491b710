import { amountRanges, percentileFields, type PercentileField, type SalaryPeriod } from './constants.ts'
import { periodNamesNl, type Violation } from './violation.ts'

/** An amount as the rules see it: one value, or a range, for one period. */
export interface AmountLike extends Partial<Record<PercentileField, number | undefined>> {
  period: SalaryPeriod
  value?: number | undefined
  minValue?: number | undefined
  maxValue?: number | undefined
}

/**
 * Checks one salary amount: something given, finite, positive, within the plausible
 * range for its period (percentiles too), minimum not above maximum.
 * @param amount the amount
 * @param path where the amount sits in its document
 * @returns every violation found (empty when the amount is fine)
 */
export function checkAmount(amount: AmountLike, path: Violation['path']): Violation[] {
  const out: Violation[] = []
  const given = (['value', 'minValue', 'maxValue'] as const).filter((k) => amount[k] !== undefined)
  if (given.length === 0) return [{ code: 'amount.missing', path, params: {} }]
  const range = amountRanges[amount.period]
  for (const key of [...given, ...percentileFields.filter((k) => amount[k] !== undefined)]) {
    const value = amount[key] as number
    const at = [...path, key]
    if (!Number.isFinite(value)) out.push({ code: 'amount.not_number', path: at, params: { value: String(value) } })
    else if (value <= 0) out.push({ code: 'amount.not_positive', path: at, params: { value } })
    else if (value < range.min || value > range.max)
      out.push({
        code: 'amount.out_of_range',
        path: at,
        params: { value, period: amount.period, periodNl: periodNamesNl[amount.period], min: range.min, max: range.max },
      })
  }
  const { minValue, maxValue } = amount
  if (minValue !== undefined && maxValue !== undefined && minValue > maxValue)
    out.push({ code: 'amount.min_above_max', path: [...path, 'minValue'], params: { min: minValue, max: maxValue } })
  return out
}

/**
 * The number that stands for an amount when amounts are compared: the value, else the
 * middle of the range, else whichever bound is given.
 * @param amount the amount
 * @returns the representative number, or undefined when nothing is given
 */
export function representativeValue(amount: Omit<AmountLike, 'period'>): number | undefined {
  if (amount.value !== undefined) return amount.value
  if (amount.minValue !== undefined && amount.maxValue !== undefined) return (amount.minValue + amount.maxValue) / 2
  return amount.minValue ?? amount.maxValue
}
