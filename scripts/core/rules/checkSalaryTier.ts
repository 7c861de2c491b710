import { isRecord } from '../isRecord.ts'
import { checkTier } from './checkTier.ts'
import { readAmount } from './readAmount.ts'
import { readTier } from './readTier.ts'
import type { Violation } from './violation.ts'

/**
 * The rules of one salary tier alone (currency, hours, each amount, one amount per period, a
 * median's single values, monthly ≈ hourly), in one entry point for the zod model and the Studio:
 * the tier is read as checkTier takes it. A half-filled tier (the Studio's form) is checked once
 * it has its level, rank, currency and basis, on the amounts that have a period.
 * @param tier the salaryTier document
 * @returns every violation, with the document's own paths
 */
export function checkSalaryTier(tier: unknown): Violation[] {
  if (!isRecord(tier)) return []
  const read = readTier(tier, typeof tier._id === 'string' ? tier._id : '')
  if (!read) return []
  // readTier leaves out amounts without a period: their places in the document are kept here.
  const places = Array.isArray(tier.amounts) ? tier.amounts.flatMap((amount: unknown, i) => (readAmount(amount) ? [i] : [])) : []
  return checkTier(read).map((v) => {
    const [field, index, ...rest] = v.path
    return field === 'amounts' && typeof index === 'number' ? { ...v, path: [field, places[index] ?? index, ...rest] } : v
  })
}
