import { checkAmount, representativeValue, type AmountLike } from './checkAmount.ts'
import { checkCurrency } from './checkCurrency.ts'
import { checkHoursPerWeek } from './checkHoursPerWeek.ts'
import { defaultHoursPerWeek, monthlyHourlyTolerance, percentileFields, type SalaryStatistic } from './constants.ts'
import { periodNamesNl, type Violation } from './violation.ts'

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

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Checks the rules that concern one tier alone: its currency, its hours per week, each amount,
 * one amount per period, one value (no range) per period in a median tier, and monthly ≈
 * hourly × hours per month.
 * @param tier the tier
 * @returns every violation (empty when the tier is fine)
 */
export function checkTier(tier: TierLike): Violation[] {
  const out: Violation[] = []
  const currency = checkCurrency(tier.currency)
  if (currency) out.push(currency)
  const hours = tier.hoursPerWeek === undefined ? undefined : checkHoursPerWeek(tier.hoursPerWeek)
  if (hours) out.push(hours)
  const seen = new Set<string>()
  tier.amounts.forEach((amount, i) => {
    out.push(...checkAmount(amount, ['amounts', i]))
    // A median is one number; a range of medians would be published as something it is not.
    if (tier.statistic === 'median' && (amount.minValue !== undefined || amount.maxValue !== undefined))
      out.push({
        code: 'tier.median_range',
        path: ['amounts', i, amount.minValue !== undefined ? 'minValue' : 'maxValue'],
        params: { min: amount.minValue ?? '…', max: amount.maxValue ?? '…', period: amount.period, periodNl: periodNamesNl[amount.period] },
      })
    // Percentiles describe the spread around a median; beside an average they would claim a distribution the source did not give.
    const percentiles = percentileFields.filter((k) => amount[k] !== undefined)
    const first = percentiles[0]
    if (first && tier.statistic !== 'median')
      out.push({ code: 'tier.percentile_not_median', path: ['amounts', i, first], params: { period: amount.period, periodNl: periodNamesNl[amount.period] } })
    // p10 ≤ p25 ≤ median ≤ p75 ≤ p90, as far as given.
    const ordered: Array<[string, number | undefined]> = [
      ['percentile10', amount.percentile10],
      ['percentile25', amount.percentile25],
      ['value', amount.value],
      ['percentile75', amount.percentile75],
      ['percentile90', amount.percentile90],
    ]
    const given = ordered.filter((entry): entry is [string, number] => entry[1] !== undefined)
    const broken = given.findIndex(([, n], k) => k > 0 && n < (given[k - 1]?.[1] ?? n))
    const [lowKey, low] = given[broken - 1] ?? []
    const [highKey, high] = given[broken] ?? []
    if (broken > 0 && lowKey !== undefined && highKey !== undefined)
      out.push({
        code: 'tier.percentile_order',
        path: ['amounts', i, highKey],
        params: { low: lowKey === 'value' ? 'median' : lowKey, lowValue: low ?? '', high: highKey === 'value' ? 'median' : highKey, highValue: high ?? '', period: amount.period, periodNl: periodNamesNl[amount.period] },
      })
    if (seen.has(amount.period))
      out.push({
        code: 'amount.duplicate_period',
        path: ['amounts', i, 'period'],
        params: { period: amount.period, periodNl: periodNamesNl[amount.period] },
      })
    seen.add(amount.period)
  })
  const hourlyIndex = tier.amounts.findIndex((a) => a.period === 'HOUR')
  const monthlyIndex = tier.amounts.findIndex((a) => a.period === 'MONTH')
  const hourlyAmount = tier.amounts[hourlyIndex]
  const monthlyAmount = tier.amounts[monthlyIndex]
  if (hourlyAmount && monthlyAmount && !hours) {
    const hourly = representativeValue(hourlyAmount)
    const monthly = representativeValue(monthlyAmount)
    const hoursPerWeek = tier.hoursPerWeek ?? defaultHoursPerWeek
    const hoursPerMonth = (hoursPerWeek * 52) / 12
    if (hourly !== undefined && monthly !== undefined && hourly > 0 && Number.isFinite(hourly)) {
      const expected = hourly * hoursPerMonth
      if (Math.abs(monthly - expected) > expected * monthlyHourlyTolerance)
        out.push({
          code: 'tier.monthly_hourly_mismatch',
          path: ['amounts', monthlyIndex, monthlyAmount.value !== undefined ? 'value' : 'minValue'],
          params: {
            monthly,
            hourly,
            expected: round2(expected),
            hoursPerMonth: round2(hoursPerMonth),
            hoursPerWeek,
            tolerance: monthlyHourlyTolerance * 100,
          },
        })
    }
  }
  return out
}

/**
 * Checks the ladder of one profile's tiers: ranks are distinct and, per period, currency
 * and basis, no tier earns less than the tier ranked below it.
 * @param tiers the profile's tiers, in any order
 * @returns violations, each carrying the `docId` of the tier it belongs to
 */
export function checkTierLadder(tiers: ReadonlyArray<TierLike>): Violation[] {
  const out: Violation[] = []
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
