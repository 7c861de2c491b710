import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'

/** A vacancy says when it closes, as Google recommends. */
export const vacancyValidThrough = defineRule({
  name: 'vacancyValidThrough',
  doc: 'A vacancy says when it closes (`validThrough`), as Google recommends.',
  severity: 'warning',
  messages: {
    'vacancy.no_valid_through': {
      en: () => 'Missing validThrough, expected the date the vacancy closes (recommended by Google)',
      nl: () => 'Vul bij "Geldig tot" in wanneer de vacature sluit (Google raadt dat aan)',
    },
  },
  across: {
    phase: 'vacancy',
    order: 50,
    check: (doc) => (doc._type === 'vacancy' && !doc.validThrough ? [{ code: 'vacancy.no_valid_through', docId: doc._id, docType: 'vacancy', path: ['validThrough'], params: {} }] : []),
  },
  examples: {
    pass: [{ documents: exampleVacancy() }],
    fail: [
      {
        documents: exampleVacancy({ validThrough: undefined }),
        report: ['vacancy.a validThrough: warning: Missing validThrough, expected the date the vacancy closes (recommended by Google)'],
        nl: ['vacancy.a validThrough: warning: Vul bij "Geldig tot" in wanneer de vacature sluit (Google raadt dat aan)'],
      },
    ],
  },
})
