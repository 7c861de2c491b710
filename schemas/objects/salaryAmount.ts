import { defineType } from 'sanity'
import { salaryPeriods } from '../../scripts/lib/rules/constants.ts'
import { periodAbbreviations } from '../lib/labels.ts'
import { amountFields } from '../lib/salaryFields.ts'

/**
 * One salary amount of a tier for one period: a single amount, or a minimum and maximum.
 * The amount rules (positive, plausible, min ≤ max) run on the tier document, with the tier's rules.
 */
export const salaryAmount = defineType({
  name: 'salaryAmount',
  title: 'Bedrag',
  type: 'object',
  fields: amountFields,
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
