import { isRecord } from '../isRecord.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { isCurrencyCode } from './lib/isCurrencyCode.ts'
import { onTier } from './lib/onTier.ts'
import { quoted } from './lib/quoted.ts'
import { exampleTier } from './lib/exampleTier.ts'

const check = (currency: string, path: Violation['path']): Violation<'currency.unsupported'>[] =>
  isCurrencyCode(currency) ? [] : [{ code: 'currency.unsupported', path, params: { currency } }]

/** A tier's currency and a vacancy's own salary's are ISO 4217 codes. */
export const currencyCode = defineRule({
  name: 'currencyCode',
  doc: 'Currencies are ISO 4217 codes (EUR by default).',
  severity: 'error',
  messages: {
    'currency.unsupported': {
      en: (p) => `Unexpected currency ${quoted(p, 'currency')}, expected an ISO 4217 code such as EUR`,
      nl: (p) => `${quoted(p, 'currency')} is geen ISO 4217-valutacode (bijvoorbeeld EUR)`,
    },
  },
  document: [
    { type: 'salaryTier', check: onTier((tier) => check(tier.currency, ['currency'])) },
    {
      type: 'vacancy',
      check: (vacancy) =>
        isRecord(vacancy) && isRecord(vacancy.salary) && typeof vacancy.salary.currency === 'string' ? check(vacancy.salary.currency, ['salary', 'currency']) : [],
    },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'vacancy.a', _type: 'vacancy', salary: { period: 'MONTH', value: 2800, currency: 'EUR' } }] }],
    fail: [
      {
        documents: [
          exampleTier({ currency: 'Euro' }),
          { _id: 'vacancy.a', _type: 'vacancy', salary: { period: 'MONTH', value: 2800, currency: 'eur' } },
        ],
        report: [
          'salaryTier.a currency: Unexpected currency "Euro", expected an ISO 4217 code such as EUR',
          'vacancy.a salary.currency: Unexpected currency "eur", expected an ISO 4217 code such as EUR',
        ],
        nl: ['salaryTier.a currency: "Euro" is geen ISO 4217-valutacode (bijvoorbeeld EUR)', 'vacancy.a salary.currency: "eur" is geen ISO 4217-valutacode (bijvoorbeeld EUR)'],
      },
    ],
  },
})
