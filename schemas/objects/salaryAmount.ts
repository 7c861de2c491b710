import { defineField, defineType } from 'sanity'
import { salaryPeriods } from '../../scripts/lib/rules/constants.ts'
import { optionLists, periodAbbreviations } from '../lib/labels.ts'

/**
 * One salary amount of a tier for one period: a single amount, or a minimum and maximum.
 * The amount rules (positive, plausible, min ≤ max) run on the tier document, with the tier's rules.
 */
export const salaryAmount = defineType({
  name: 'salaryAmount',
  title: 'Bedrag',
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
      description: 'Eén bedrag, zoals 2450 of 14.5. Laat leeg als je een minimum en maximum invult.',
      type: 'number',
    }),
    defineField({
      name: 'minValue',
      title: 'Minimum',
      description: 'Ondergrens van een bereik.',
      type: 'number',
    }),
    defineField({
      name: 'maxValue',
      title: 'Maximum',
      description: 'Bovengrens van een bereik.',
      type: 'number',
    }),
  ],
  preview: {
    select: { period: 'period', value: 'value', minValue: 'minValue', maxValue: 'maxValue' },
    prepare({ period, value, minValue, maxValue }) {
      const amount = value ?? (minValue !== undefined || maxValue !== undefined ? `${minValue ?? '…'}–${maxValue ?? '…'}` : '–')
      const known = salaryPeriods.find((p) => p === period)
      const suffix = known ? periodAbbreviations[known] : ''
      return { title: `${amount} ${suffix}`.trim() }
    },
  },
})
