import type { Violation } from './violation.ts'

/**
 * Checks that a vacancy closes after it was posted.
 * @param datePosted ISO 8601 date or date-time
 * @param validThrough ISO 8601 date or date-time, if any
 * @returns the violation, or nothing
 */
export function checkVacancyDates(datePosted: string, validThrough: string | undefined): Violation | undefined {
  if (validThrough === undefined) return undefined
  const posted = Date.parse(datePosted)
  const through = Date.parse(validThrough)
  if (Number.isNaN(posted) || Number.isNaN(through) || through > posted) return undefined
  return { code: 'vacancy.valid_through_before_posted', path: ['validThrough'], params: { datePosted, validThrough } }
}
