import { maxHoursPerWeek } from './constants.ts'
import type { Violation } from './violation.ts'

/**
 * Checks hours per week (of a vacancy, or the hours a tier's amounts are for): a finite number
 * above 0 and at most {@link maxHoursPerWeek}.
 * @param hours the hours per week
 * @param path where they sit in the document
 * @returns the violation, or nothing
 */
export function checkHoursPerWeek(hours: number, path: Violation['path'] = ['hoursPerWeek']): Violation | undefined {
  if (Number.isFinite(hours) && hours > 0 && hours <= maxHoursPerWeek) return undefined
  return { code: 'hours.out_of_range', path, params: { hours: String(hours), max: maxHoursPerWeek } }
}
