import { defineField } from 'sanity'
import { optionLists } from '../../scripts/core/model/optionLists.ts'
import { text } from './text.ts'

/**
 * The fields of one salary amount (zod: SalaryAmount and VacancySalary): its period, and one
 * amount or a minimum and maximum. Shared by a tier's amounts and a vacancy's own salary.
 */
export const amountFields = [
  defineField({
    name: 'period',
    ...text('amount.period', 'periods'),
    type: 'string',
    options: { list: optionLists.periods, layout: 'radio', direction: 'horizontal' },
    initialValue: 'MONTH',
    validation: (rule) => rule.required(),
  }),
  defineField({
    name: 'value',
    ...text('amount.value'),
    type: 'number',
  }),
  defineField({ name: 'minValue', ...text('amount.minValue'), type: 'number' }),
  defineField({ name: 'maxValue', ...text('amount.maxValue'), type: 'number' }),
]

/** ISO 4217 currency, EUR by default (rule: checkCurrency). */
export const currencyField = defineField({
  name: 'currency',
  ...text('amount.currency'),
  type: 'string',
  initialValue: 'EUR',
  validation: (rule) => rule.required(),
})

/** Gross or net; net amounts are never published as a (gross) salary. */
export const basisField = defineField({
  name: 'basis',
  ...text('amount.basis', 'bases'),
  type: 'string',
  options: { list: optionLists.bases, layout: 'radio', direction: 'horizontal' },
  initialValue: 'gross',
  validation: (rule) => rule.required(),
})
