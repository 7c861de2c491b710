import { salaryPeriods, type PercentileField } from '../../constants.ts'
import { defineObject } from '../declare/defineObject.ts'
import { objectTypes } from '../objectTypes.ts'
import { periodAbbreviations } from '../optionLists.ts'
import { field } from '../declare/field.ts'
import { amountFields } from './amountFields.ts'

/**
 * A median's percentiles, as schema.org's MonetaryAmountDistribution names them; only a median tier
 * gives them, and they rise with the median in between (rule: tierPercentiles).
 * @param n the percentile
 * @returns the field
 */
const percentile = (n: 10 | 25 | 75 | 90) =>
  field.number({
    nl: { title: `${n}e percentiel`, description: `Alleen bij een mediaan: ${n} % verdient minder dan dit bedrag.` },
    en: { title: `${n}th percentile`, description: `Median tiers only: ${n} % earn less than this.` },
  })

/** The percentile fields, by the names core/constants.ts lists (percentileFields). */
const percentileAmountFields = {
  percentile10: percentile(10),
  percentile25: percentile(25),
  percentile75: percentile(75),
  percentile90: percentile(90),
} satisfies Record<PercentileField, unknown>

/**
 * One salary amount of a tier for one period: a single amount, or a minimum and maximum; in a
 * median tier the value is the median and the survey's percentiles may stand beside it.
 * The amount rules (positive, plausible, min ≤ max, percentiles in order) run on the tier
 * document, with the tier's rules.
 */
export const salaryAmount = defineObject({
  name: objectTypes.salaryAmount,
  keyed: true,
  nl: { title: 'Bedrag' },
  en: { title: 'Amount' },
  fields: { ...amountFields, ...percentileAmountFields },
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
