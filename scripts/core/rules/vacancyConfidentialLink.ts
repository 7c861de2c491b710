import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import { checkConfidentialLink } from './lib/checkConfidentialLink.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'

/** The example vacancy, its employer with a website and a profile elsewhere. */
const withEmployer = (fields: Readonly<Record<string, unknown>>) =>
  exampleVacancy(fields).map((doc) =>
    doc._id === 'organization.a' ? { ...doc, name: 'Voorbeeld B.V.', url: 'https://www.voorbeeld.example.nl', sameAs: ['https://www.linkedin.com/company/voorbeeld-bv'] } : doc,
  )

/** A confidential vacancy's own links do not lead to the employer it keeps anonymous. */
export const vacancyConfidentialLink = defineRule({
  name: 'vacancyConfidentialLink',
  doc: "A confidential vacancy (`confidential: true`, a staffing agency's for an employer that stays anonymous) has no `applyUrl` or `canonicalUrl` on the employer's website (same host, `www.` aside) or under one of its `sameAs` profiles.",
  severity: 'error',
  messages: {
    'vacancy.confidential_link': {
      en: (p) =>
        `Unexpected ${text(p, 'field')} ${text(p, 'url')} on the employer's own ${text(p, 'place')} in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")`,
      nl: (p) =>
        `Deze vacature houdt de werkgever vertrouwelijk, maar ${text(p, 'field') === 'applyUrl' ? 'de sollicitatielink' : 'de canonieke URL'} ${text(p, 'url')} staat op ${text(p, 'place')} van de werkgever en verraadt hem. Gebruik een link van het bureau`,
    },
  },
  // The employer is another document: the Studio's check fetches it (schemas/lib/validateConfidentialEmployer.ts).
  studio: [{ type: 'vacancy', check: 'confidentialEmployer' }],
  across: {
    phase: 'vacancy',
    order: 25,
    check(doc, view) {
      if (doc._type !== 'vacancy') return []
      const employer = view.valid(doc.hiringOrganization._ref)
      return checkConfidentialLink(doc, employer?._type === 'organization' ? employer : undefined).map((v) => ({ ...v, docId: doc._id, docType: 'vacancy' }))
    },
  },
  examples: {
    pass: [
      { documents: withEmployer({ confidential: true, applyUrl: 'https://www.bureau.example.nl/vacatures/1', canonicalUrl: 'https://www.linkedin.com/jobs/view/123' }) },
      { documents: withEmployer({ applyUrl: 'https://www.voorbeeld.example.nl/werken-bij/kok' }) },
    ],
    fail: [
      {
        documents: withEmployer({ confidential: true, applyUrl: 'https://voorbeeld.example.nl/werken-bij/kok', canonicalUrl: 'https://www.linkedin.com/company/voorbeeld-bv/jobs/9' }),
        report: [
          'vacancy.a applyUrl: Unexpected applyUrl https://voorbeeld.example.nl/werken-bij/kok on the employer\'s own voorbeeld.example.nl in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")',
          'vacancy.a canonicalUrl: Unexpected canonicalUrl https://www.linkedin.com/company/voorbeeld-bv/jobs/9 on the employer\'s own https://www.linkedin.com/company/voorbeeld-bv in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")',
        ],
        nl: [
          'vacancy.a applyUrl: Deze vacature houdt de werkgever vertrouwelijk, maar de sollicitatielink https://voorbeeld.example.nl/werken-bij/kok staat op voorbeeld.example.nl van de werkgever en verraadt hem. Gebruik een link van het bureau',
          'vacancy.a canonicalUrl: Deze vacature houdt de werkgever vertrouwelijk, maar de canonieke URL https://www.linkedin.com/company/voorbeeld-bv/jobs/9 staat op https://www.linkedin.com/company/voorbeeld-bv van de werkgever en verraadt hem. Gebruik een link van het bureau',
        ],
      },
    ],
  },
})
