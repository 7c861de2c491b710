import type { Violation } from './violation.ts'

/** The fields of a vacancy that decide where it is and how it is paid. */
export interface VacancyPlaceLike {
  location?: unknown
  remote?: boolean | undefined
  applicantCountries?: ReadonlyArray<string> | undefined
  salaryTier?: unknown
  salary?: unknown
}

/**
 * Checks that a vacancy says where the work is (a location, or fully remote with the countries
 * applicants may live in) and takes its salary from one place (a tier or its own).
 * @param vacancy the vacancy
 * @returns every violation (empty when the vacancy is fine)
 */
export function checkVacancyPlace(vacancy: VacancyPlaceLike): Violation[] {
  const out: Violation[] = []
  if (!vacancy.location && vacancy.remote !== true) out.push({ code: 'vacancy.location', path: ['location'], params: {} })
  if (vacancy.remote === true && !vacancy.applicantCountries?.length)
    out.push({ code: 'vacancy.applicant_countries', path: ['applicantCountries'], params: {} })
  if (vacancy.salaryTier && vacancy.salary) out.push({ code: 'vacancy.salary_twice', path: ['salary'], params: {} })
  return out
}
