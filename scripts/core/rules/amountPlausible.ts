import { amountRanges, percentileFields, salaryPeriods } from '../constants.ts'
import { isRecord } from '../isRecord.ts'
import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { onTier } from './lib/onTier.ts'
import { periodNamesNl } from './lib/periodNamesNl.ts'
import { readAmount, type AmountLike } from './lib/readAmount.ts'
import { exampleTier } from './lib/exampleTier.ts'

type Code = 'amount.missing' | 'amount.not_number' | 'amount.not_positive' | 'amount.out_of_range' | 'amount.min_above_max'

/** One amount: something given, finite, positive, within the range of its period (percentiles too), minimum not above maximum. */
function checkAmount(amount: AmountLike, path: Violation['path']): Violation<Code>[] {
  const out: Violation<Code>[] = []
  const numbers = (keys: ReadonlyArray<'value' | 'minValue' | 'maxValue' | (typeof percentileFields)[number]>) =>
    keys.flatMap((key) => {
      const value = amount[key]
      return value === undefined ? [] : [{ key, value }]
    })
  const given = numbers(['value', 'minValue', 'maxValue'])
  if (given.length === 0) return [{ code: 'amount.missing', path, params: {} }]
  const range = amountRanges[amount.period]
  // A median's percentiles are amounts of the same period too.
  for (const { key, value } of [...given, ...numbers(percentileFields)]) {
    const at = [...path, key]
    if (!Number.isFinite(value)) out.push({ code: 'amount.not_number', path: at, params: { value: String(value) } })
    else if (value <= 0) out.push({ code: 'amount.not_positive', path: at, params: { value } })
    else if (value < range.min || value > range.max)
      out.push({
        code: 'amount.out_of_range',
        path: at,
        params: { value, period: amount.period, periodNl: periodNamesNl[amount.period], min: range.min, max: range.max },
      })
  }
  const { minValue, maxValue } = amount
  if (minValue !== undefined && maxValue !== undefined && minValue > maxValue)
    out.push({ code: 'amount.min_above_max', path: [...path, 'minValue'], params: { min: minValue, max: maxValue } })
  return out
}

const ranges = salaryPeriods.map((period) => `${period.toLowerCase()} ${amountRanges[period].min.toLocaleString('en')}–${amountRanges[period].max.toLocaleString('en')}`).join('; ')

/** Salary amounts (a tier's, a vacancy's own) are positive and plausible for their period. */
export const amountPlausible = defineRule({
  name: 'amountPlausible',
  doc: `Amounts (and a median's percentiles) are positive and plausible per period (${ranges}); a minimum is not above its maximum.`,
  severity: 'error',
  messages: {
    'amount.missing': {
      en: () => 'Unexpected empty amount, expected a value or a minimum and maximum',
      nl: () => 'Vul een bedrag in, of een minimum en een maximum',
    },
    'amount.not_number': {
      en: (p) => `Unexpected ${text(p, 'value')}, expected a finite number`,
      nl: (p) => `${text(p, 'value')} is geen geldig getal`,
    },
    'amount.not_positive': {
      en: (p) => `Unexpected ${text(p, 'value')}, expected an amount above 0`,
      nl: (p) => `Bedrag ${text(p, 'value')} moet groter zijn dan 0`,
    },
    'amount.out_of_range': {
      en: (p) => `Unexpected ${text(p, 'value')} per ${text(p, 'period')}, expected between ${text(p, 'min')} and ${text(p, 'max')}`,
      nl: (p) => `Bedrag ${text(p, 'value')} per ${text(p, 'periodNl')} ligt buiten het bereik ${text(p, 'min')}–${text(p, 'max')}`,
    },
    'amount.min_above_max': {
      en: (p) => `Unexpected minimum ${text(p, 'min')} above maximum ${text(p, 'max')}`,
      nl: (p) => `Het minimum (${text(p, 'min')}) is hoger dan het maximum (${text(p, 'max')})`,
    },
  },
  document: [
    { type: 'salaryTier', check: onTier((tier) => tier.amounts.flatMap((amount, i) => checkAmount(amount, ['amounts', i]))) },
    {
      type: 'vacancy',
      check(vacancy) {
        const amount = isRecord(vacancy) && isRecord(vacancy.salary) ? readAmount(vacancy.salary) : undefined
        return amount ? checkAmount(amount, ['salary']) : []
      },
    },
  ],
  examples: {
    pass: [
      { documents: [exampleTier()] },
      { documents: [{ _id: 'vacancy.a', _type: 'vacancy', salary: { period: 'YEAR', minValue: 30000, maxValue: 36000, currency: 'EUR' } }] },
    ],
    fail: [
      {
        documents: [exampleTier({ amounts: [exampleTier.amount('h', 'HOUR', { value: -14 }), exampleTier.amount('m', 'MONTH', { value: 24500000 }), exampleTier.amount('y', 'YEAR', {})] })],
        report: [
          'salaryTier.a amounts[0].value: Unexpected -14, expected an amount above 0',
          'salaryTier.a amounts[1].value: Unexpected 24500000 per MONTH, expected between 100 and 250000',
          'salaryTier.a amounts[2]: Unexpected empty amount, expected a value or a minimum and maximum',
        ],
        nl: [
          'salaryTier.a amounts[0].value: Bedrag -14 moet groter zijn dan 0',
          'salaryTier.a amounts[1].value: Bedrag 24500000 per maand ligt buiten het bereik 100–250000',
          'salaryTier.a amounts[2]: Vul een bedrag in, of een minimum en een maximum',
        ],
      },
      {
        documents: [{ _id: 'vacancy.a', _type: 'vacancy', salary: { period: 'MONTH', minValue: 3000, maxValue: 2800, currency: 'EUR' } }],
        report: ['vacancy.a salary.minValue: Unexpected minimum 3000 above maximum 2800'],
        nl: ['vacancy.a salary.minValue: Het minimum (3000) is hoger dan het maximum (2800)'],
      },
      {
        // JSON has no NaN, but a Studio's form or a library caller can hand one over.
        documents: [{ _id: 'vacancy.a', _type: 'vacancy', salary: { period: 'MONTH', value: Number.NaN, currency: 'EUR' } }],
        report: ['vacancy.a salary.value: Unexpected NaN, expected a finite number'],
        nl: ['vacancy.a salary.value: NaN is geen geldig getal'],
      },
    ],
  },
})
