import { salaryBases, salaryStatistics, type SalaryStatistic } from '../../constants.ts'
import { isRecord } from '../../isRecord.ts'
import { readAmount, type AmountLike, type KeyedAmount } from './readAmount.ts'

/** The fields of a salary tier the rules look at. */
export interface TierLike {
  _id: string
  level: string
  rank: number
  currency: string
  basis: 'gross' | 'net'
  hoursPerWeek?: number | undefined
  /** Average (the default) or median: a median is one value per period. */
  statistic?: SalaryStatistic | undefined
  amounts: ReadonlyArray<AmountLike>
}

/**
 * Reads a salary tier, as the Studio holds it or a query returns it, into the shape the tier
 * rules take. Amounts without a period are left out (their required marker already shows);
 * since that shifts indices, each amount keeps its `_key`: pass the result as the root to
 * `toValidationErrors`.
 * @param value a salaryTier document or query row, possibly incomplete
 * @param id the id to give the tier (the published id, so drafts and published tiers compare)
 * @returns the tier, or undefined while level, rank, currency or basis is still missing
 */
export function readTier(value: unknown, id: string): TierLike | undefined {
  if (!isRecord(value)) return undefined
  const { level, rank, currency, hoursPerWeek } = value
  const basis = salaryBases.find((b) => b === value.basis)
  const statistic = salaryStatistics.find((st) => st === value.statistic)
  if (typeof level !== 'string' || typeof rank !== 'number' || typeof currency !== 'string' || !basis) return undefined
  const amounts = Array.isArray(value.amounts)
    ? value.amounts.flatMap((item: unknown): KeyedAmount[] => {
        const amount = readAmount(item)
        return amount ? [amount] : []
      })
    : []
  return {
    _id: id,
    level,
    rank,
    currency,
    basis,
    hoursPerWeek: typeof hoursPerWeek === 'number' ? hoursPerWeek : undefined,
    statistic,
    amounts,
  }
}
