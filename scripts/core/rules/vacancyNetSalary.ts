import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'
import { vacancyTier } from './lib/vacancyTier.ts'

/** A vacancy's net salary (its own, or its tier's) is not published as its salary. */
export const vacancyNetSalary = defineRule({
  name: 'vacancyNetSalary',
  doc: "A vacancy's net salary (its own or its tier's) is never its JobPosting's salary; the report warns.",
  severity: 'warning',
  messages: {
    'vacancy.net_salary': {
      en: () => 'Left out a net salary from baseSalary: schema.org salaries are gross, expected a gross amount',
      nl: () => 'Een netto salaris wordt geen baseSalary: salarissen in schema.org zijn bruto; vul een bruto bedrag in',
    },
  },
  across: {
    phase: 'vacancy',
    order: 20,
    check(doc, view) {
      if (doc._type !== 'vacancy') return []
      if (vacancyTier(doc, view)?.basis === 'net' || doc.salary?.basis === 'net')
        return [{ code: 'vacancy.net_salary', docId: doc._id, docType: 'vacancy', path: [doc.salary ? 'salary' : 'salaryTier'], params: {} }]
      return []
    },
  },
  examples: {
    pass: [{ documents: exampleVacancy({ salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 3000, currency: 'EUR', basis: 'gross' } }) }],
    fail: [
      {
        documents: exampleVacancy({ salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 3000, currency: 'EUR', basis: 'net' } }),
        report: ['vacancy.a salary: warning: Left out a net salary from baseSalary: schema.org salaries are gross, expected a gross amount'],
        nl: ['vacancy.a salary: warning: Een netto salaris wordt geen baseSalary: salarissen in schema.org zijn bruto; vul een bruto bedrag in'],
      },
    ],
  },
})
