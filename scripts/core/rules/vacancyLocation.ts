import { isRecord } from '../isRecord.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'

type Code = 'vacancy.location' | 'vacancy.applicant_countries'

/** Where the work is: a location, or fully remote with the countries applicants may live in. */
export const vacancyLocation = defineRule({
  name: 'vacancyLocation',
  doc: 'A vacancy has a location, or is remote (`remote: true`) and names at least one country applicants may live in.',
  severity: 'error',
  messages: {
    'vacancy.location': {
      en: () => 'Unexpected vacancy without location, expected a location or remote: true',
      nl: () => 'Geef een werklocatie op, of geef aan dat de vacature volledig op afstand is',
    },
    'vacancy.applicant_countries': {
      en: () => 'Unexpected remote vacancy without applicant countries, expected at least one country',
      nl: () => 'Een vacature op afstand noemt minstens één land waar sollicitanten mogen wonen',
    },
  },
  document: [
    {
      type: 'vacancy',
      check(vacancy) {
        if (!isRecord(vacancy)) return []
        const out: Violation<Code>[] = []
        const remote = vacancy.remote === true
        if (!vacancy.location && !remote) out.push({ code: 'vacancy.location', path: ['location'], params: {} })
        const countries = Array.isArray(vacancy.applicantCountries) ? vacancy.applicantCountries.filter((c) => typeof c === 'string') : []
        if (remote && countries.length === 0) out.push({ code: 'vacancy.applicant_countries', path: ['applicantCountries'], params: {} })
        return out
      },
    },
  ],
  examples: {
    pass: [
      { documents: [{ _id: 'vacancy.a', _type: 'vacancy', location: { city: 'Utrecht', country: 'NL' } }] },
      { documents: [{ _id: 'vacancy.b', _type: 'vacancy', remote: true, applicantCountries: ['NL', 'BE'] }] },
    ],
    fail: [
      {
        documents: [
          { _id: 'vacancy.a', _type: 'vacancy' },
          { _id: 'vacancy.b', _type: 'vacancy', remote: true, applicantCountries: [] },
        ],
        report: [
          'vacancy.a location: Unexpected vacancy without location, expected a location or remote: true',
          'vacancy.b applicantCountries: Unexpected remote vacancy without applicant countries, expected at least one country',
        ],
        nl: [
          'vacancy.a location: Geef een werklocatie op, of geef aan dat de vacature volledig op afstand is',
          'vacancy.b applicantCountries: Een vacature op afstand noemt minstens één land waar sollicitanten mogen wonen',
        ],
      },
    ],
  },
})
