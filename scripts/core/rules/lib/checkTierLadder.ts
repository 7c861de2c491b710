import type { Violation } from '../declare/types.ts'
import { periodNamesNl } from './periodNamesNl.ts'
import type { TierLike } from './readTier.ts'
import { representativeValue } from './representativeValue.ts'

/**
 * Checks the ladder of one profile's tiers: ranks are distinct and, per period, currency
 * and basis, no tier earns less than the tier ranked below it.
 * @param tiers the profile's tiers, in any order
 * @returns violations, each carrying the `docId` of the tier it belongs to
 */
export function checkTierLadder(tiers: ReadonlyArray<TierLike>): Violation<'tier.rank_duplicate' | 'tier.order'>[] {
  const out: Violation<'tier.rank_duplicate' | 'tier.order'>[] = []
  const byRank = new Map<number, TierLike[]>()
  for (const tier of tiers) byRank.set(tier.rank, [...(byRank.get(tier.rank) ?? []), tier])
  for (const [rank, same] of byRank) {
    if (same.length < 2) continue
    for (const tier of same.slice(1))
      out.push({
        code: 'tier.rank_duplicate',
        docId: tier._id,
        path: ['rank'],
        params: { rank, levels: same.map((t) => t.level).join(', ') },
      })
  }
  const sorted = [...tiers].sort((a, b) => a.rank - b.rank || a._id.localeCompare(b._id))
  sorted.forEach((tier, i) => {
    if (i === 0) return
    tier.amounts.forEach((amount, j) => {
      const value = representativeValue(amount)
      if (value === undefined) return
      // Compare against the nearest lower-ranked tier that gives this period in the same currency and basis.
      for (let k = i - 1; k >= 0; k--) {
        const lower = sorted[k]
        if (!lower || lower.rank === tier.rank) continue
        if (lower.currency !== tier.currency || lower.basis !== tier.basis) continue
        const lowerAmount = lower.amounts.find((a) => a.period === amount.period)
        if (!lowerAmount) continue
        const previousValue = representativeValue(lowerAmount)
        if (previousValue !== undefined && value < previousValue)
          out.push({
            code: 'tier.order',
            docId: tier._id,
            path: ['amounts', j, amount.value !== undefined ? 'value' : 'minValue'],
            params: {
              level: tier.level,
              value,
              currency: tier.currency,
              period: amount.period,
              periodNl: periodNamesNl[amount.period],
              previousLevel: lower.level,
              previousValue,
            },
          })
        break
      }
    })
  })
  return out
}
