import { defaultHoursPerWeek, monthlyHourlyTolerance } from '../constants.ts'
import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { hoursInRange } from './lib/hoursInRange.ts'
import { onTier } from './lib/onTier.ts'
import type { TierLike } from './lib/readTier.ts'
import { representativeValue } from './lib/representativeValue.ts'
import { exampleTier } from './lib/exampleTier.ts'

const round2 = (n: number) => Math.round(n * 100) / 100
const tolerance = monthlyHourlyTolerance * 100

/** Monthly ≈ hourly × hours per month, where hours per month = hours per week × 52 / 12. */
function check(tier: TierLike): Violation<'tier.monthly_hourly_mismatch'>[] {
  // Hours out of range are hoursPerWeek's to report; nothing can be compared with them.
  if (tier.hoursPerWeek !== undefined && !hoursInRange(tier.hoursPerWeek)) return []
  const monthlyIndex = tier.amounts.findIndex((a) => a.period === 'MONTH')
  const hourlyAmount = tier.amounts.find((a) => a.period === 'HOUR')
  const monthlyAmount = tier.amounts[monthlyIndex]
  if (!hourlyAmount || !monthlyAmount) return []
  const hourly = representativeValue(hourlyAmount)
  const monthly = representativeValue(monthlyAmount)
  const hoursPerWeek = tier.hoursPerWeek ?? defaultHoursPerWeek
  const hoursPerMonth = (hoursPerWeek * 52) / 12
  if (hourly === undefined || monthly === undefined || !(hourly > 0) || !Number.isFinite(hourly)) return []
  const expected = hourly * hoursPerMonth
  if (Math.abs(monthly - expected) <= expected * monthlyHourlyTolerance) return []
  return [
    {
      code: 'tier.monthly_hourly_mismatch',
      path: ['amounts', monthlyIndex, monthlyAmount.value !== undefined ? 'value' : 'minValue'],
      params: { monthly, hourly, expected: round2(expected), hoursPerMonth: round2(hoursPerMonth), hoursPerWeek, tolerance },
    },
  ]
}

/** A tier's monthly amount fits its hourly amount at its hours. */
export const tierMonthlyHourly = defineRule({
  name: 'tierMonthlyHourly',
  doc: `Monthly ≈ hourly × hours per month, with hours per month = hours per week × 52 / 12 (${defaultHoursPerWeek} h/week unless the tier says otherwise: ${((defaultHoursPerWeek * 52) / 12).toFixed(1)} h), within ±${tolerance} %. The seed: €14,50 × 173.3 = €2.513 against €2.450 (−2.5 %).`,
  severity: 'error',
  messages: {
    'tier.monthly_hourly_mismatch': {
      en: (p) =>
        `Unexpected monthly amount ${text(p, 'monthly')}, expected about ${text(p, 'expected')} (hourly ${text(p, 'hourly')} × ${text(p, 'hoursPerMonth')} h/month at ${text(p, 'hoursPerWeek')} h/week, ±${text(p, 'tolerance')}%)`,
      nl: (p) =>
        `Maandbedrag ${text(p, 'monthly')} past niet bij het uurloon: verwacht ongeveer ${text(p, 'expected')} (uurloon ${text(p, 'hourly')} × ${text(p, 'hoursPerMonth')} uur per maand bij ${text(p, 'hoursPerWeek')} uur per week, ±${text(p, 'tolerance')}%)`,
    },
  },
  document: [{ type: 'salaryTier', check: onTier(check) }],
  examples: {
    pass: [
      {
        documents: [exampleTier()],
      },
    ],
    fail: [
      {
        documents: [exampleTier({ hoursPerWeek: 38, amounts: [exampleTier.amount('h', 'HOUR', { value: 14 }), exampleTier.amount('m', 'MONTH', { value: 3500 })] })],
        report: ['salaryTier.a amounts[1].value: Unexpected monthly amount 3500, expected about 2305.33 (hourly 14 × 164.67 h/month at 38 h/week, ±10%)'],
        nl: ['salaryTier.a amounts[1].value: Maandbedrag 3500 past niet bij het uurloon: verwacht ongeveer 2305.33 (uurloon 14 × 164.67 uur per maand bij 38 uur per week, ±10%)'],
      },
    ],
  },
})
