import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleProfile } from './lib/exampleProfile.ts'

const profile = exampleProfile({ faq: [{ _ref: 'faqEntry.a' }] })

/** A profile's FAQ entries are in its language. */
export const faqLanguage = defineRule({
  name: 'faqLanguage',
  doc: "A job profile's FAQ entries are in the profile's language.",
  severity: 'warning',
  messages: {
    'faq.language_mismatch': {
      en: (p) => `Unexpected ${text(p, 'faqLanguage')} FAQ entry "${text(p, 'faq')}" on a ${text(p, 'profileLanguage')} profile, expected the profile's language`,
      nl: (p) => `De vraag "${text(p, 'faq')}" is in het ${text(p, 'faqLanguage')}, het beroep in het ${text(p, 'profileLanguage')}; kies een vraag in de taal van het beroep`,
    },
  },
  across: {
    phase: 'profile',
    order: 30,
    check(doc, view) {
      if (doc._type !== 'jobProfile') return []
      return (doc.faq ?? []).flatMap((r, i): Finding<'faq.language_mismatch'>[] => {
        const faq = view.valid(r._ref)
        return faq && faq._type === 'faqEntry' && faq.language !== doc.language
          ? [{ code: 'faq.language_mismatch', docId: doc._id, docType: 'jobProfile', path: ['faq', i, '_ref'], params: { faqLanguage: faq.language, faq: faq._id, profileLanguage: doc.language } }]
          : []
      })
    },
  },
  examples: {
    pass: [{ documents: [profile, { _id: 'faqEntry.a', _type: 'faqEntry', language: 'nl' }] }],
    fail: [
      {
        documents: [profile, { _id: 'faqEntry.a', _type: 'faqEntry', language: 'en' }],
        report: ['jobProfile.a faq[0]._ref: warning: Unexpected en FAQ entry "faqEntry.a" on a nl profile, expected the profile\'s language'],
        nl: ['jobProfile.a faq[0]._ref: warning: De vraag "faqEntry.a" is in het en, het beroep in het nl; kies een vraag in de taal van het beroep'],
      },
    ],
  },
})
