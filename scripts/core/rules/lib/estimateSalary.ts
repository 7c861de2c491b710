import { defaultHoursPerWeek, defaultSalaryStatistic, type SalaryPeriod, type SalaryStatistic } from '../../constants.ts'
import type { Violation } from '../declare/types.ts'
import { periodNamesNl } from './periodNamesNl.ts'
import type { AmountLike } from './readAmount.ts'

/** The fields of a salary tier an estimate is made from. */
export interface EstimateTierLike {
  level: string
  currency: string
  basis: 'gross' | 'net'
  statistic?: SalaryStatistic | undefined
  /** The hours a week the tier's amounts are for; 40 when the tier does not say. */
  hoursPerWeek?: number | undefined
  amounts: ReadonlyArray<AmountLike>
}

/** The fields of a vacancy that decide how a tier is turned into its estimate. */
export interface EstimateVacancyLike {
  hoursPerWeek?: number | undefined
  employmentTypes: ReadonlyArray<string>
}

/** An amount as the estimate publishes it: one period, a value or a range. */
export interface EstimatedAmount {
  period: SalaryPeriod
  value?: number
  minValue?: number
  maxValue?: number
}

/**
 * How the estimate was made: `tier`, the tier's own amount (the vacancy works the tier's hours);
 * `prorated`, a weekly, four-weekly, monthly or yearly amount scaled by the vacancy's hours over the tier's;
 * `hourly`, per hour because a part-time vacancy states no hours (the tier's hourly amount, or
 * its monthly, yearly or weekly amount divided by the tier's hours).
 */
export type EstimateMethod = 'tier' | 'prorated' | 'hourly'

/** The notices of an estimate (the salaryEstimate rule's messages). */
export type EstimateNotice = 'vacancy.salary_estimated' | 'vacancy.salary_estimated_prorated' | 'vacancy.salary_estimated_hourly' | 'vacancy.salary_not_estimated'

/** What a tier gives a vacancy that has no salary of its own. */
export type SalaryEstimate =
  | {
      kind: 'estimate'
      method: EstimateMethod
      amount: EstimatedAmount
      /** The tier's amount the estimate was made from. */
      source: EstimatedAmount
      currency: string
      statistic: SalaryStatistic
      level: string
      /** The hours a week the tier's amounts are for, and whether the tier states them. */
      tierHours: number
      tierStatesHours: boolean
      /** The vacancy's hours a week, when it states them. */
      hoursPerWeek: number | undefined
      /** The notice that says, once per vacancy, that this is an estimate and how it was made. */
      violation: Violation<EstimateNotice>
    }
  | { kind: 'none'; violation: Violation<EstimateNotice> }

/** Weeks in each period that scales with hours per week; HOUR and DAY do not. */
const weeksPer: Partial<Record<SalaryPeriod, number>> = { WEEK: 1, FOUR_WEEKS: 4, MONTH: 52 / 12, YEAR: 52 }

/** A period's pay follows the hours worked per week (an hourly or a daily rate does not). */
const scales = (period: SalaryPeriod) => weeksPer[period] !== undefined

// Months first: the figure job seekers compare; then the others that scale with hours.
const scalingPreference: readonly SalaryPeriod[] = ['MONTH', 'FOUR_WEEKS', 'YEAR', 'WEEK']
const asIsPreference: readonly SalaryPeriod[] = ['MONTH', 'FOUR_WEEKS', 'HOUR', 'YEAR', 'WEEK', 'DAY']

const round2 = (n: number) => Math.round(n * 100) / 100

function copy(amount: AmountLike): EstimatedAmount {
  return scale(amount, amount.period, 1)
}

/** The amount times a factor, in a period, rounded to cents (1 keeps it as it is). */
function scale(amount: AmountLike, period: SalaryPeriod, factor: number): EstimatedAmount {
  const times = (n: number) => (factor === 1 ? n : round2(n * factor))
  const out: EstimatedAmount = { period }
  if (amount.value !== undefined) out.value = times(amount.value)
  if (amount.minValue !== undefined) out.minValue = times(amount.minValue)
  if (amount.maxValue !== undefined) out.maxValue = times(amount.maxValue)
  return out
}

function find(amounts: ReadonlyArray<AmountLike>, periods: readonly SalaryPeriod[]): AmountLike | undefined {
  for (const period of periods) {
    const found = amounts.find((a) => a.period === period && (a.value !== undefined || a.minValue !== undefined || a.maxValue !== undefined))
    if (found) return found
  }
  return undefined
}

