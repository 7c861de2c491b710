import { maxHoursPerWeek } from '../../constants.ts'

/**
 * Tells plausible hours per week (of a vacancy, or the hours a tier's amounts are for): a finite
 * number above 0 and at most {@link maxHoursPerWeek}.
 * @param hours the hours per week
 * @returns true when they are plausible
 */
export function hoursInRange(hours: number): boolean {
  return Number.isFinite(hours) && hours > 0 && hours <= maxHoursPerWeek
}
