import { isRecord } from '../../isRecord.ts'
import { readAmount } from './readAmount.ts'
import type { Violation } from '../declare/types.ts'

/** Per country (ISO 3166-1 alpha-2), the first day a vacancy there must state its own pay (the resolved `payTransparency` option). */
export type PayTransparency = Readonly<Record<string, string>>

/** What the rule reads of a vacancy (a whole document, a slim one, or a form being edited). */
export interface PayTransparencyFacts {
  location?: unknown
  remote?: unknown
  applicantCountries?: unknown
  datePosted?: unknown
  salary?: unknown
}

/** An own salary with an amount or a range (a period without an amount states no pay). */
function statesPay(salary: unknown): boolean {
  const amount = readAmount(salary)
  return amount !== undefined && (amount.value !== undefined || amount.minValue !== undefined || amount.maxValue !== undefined)
}

/**
 * The countries a vacancy is for: where the work is, or, when it is fully remote, the countries
 * applicants may live in (its own country when it names none).
 */
function countriesOf(vacancy: PayTransparencyFacts): string[] {
  const country = isRecord(vacancy.location) && typeof vacancy.location.country === 'string' ? vacancy.location.country : undefined
  if (vacancy.remote === true) {
    const applicants = Array.isArray(vacancy.applicantCountries) ? vacancy.applicantCountries.filter((c): c is string => typeof c === 'string') : []
    if (applicants.length > 0) return applicants
  }
  return country === undefined ? [] : [country]
}

/**
 * Checks (the rule vacancyPayTransparency) that a vacancy for a country where pay transparency applies (EU Pay Transparency
 * Directive 2023/970, Article 5), posted on or after the day it applies there, states the
 * employer's own pay or range (`salary`); a salary tier's estimate does not count.
 * @param vacancy the vacancy
 * @param dates per country, the day the obligation applies (resolved `payTransparency`; empty when off)
 * @returns the violation on `salary`, naming the first such country and its date, or nothing
 */
export function checkPayTransparency(vacancy: PayTransparencyFacts, dates: PayTransparency): Violation<'vacancy.pay_transparency'> | undefined {
  if (typeof vacancy.datePosted !== 'string' || statesPay(vacancy.salary)) return undefined
  // ISO dates (and date-times) compare as text by their first ten characters.
  const posted = vacancy.datePosted.slice(0, 10)
  for (const country of countriesOf(vacancy)) {
    const date = Object.hasOwn(dates, country) ? dates[country] : undefined
    if (date !== undefined && posted >= date) return { code: 'vacancy.pay_transparency', path: ['salary'], params: { country, date, datePosted: posted } }
  }
  return undefined
}
