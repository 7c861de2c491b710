import { defineField } from 'sanity'
import { optionLists } from './labels.ts'

/**
 * The fields of one salary amount (zod: SalaryAmount and VacancySalary): its period, and one
 * amount or a minimum and maximum. Shared by a tier's amounts and a vacancy's own salary.
 */
export const amountFields = [
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
    description: 'Eén bedrag, zoals 2450 of 14.5. Laat leeg als je een minimum en maximum invult.',
    type: 'number',
  }),
  defineField({ name: 'minValue', title: 'Minimum', description: 'Ondergrens van een bereik.', type: 'number' }),
  defineField({ name: 'maxValue', title: 'Maximum', description: 'Bovengrens van een bereik.', type: 'number' }),
]

/** ISO 4217 currency, EUR by default (rule: checkCurrency). */
export const currencyField = defineField({
  name: 'currency',
  title: 'Valuta',
  description: 'ISO 4217-code, zoals EUR.',
  type: 'string',
  initialValue: 'EUR',
  validation: (rule) => rule.required(),
})

/** Gross or net; net amounts are never published as a (gross) salary. */
export const basisField = defineField({
  name: 'basis',
  title: 'Bruto of netto',
  description: 'Netto bedragen blijven netto en worden niet als (bruto) salaris gepubliceerd.',
  type: 'string',
  options: { list: optionLists.bases, layout: 'radio', direction: 'horizontal' },
  initialValue: 'gross',
  validation: (rule) => rule.required(),
})
