import { salaryPeriods } from '../../constants.ts'
import { defineObject } from '../declare/defineObject.ts'
import { objectTypes } from '../objectTypes.ts'
import { periodAbbreviations } from '../optionLists.ts'
import { amountFields } from './amountFields.ts'

/**
 * One salary amount of a tier for one period: a single amount, or a minimum and maximum.
 * The amount rules (positive, plausible, min ≤ max) run on the tier document, with the tier's rules.
 */
export const salaryAmount = defineObject({
  name: objectTypes.salaryAmount,
  keyed: true,
  nl: { title: 'Bedrag' },
  en: { title: 'Amount' },
  fields: amountFields,
  preview: {
    select: { period: 'period', value: 'value', minValue: 'minValue', maxValue: 'maxValue' },
    prepare({ period, value, minValue, maxValue }, language) {
      const amount = value ?? (minValue !== undefined || maxValue !== undefined ? `${String(minValue ?? '…')}–${String(maxValue ?? '…')}` : '–')
      const known = salaryPeriods.find((p) => p === period)
      const suffix = known ? periodAbbreviations[language][known] : ''
      return { title: `${String(amount)} ${suffix}`.trim() }
    },
  },
})
