import { isRecord } from '../isRecord.ts'
import { checkAmount } from './checkAmount.ts'
import { checkCurrency } from './checkCurrency.ts'
import { checkHoursPerWeek } from './checkHoursPerWeek.ts'
import { checkVacancyDates } from './checkVacancyDates.ts'
import { checkVacancyPlace } from './checkVacancyPlace.ts'
import { readAmount } from './readAmount.ts'
import type { Violation } from './violation.ts'

/**
 * The vacancy rules that span its fields, in one entry point for the zod model and the Studio: it
 * closes after it was posted (checkVacancyDates); its hours per week are plausible
 * (checkHoursPerWeek); its own salary is a plausible amount in a known currency (checkAmount,
 * checkCurrency); it has a location or is remote with applicant countries, and takes its salary
 * from a tier or its own, not both (checkVacancyPlace). A half-filled vacancy (the Studio's form)
 * is checked on what it has.
 * @param vacancy the vacancy document
 * @returns every violation, with the document's own paths
 */
export function checkVacancy(vacancy: unknown): Violation[] {
  if (!isRecord(vacancy)) return []
  const out: Violation[] = []
  const add = (v: Violation | undefined) => v && out.push(v)
  const validThrough = typeof vacancy.validThrough === 'string' ? vacancy.validThrough : undefined
  if (typeof vacancy.datePosted === 'string') add(checkVacancyDates(vacancy.datePosted, validThrough))
  if (typeof vacancy.hoursPerWeek === 'number') add(checkHoursPerWeek(vacancy.hoursPerWeek))
  const { salary } = vacancy
  if (isRecord(salary)) {
    const amount = readAmount(salary)
    if (amount) out.push(...checkAmount(amount, ['salary']))
    if (typeof salary.currency === 'string') add(checkCurrency(salary.currency, ['salary', 'currency']))
  }
  const countries = Array.isArray(vacancy.applicantCountries) ? vacancy.applicantCountries.filter((c): c is string => typeof c === 'string') : undefined
  out.push(...checkVacancyPlace({ location: vacancy.location, remote: vacancy.remote === true, applicantCountries: countries, salaryTier: vacancy.salaryTier, salary }))
  return out
}
