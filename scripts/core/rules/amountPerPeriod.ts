import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { onTier } from './lib/onTier.ts'
import { periodNamesNl } from './lib/periodNamesNl.ts'

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
        documents: [
          {
            _id: 'salaryTier.a',
            _type: 'salaryTier',
            level: 'Junior',
            rank: 1,
            basis: 'gross',
            currency: 'EUR',
            amounts: [
              { _key: 'h', period: 'HOUR', value: 14.5 },
              { _key: 'm', period: 'MONTH', value: 2450 },
            ],
          },
        ],
      },
    ],
    fail: [
      {
        documents: [
          {
            _id: 'salaryTier.a',
            _type: 'salaryTier',
            level: 'Junior',
            rank: 1,
            basis: 'gross',
            currency: 'EUR',
            amounts: [
              { _key: 'm1', period: 'MONTH', value: 2450 },
              { _key: 'm2', period: 'MONTH', value: 2500 },
            ],
          },
        ],
        report: ['salaryTier.a amounts[1].period: Unexpected second amount per MONTH, expected one amount per period'],
        nl: ['salaryTier.a amounts[1].period: Er staat al een bedrag per maand; geef per periode één bedrag'],
      },
    ],
  },
})
