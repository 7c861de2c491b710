import { isRecord } from '../isRecord.ts'
import { defineRule } from './declare/defineRule.ts'

/** A vacancy takes its salary from a tier or states its own, not both. */
export const vacancyOneSalary = defineRule({
  name: 'vacancyOneSalary',
  doc: 'A vacancy takes its salary from one place: a tier of its profile (`salaryTier`) or its own (`salary`), not both.',
  severity: 'error',
  messages: {
    'vacancy.salary_twice': {
      en: () => 'Unexpected own salary beside a salary tier, expected one of the two',
      nl: () => 'Kies een salarisniveau of een eigen salaris, niet allebei',
    },
  },
  document: [
    {
      type: 'vacancy',
      check: (vacancy) => (isRecord(vacancy) && vacancy.salaryTier && vacancy.salary ? [{ code: 'vacancy.salary_twice', path: ['salary'], params: {} }] : []),
    },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'vacancy.a', _type: 'vacancy', salaryTier: { _type: 'reference', _ref: 'salaryTier.a' } }] }],
    fail: [
      {
        documents: [{ _id: 'vacancy.a', _type: 'vacancy', salaryTier: { _type: 'reference', _ref: 'salaryTier.a' }, salary: { period: 'MONTH', value: 2800, currency: 'EUR' } }],
        report: ['vacancy.a salary: Unexpected own salary beside a salary tier, expected one of the two'],
        nl: ['vacancy.a salary: Kies een salarisniveau of een eigen salaris, niet allebei'],
      },
    ],
  },
})
