import type { Language } from '../../messages/wording.ts'
import { studioMessages } from '../../messages/studioMessages.ts'
import { salaryBases, salaryStatistics } from '../../constants.ts'
import { estimateSalary } from '../../rules/lib/estimateSalary.ts'
import { isRecord } from '../../isRecord.ts'
import { periodAbbreviations } from '../optionLists.ts'
import { readAmount, type KeyedAmount } from '../../rules/lib/readAmount.ts'
import { wordAmount } from './wordAmount.ts'

/** What the vacancy preview selects: the vacancy's own salary, hours and types, and its tier's fields. */
export interface VacancySalarySelection {
  salary?: unknown
  hoursPerWeek?: unknown
  employmentTypes?: unknown
  tierLevel?: unknown
  tierAmounts?: unknown
  tierCurrency?: unknown
  tierBasis?: unknown
  tierHours?: unknown
  tierStatistic?: unknown
}

const currencyOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : 'EUR')

/**
 * Words a vacancy's pay for its preview, by the build's rule: its own salary as the employer gives
 * it ("€ 2.700–€ 3.000 p/m"), or the estimate its salary tier gives for its hours
 * (estimateSalary: "schatting € 1.470 p/m"). Net amounts say so; nothing while there is no pay.
 * @param selection the fields the preview selects (the tier's through its reference)
 * @param language the Studio's language (Dutch by default)
 * @returns the words, or an empty string
 */
export function formatVacancySalary(selection: VacancySalarySelection, language: Language = 'nl'): string {
  const own = isRecord(selection.salary) ? readAmount(selection.salary) : undefined
  if (own && isRecord(selection.salary)) {
    const worded = wordAmount(own, currencyOf(selection.salary.currency), language)
    if (!worded) return ''
    const net = selection.salary.basis === 'net' ? ` (${studioMessages['preview.net'][language]({})})` : ''
    return `${worded} ${periodAbbreviations[language][own.period]}${net}`
  }
  const basis = salaryBases.find((b) => b === selection.tierBasis)
  if (typeof selection.tierLevel !== 'string' || !basis || !Array.isArray(selection.tierAmounts)) return ''
  if (basis === 'net') return studioMessages['preview.net_tier'][language]({})
  const currency = currencyOf(selection.tierCurrency)
  const estimate = estimateSalary(
    {
      level: selection.tierLevel,
      currency,
      basis,
      statistic: salaryStatistics.find((st) => st === selection.tierStatistic),
      hoursPerWeek: typeof selection.tierHours === 'number' ? selection.tierHours : undefined,
      amounts: selection.tierAmounts.flatMap((a: unknown): KeyedAmount[] => {
        const amount = readAmount(a)
        return amount ? [amount] : []
      }),
    },
    {
      hoursPerWeek: typeof selection.hoursPerWeek === 'number' ? selection.hoursPerWeek : undefined,
      employmentTypes: Array.isArray(selection.employmentTypes) ? selection.employmentTypes.filter((t): t is string => typeof t === 'string') : [],
    },
  )
  if (estimate?.kind !== 'estimate') return ''
  const worded = wordAmount(estimate.amount, currency, language)
  return worded ? studioMessages['preview.estimate'][language]({ amount: `${worded} ${periodAbbreviations[language][estimate.amount.period]}` }) : ''
}
