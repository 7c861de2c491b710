import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { onTier } from './lib/onTier.ts'
import { periodNamesNl } from './lib/periodNamesNl.ts'
import { exampleTier } from './lib/exampleTier.ts'

/** A median tier gives one value per period, never a range. */
export const tierMedian = defineRule({
  name: 'tierMedian',
  doc: 'A tier says what its amounts are (`statistic`): `average` (the default; what the seed\'s career page gives, "gemiddeld") or `median` (a salary survey). A median is one value per period, never a range.',
  severity: 'error',
  messages: {
    'tier.median_range': {
      en: (p) =>
        `Unexpected range ${text(p, 'min')}–${text(p, 'max')} per ${text(p, 'period')} in a median tier, expected one value (the median), or statistic "average"`,
      nl: (p) =>
        `Een mediaan is één bedrag, geen bereik (${text(p, 'min')}–${text(p, 'max')} per ${text(p, 'periodNl')}): vul één bedrag in, of kies "Gemiddelde" als de bron een bereik geeft`,
    },
  },
  document: [
    {
      type: 'salaryTier',
      check: onTier((tier) =>
        // A median is one number; a range of medians would be published as something it is not.
        tier.statistic !== 'median'
          ? []
          : tier.amounts.flatMap((amount, i): Violation<'tier.median_range'>[] =>
              amount.minValue === undefined && amount.maxValue === undefined
                ? []
                : [
                    {
                      code: 'tier.median_range',
                      path: ['amounts', i, amount.minValue !== undefined ? 'minValue' : 'maxValue'],
                      params: { min: amount.minValue ?? '…', max: amount.maxValue ?? '…', period: amount.period, periodNl: periodNamesNl[amount.period] },
                    },
                  ],
            ),
      ),
    },
  ],
  examples: {
    pass: [
      {
        documents: [
          exampleTier({ statistic: 'median', amounts: [exampleTier.amount('m', 'MONTH', { value: 2450 })] }),
          exampleTier({ _id: 'salaryTier.b', level: 'Medior', rank: 2, amounts: [exampleTier.amount('m', 'MONTH', { minValue: 2500, maxValue: 2900 })] }),
        ],
      },
    ],
    fail: [
      {
        documents: [
          exampleTier({ statistic: 'median', amounts: [exampleTier.amount('m', 'MONTH', { minValue: 2300, maxValue: 2600 })] }),
        ],
        report: ['salaryTier.a amounts[0].minValue: Unexpected range 2300–2600 per MONTH in a median tier, expected one value (the median), or statistic "average"'],
        nl: ['salaryTier.a amounts[0].minValue: Een mediaan is één bedrag, geen bereik (2300–2600 per maand): vul één bedrag in, of kies "Gemiddelde" als de bron een bereik geeft'],
      },
    ],
  },
})
