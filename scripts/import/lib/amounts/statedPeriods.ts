import { amountRanges, salaryPeriods, type SalaryPeriod } from '../../../core/constants.ts'

/**
 * The periods an article can state pay in: the content model's (core/constants.ts) and
 * four-weekly pay ("per 4 weken", 13 periods a year under many Dutch collective agreements),
 * which the importer reads so that it is never taken for monthly pay, and imports once the
 * model has the period.
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
 * The plausible amounts per stated period: the model's ranges (core/constants.ts), and for a
 * period it lacks the range of the weeks it spans (four weeks: four times a week's).
 * @param period the period
 * @returns the lowest and highest plausible amount
 */
export function plausibleRange(period: StatedPeriod): { min: number; max: number } {
  if (isModelPeriod(period)) return amountRanges[period]
  return { min: amountRanges.WEEK.min * 4, max: amountRanges.WEEK.max * 4 }
}
