import { defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { salaryPeriods } from '../../scripts/core/rules/constants.ts'
import { periodAbbreviations } from '../../scripts/core/model/optionLists.ts'
import { amountFields } from '../lib/salaryFields.ts'
import { studioLanguage } from '../lib/studioLanguage.ts'
import { typeTitle } from '../lib/text.ts'

/**
 * One salary amount of a tier for one period: a single amount, or a minimum and maximum.
 * The amount rules (positive, plausible, min ≤ max) run on the tier document, with the tier's rules.
 */
export const salaryAmount = defineType({
  name: objectTypes.salaryAmount,
  title: typeTitle('salaryAmount'),
  type: 'object',
  fields: amountFields,
  preview: {
    select: { period: 'period', value: 'value', minValue: 'minValue', maxValue: 'maxValue' },
    prepare({ period, value, minValue, maxValue }) {
      const amount = value ?? (minValue !== undefined || maxValue !== undefined ? `${minValue ?? '…'}–${maxValue ?? '…'}` : '–')
      const known = salaryPeriods.find((p) => p === period)
      const suffix = known ? periodAbbreviations[studioLanguage()][known] : ''
      return { title: `${amount} ${suffix}`.trim() }
    },
  },
})
