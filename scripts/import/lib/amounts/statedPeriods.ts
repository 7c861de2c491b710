import { amountRanges, salaryPeriods, type SalaryPeriod } from '../../../core/constants.ts'

/**
 * The periods an article can state pay in: the content model's (core/constants.ts), four-weekly
 * pay ("per 4 weken", 13 periods a year under many Dutch collective agreements) among them, read
 * as its own period so that it is never taken for monthly pay.
 */
export const statedPeriods = ['HOUR', 'DAY', 'WEEK', 'FOUR_WEEKS', 'MONTH', 'YEAR'] as const
export type StatedPeriod = (typeof statedPeriods)[number]

/**
 * Whether the content model can hold amounts in a stated period.
 * @param period the period the article states
 * @returns true when it is one of the model's salary periods
 */
export function isModelPeriod(period: StatedPeriod): period is SalaryPeriod {
  return (salaryPeriods as ReadonlyArray<string>).includes(period)
}

/**
 * The plausible amounts per stated period: the model's ranges (core/constants.ts).
 * @param period the period
 * @returns the lowest and highest plausible amount
 */
export function plausibleRange(period: StatedPeriod): { min: number; max: number } {
  return amountRanges[period]
}
