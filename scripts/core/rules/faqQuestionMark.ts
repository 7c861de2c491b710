import { defineRule } from './declare/defineRule.ts'
import { quoted } from './lib/quoted.ts'

/** An FAQ question reads as a question. */
export const faqQuestionMark = defineRule({
  name: 'faqQuestionMark',
  doc: 'An FAQ question ends with `?`.',
  severity: 'error',
  messages: {
    'faq.question_mark': {
      en: (p) => `Unexpected question ${quoted(p, 'question')}, expected it to end with "?"`,
      nl: () => 'Een vraag eindigt met een vraagteken (?)',
    },
  },
  document: [
    {
      type: 'faqEntry',
      field: 'question',
      check: (question) => (question.trim().endsWith('?') ? undefined : { code: 'faq.question_mark', path: ['question'], params: { question } }),
    },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'faqEntry.a', _type: 'faqEntry', question: 'Wat doet een kok? ' }] }],
    fail: [
      {
        documents: [{ _id: 'faqEntry.a', _type: 'faqEntry', question: 'Wat doet een kok' }],
        report: ['faqEntry.a question: Unexpected question "Wat doet een kok", expected it to end with "?"'],
        nl: ['faqEntry.a question: Een vraag eindigt met een vraagteken (?)'],
      },
    ],
  },
})
