import { isRecord } from '../../isRecord.ts'
import type { Violation } from '../declare/types.ts'
import { readAmount } from './readAmount.ts'
import { readTier, type TierLike } from './readTier.ts'

/**
 * A salary tier's document check from a check of the tier as the rules read it (readTier): the
 * zod model gives it a valid tier, the Studio its form, which is checked once it has its level,
 * rank, currency and basis, on the amounts that have a period.
 * @param check the rule's check of one tier
 * @returns the check of a salaryTier document, with the document's own paths
 */
export function onTier<C extends string>(check: (tier: TierLike) => Violation<C>[]): (document: unknown) => Violation<C>[] {
  return (document) => {
    if (!isRecord(document)) return []
    const tier = readTier(document, typeof document._id === 'string' ? document._id : '')
    if (!tier) return []
    const found = check(tier)
    if (found.length === 0) return found
    // readTier leaves out amounts without a period: their places in the document are kept here.
    const places = Array.isArray(document.amounts) ? document.amounts.flatMap((amount: unknown, i) => (readAmount(amount) ? [i] : [])) : []
    return found.map((v) => {
      const [field, index, ...rest] = v.path
      return field === 'amounts' && typeof index === 'number' ? { ...v, path: [field, places[index] ?? index, ...rest] } : v
    })
  }
}
