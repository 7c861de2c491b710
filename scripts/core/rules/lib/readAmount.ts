import { percentileFields, salaryPeriods, type PercentileField, type SalaryPeriod } from '../../constants.ts'
import { isRecord } from '../../isRecord.ts'

/** An amount as the rules see it: one value, or a range, for one period. */
export interface AmountLike extends Partial<Record<PercentileField, number | undefined>> {
  period: SalaryPeriod
  value?: number | undefined
  minValue?: number | undefined
  maxValue?: number | undefined
}

/** An amount that keeps its array `_key`, so a violation on it can be placed on the right item. */
export type KeyedAmount = AmountLike & { _key?: string | undefined }

const optionalNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)

/**
 * Reads a salary amount (a tier's `salaryAmount`, with a median's percentiles, or a vacancy's own
 * salary) into the shape the amount rules take.
 * @param value the object as the Studio holds it or a query returns it
 * @returns the amount with its `_key`, or undefined while it has no valid period
 */
export function readAmount(value: unknown): KeyedAmount | undefined {
  if (!isRecord(value)) return undefined
  const period = salaryPeriods.find((p) => p === value.period)
  if (!period) return undefined
  return {
    _key: typeof value._key === 'string' ? value._key : undefined,
    period,
    value: optionalNumber(value.value),
    minValue: optionalNumber(value.minValue),
    maxValue: optionalNumber(value.maxValue),
    ...Object.fromEntries(percentileFields.flatMap((key) => (typeof value[key] === 'number' ? [[key, value[key]]] : []))),
  }
}
