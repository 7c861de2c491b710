import { names } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'

/** Applicant countries belong to remote work: the JobPosting of any other vacancy leaves them out. */
export const vacancyApplicantCountries = defineRule({
  name: 'vacancyApplicantCountries',
  doc: 'Applicant countries belong to a remote vacancy: on any other they are left out of the JobPosting, with a warning.',
  severity: 'warning',
  messages: {
    'vacancy.applicant_countries_dropped': {
      en: (p) => `Left out applicantCountries ${names(p, 'countries').join(', ')} of a vacancy that is not remote, expected remote: true for applicant countries`,
      nl: (p) => `De landen van kandidaten (${names(p, 'countries').join(', ')}) blijven weg, want de vacature is niet op afstand; zet "Op afstand" aan of haal de landen weg`,
    },
  },
  across: {
    phase: 'vacancy',
    order: 60,
    // Applicant countries belong to remote work: the JobPosting of any other vacancy leaves them out.
    check: (doc) =>
      doc._type === 'vacancy' && doc.remote !== true && doc.applicantCountries?.length
        ? [{ code: 'vacancy.applicant_countries_dropped', docId: doc._id, docType: 'vacancy', path: ['applicantCountries'], params: { countries: doc.applicantCountries } }]
        : [],
  },
  examples: {
    pass: [{ documents: exampleVacancy({ remote: true, applicantCountries: ['NL', 'BE'] }) }],
    fail: [
      {
        documents: exampleVacancy({ applicantCountries: ['NL', 'BE'] }),
        report: ['vacancy.a applicantCountries: warning: Left out applicantCountries NL, BE of a vacancy that is not remote, expected remote: true for applicant countries'],
        nl: ['vacancy.a applicantCountries: warning: De landen van kandidaten (NL, BE) blijven weg, want de vacature is niet op afstand; zet "Op afstand" aan of haal de landen weg'],
      },
    ],
  },
})
