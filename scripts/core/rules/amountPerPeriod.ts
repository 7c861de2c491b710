import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { onTier } from './lib/onTier.ts'
import { periodNamesNl } from './lib/periodNamesNl.ts'
import { exampleTier } from './lib/exampleTier.ts'

/** A tier gives one amount per period. */
export const amountPerPeriod = defineRule({
  name: 'amountPerPeriod',
  doc: 'A tier gives one amount per period.',
  severity: 'error',
  messages: {
    'amount.duplicate_period': {
      en: (p) => `Unexpected second amount per ${text(p, 'period')}, expected one amount per period`,
      nl: (p) => `Er staat al een bedrag per ${text(p, 'periodNl')}; geef per periode één bedrag`,
    },
  },
  document: [
    {
      type: 'salaryTier',
      check: onTier((tier) => {
        const seen = new Set<string>()
        return tier.amounts.flatMap((amount, i): Violation<'amount.duplicate_period'>[] => {
          const again = seen.has(amount.period)
          seen.add(amount.period)
          return again ? [{ code: 'amount.duplicate_period', path: ['amounts', i, 'period'], params: { period: amount.period, periodNl: periodNamesNl[amount.period] } }] : []
        })
      }),
    },
  ],
  examples: {
    pass: [
      {
        documents: [exampleTier()],
      },
    ],
    fail: [
      {
        documents: [exampleTier({ amounts: [exampleTier.amount('m1', 'MONTH', { value: 2450 }), exampleTier.amount('m2', 'MONTH', { value: 2500 })] })],
        report: ['salaryTier.a amounts[1].period: Unexpected second amount per MONTH, expected one amount per period'],
        nl: ['salaryTier.a amounts[1].period: Er staat al een bedrag per maand; geef per periode één bedrag'],
      },
    ],
  },
})
