import { defineField, defineType } from 'sanity'
import { checkAmount } from '../../scripts/lib/rules/checkAmount.ts'
import { checkCurrency } from '../../scripts/lib/rules/checkCurrency.ts'
import type { Violation } from '../../scripts/lib/rules/violation.ts'
import { isRecord } from '../lib/isRecord.ts'
import { optionLists } from '../lib/labels.ts'
import { readAmount } from '../lib/readAmount.ts'
import { toValidationErrors } from '../lib/toValidationErrors.ts'

/** The amount and currency rules on a vacancy's own salary, through the shared rule functions. */
function salaryViolations(salary: unknown): Violation[] {
  if (!isRecord(salary)) return []
  const amount = readAmount(salary)
  const out = amount ? checkAmount(amount, []) : []
  if (typeof salary.currency === 'string') {
    const currency = checkCurrency(salary.currency, ['currency'])
    if (currency) out.push(currency)
  }
  return out
}

/**
 * A vacancy's own salary, for when it does not point at a salary tier of its job profile
 * (zod: VacancySalary). Net amounts stay net.
 */
export const vacancySalary = defineType({
  name: 'vacancySalary',
  title: 'Salaris van deze vacature',
  type: 'object',
  fields: [
    defineField({
      name: 'period',
      title: 'Periode',
      description: 'Waar het bedrag voor staat: per uur, dag, week, maand of jaar.',
      type: 'string',
      options: { list: optionLists.periods, layout: 'radio', direction: 'horizontal' },
      initialValue: 'MONTH',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'value',
      title: 'Bedrag',
      description: 'Eén bedrag. Laat leeg als je een minimum en maximum invult.',
      type: 'number',
    }),
    defineField({ name: 'minValue', title: 'Minimum', description: 'Ondergrens van een bereik.', type: 'number' }),
    defineField({ name: 'maxValue', title: 'Maximum', description: 'Bovengrens van een bereik.', type: 'number' }),
    defineField({
      name: 'currency',
      title: 'Valuta',
      description: 'ISO 4217-code, zoals EUR.',
      type: 'string',
      initialValue: 'EUR',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'basis',
      title: 'Bruto of netto',
      description: 'Netto bedragen blijven netto en worden niet als (bruto) salaris gepubliceerd.',
      type: 'string',
      options: { list: optionLists.bases, layout: 'radio', direction: 'horizontal' },
      initialValue: 'gross',
      validation: (rule) => rule.required(),
    }),
  ],
  validation: (rule) => rule.custom((salary) => toValidationErrors(salaryViolations(salary), salary)).error(),
})
