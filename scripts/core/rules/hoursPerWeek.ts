import { maxHoursPerWeek } from '../constants.ts'
import { isRecord } from '../isRecord.ts'
import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'
import { hoursInRange } from './lib/hoursInRange.ts'
import { onTier } from './lib/onTier.ts'
import { exampleTier } from './lib/exampleTier.ts'

const check = (hours: number): Violation<'hours.out_of_range'>[] =>
  hoursInRange(hours) ? [] : [{ code: 'hours.out_of_range', path: ['hoursPerWeek'], params: { hours: String(hours), max: maxHoursPerWeek } }]

/** Hours per week, of a vacancy or of the amounts of a tier, are above 0 and at most 80. */
export const hoursPerWeek = defineRule({
  name: 'hoursPerWeek',
  doc: `Hours per week are above 0 and at most ${maxHoursPerWeek} (vacancy and tier).`,
  severity: 'error',
  messages: {
    'hours.out_of_range': {
      en: (p) => `Unexpected ${text(p, 'hours')} hours per week, expected more than 0 and at most ${text(p, 'max')}`,
      nl: (p) => `${text(p, 'hours')} uur per week kan niet: vul een aantal uren in boven 0 en hoogstens ${text(p, 'max')}`,
    },
  },
  document: [
    { type: 'salaryTier', check: onTier((tier) => (tier.hoursPerWeek === undefined ? [] : check(tier.hoursPerWeek))) },
    { type: 'vacancy', check: (vacancy) => (isRecord(vacancy) && typeof vacancy.hoursPerWeek === 'number' ? check(vacancy.hoursPerWeek) : []) },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'vacancy.a', _type: 'vacancy', hoursPerWeek: 24 }] }],
    fail: [
      {
        documents: [
          exampleTier({ hoursPerWeek: 400 }),
          { _id: 'vacancy.a', _type: 'vacancy', hoursPerWeek: 0 },
        ],
        report: [
          'salaryTier.a hoursPerWeek: Unexpected 400 hours per week, expected more than 0 and at most 80',
          'vacancy.a hoursPerWeek: Unexpected 0 hours per week, expected more than 0 and at most 80',
        ],
        nl: [
          'salaryTier.a hoursPerWeek: 400 uur per week kan niet: vul een aantal uren in boven 0 en hoogstens 80',
          'vacancy.a hoursPerWeek: 0 uur per week kan niet: vul een aantal uren in boven 0 en hoogstens 80',
        ],
      },
    ],
  },
})
