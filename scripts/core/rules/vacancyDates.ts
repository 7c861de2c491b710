import { isRecord } from '../isRecord.ts'
import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'

/** A vacancy closes after it was posted. */
export const vacancyDates = defineRule({
  name: 'vacancyDates',
  doc: '`validThrough` is after `datePosted`.',
  severity: 'error',
  messages: {
    'vacancy.valid_through_before_posted': {
      en: (p) => `Unexpected validThrough ${text(p, 'validThrough')}, expected a date after datePosted ${text(p, 'datePosted')}`,
      nl: (p) => `"Geldig tot" (${text(p, 'validThrough')}) moet na de publicatiedatum (${text(p, 'datePosted')}) liggen`,
    },
  },
  document: [
    {
      type: 'vacancy',
      check(vacancy) {
        if (!isRecord(vacancy)) return []
        const { datePosted, validThrough } = vacancy
        if (typeof datePosted !== 'string' || typeof validThrough !== 'string') return []
        const posted = Date.parse(datePosted)
        const through = Date.parse(validThrough)
        if (Number.isNaN(posted) || Number.isNaN(through) || through > posted) return []
        return [{ code: 'vacancy.valid_through_before_posted', path: ['validThrough'], params: { datePosted, validThrough } }]
      },
    },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'vacancy.a', _type: 'vacancy', datePosted: '2026-11-01', validThrough: '2026-12-31' }] }],
    fail: [
      {
        documents: [{ _id: 'vacancy.a', _type: 'vacancy', datePosted: '2026-11-01', validThrough: '2026-11-01' }],
        report: ['vacancy.a validThrough: Unexpected validThrough 2026-11-01, expected a date after datePosted 2026-11-01'],
        nl: ['vacancy.a validThrough: "Geldig tot" (2026-11-01) moet na de publicatiedatum (2026-11-01) liggen'],
      },
    ],
  },
})