/** The amount as text for messages: `1470`, `2300–2700`, `≥ 2300`. */
function amountText(amount: Omit<AmountLike, 'period'>): string {
  if (amount.value !== undefined) return String(amount.value)
  if (amount.minValue !== undefined && amount.maxValue !== undefined) return `${amount.minValue}–${amount.maxValue}`
  if (amount.minValue !== undefined) return `≥ ${amount.minValue}`
  return `≤ ${amount.maxValue ?? ''}`
}

/**
 * Turns the salary tier a vacancy points at into the vacancy's estimated salary, by its hours:
 * the tier's amounts are for the tier's hours a week (40 unless it says). A vacancy at those
 * hours, or full time without hours, gets the tier's amount (month first); one at other hours
 * gets the monthly (else four-weekly, yearly, weekly) amount scaled by its hours over the tier's, or else the
 * hourly amount; a part-time vacancy that states no hours gets an amount per hour. Daily
 * amounts are used only at the tier's own hours. The estimate is never a base salary: the
 * violation it carries is the notice that says so.
 * @param tier the gross tier (a net tier gives no estimate: undefined)
 * @param vacancy the vacancy's hours and employment types
 * @returns the estimate with its notice, `none` with the reason when no amount fits, or undefined for a net tier
 */
export function estimateSalary(tier: EstimateTierLike, vacancy: EstimateVacancyLike): SalaryEstimate | undefined {
  if (tier.basis !== 'gross') return undefined
  const tierHours = tier.hoursPerWeek ?? defaultHoursPerWeek
  const tierStatesHours = tier.hoursPerWeek !== undefined
  const statistic = tier.statistic ?? defaultSalaryStatistic
  const hours = vacancy.hoursPerWeek
  const partTimeWithoutHours = hours === undefined && vacancy.employmentTypes.includes('PART_TIME')

  let method: EstimateMethod
  let source: AmountLike | undefined
  let amount: EstimatedAmount | undefined
  if (partTimeWithoutHours) {
    method = 'hourly'
    source = find(tier.amounts, ['HOUR', ...scalingPreference])
    const weeks = source ? weeksPer[source.period] : undefined
    if (source) amount = weeks === undefined ? copy(source) : scale(source, 'HOUR', 1 / (tierHours * weeks))
  } else if (hours === undefined || hours === tierHours) {
    method = 'tier'
    source = find(tier.amounts, asIsPreference)
    if (source) amount = copy(source)
  } else {
    source = find(tier.amounts, scalingPreference)
    if (source) {
      method = 'prorated'
      amount = scale(source, source.period, hours / tierHours)
    } else {
      // An hourly rate holds whatever the hours; a daily one does not (a day's hours are unknown).
      method = 'tier'
      source = find(tier.amounts, ['HOUR'])
      if (source) amount = copy(source)
    }
  }

  const params = {
    level: tier.level,
    currency: tier.currency,
    tierHours,
    tierHoursStated: tierStatesHours ? 1 : 0,
    hours: hours ?? '',
    statistic,
  }
  if (!source || !amount) {
    const periods = [...new Set(tier.amounts.map((a) => a.period))]
    return {
      kind: 'none',
      violation: {
        code: 'vacancy.salary_not_estimated',
        path: ['salaryTier'],
        params: { ...params, periods: periods.join(', '), periodsNl: periods.map((p) => periodNamesNl[p]).join(', ') },
      },
    }
  }
  const code = method === 'tier' ? 'vacancy.salary_estimated' : method === 'prorated' ? 'vacancy.salary_estimated_prorated' : 'vacancy.salary_estimated_hourly'
  const violation: Violation<EstimateNotice> = {
    code,
    path: ['salaryTier'],
    params: {
      ...params,
      amount: amountText(amount),
      period: amount.period,
      periodNl: periodNamesNl[amount.period],
      source: amountText(source),
      sourcePeriod: source.period,
      sourcePeriodNl: periodNamesNl[source.period],
      converted: scales(source.period) && amount.period === 'HOUR' ? 1 : 0,
    },
  }
  return {
    kind: 'estimate',
    method,
    amount,
    source: copy(source),
    currency: tier.currency,
    statistic,
    level: tier.level,
    tierHours,
    tierStatesHours,
    hoursPerWeek: hours,
    violation,
  }
}
