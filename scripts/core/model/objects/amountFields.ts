import { field } from '../declare/field.ts'

/**
 * The fields of one salary amount: its period, and one amount or a minimum and maximum. Shared
 * by a tier's amounts (salaryAmount) and a vacancy's own salary (vacancySalary).
 */
export const amountFields = {
  period: field.choice('periods', {
    required: true,
    layout: 'radio',
    initialValue: 'MONTH',
    nl: { title: 'Periode', description: 'Waar het bedrag voor staat: per uur, dag, week, maand of jaar.' },
    en: { title: 'Period', description: 'What the amount is for: per hour, day, week, month or year.' },
  }),
  value: field.number({
    nl: { title: 'Bedrag', description: 'Eén bedrag, zoals 2450 of 14.5. Laat leeg als je een minimum en maximum invult.' },
    en: { title: 'Amount', description: 'One amount, such as 2450 or 14.5. Leave empty when you fill in a minimum and maximum.' },
  }),
  minValue: field.number({
    nl: { title: 'Minimum', description: 'Ondergrens van een bereik.' },
    en: { title: 'Minimum', description: 'The lower bound of a range.' },
  }),
  maxValue: field.number({
    nl: { title: 'Maximum', description: 'Bovengrens van een bereik.' },
    en: { title: 'Maximum', description: 'The upper bound of a range.' },
  }),
}

/**
 * ISO 4217 currency, EUR by default (rule: checkCurrency, in the type's own rules).
 * @param o whether the slim form keeps it
 * @returns the field
 */
export const currencyField = <L extends boolean = false>(o: { slim?: L } = {}) =>
  field.string({
    required: true,
    initialValue: 'EUR',
    ...o,
    nl: { title: 'Valuta', description: 'ISO 4217-code, zoals EUR.' },
    en: { title: 'Currency', description: 'An ISO 4217 code, such as EUR.' },
  })

/**
 * Gross or net; net amounts are never published as a (gross) salary.
 * @param o whether the slim form keeps it
 * @returns the field
 */
export const basisField = <L extends boolean = false>(o: { slim?: L } = {}) =>
  field.choice('bases', {
    required: true,
    layout: 'radio',
    initialValue: 'gross',
    ...o,
    nl: { title: 'Bruto of netto', description: 'Netto bedragen blijven netto en worden niet als (bruto) salaris gepubliceerd.' },
    en: { title: 'Gross or net', description: 'Net amounts stay net and are not published as a (gross) salary.' },
  })
