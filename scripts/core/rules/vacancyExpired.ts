import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'
import { isExpired } from './lib/isExpired.ts'

/** An expired vacancy is not exported, and the report says so. */
export const vacancyExpired = defineRule({
  name: 'vacancyExpired',
  doc: 'An expired vacancy (its `validThrough` has passed) is not exported, and is reported.',
  severity: 'notice',
  messages: {
    'vacancy.expired': {
      en: (p) => `Left out expired vacancy: validThrough ${text(p, 'validThrough')} is before ${text(p, 'now')}`,
      nl: (p) => `Verlopen vacature weggelaten: "Geldig tot" (${text(p, 'validThrough')}) ligt voor ${text(p, 'now')}`,
    },
  },
  across: {
    phase: 'vacancy',
    order: 40,
    check(doc, { now }) {
      if (doc._type !== 'vacancy' || !isExpired(doc.validThrough, now)) return []
      return [{ code: 'vacancy.expired', docId: doc._id, docType: 'vacancy', path: ['validThrough'], params: { validThrough: doc.validThrough ?? '', now: now.toISOString().slice(0, 10) } }]
    },
  },
  examples: {
    pass: [{ documents: exampleVacancy({ validThrough: '2026-11-26T13:00:00Z' }) }],
    fail: [
      {
        documents: exampleVacancy({ validThrough: '2026-11-26' }),
        report: ['vacancy.a validThrough: notice: Left out expired vacancy: validThrough 2026-11-26 is before 2026-11-26'],
        nl: ['vacancy.a validThrough: notice: Verlopen vacature weggelaten: "Geldig tot" (2026-11-26) ligt voor 2026-11-26'],
      },
    ],
  },
})
