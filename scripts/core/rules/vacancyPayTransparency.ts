import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import { checkPayTransparency } from './lib/checkPayTransparency.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'

// Posted on the first day pay transparency applies in Belgium (the directive's date).
const inBelgium = { location: { _type: 'jobldJobLocation', country: 'BE', locality: 'Antwerpen' }, datePosted: '2026-06-07' }

/** A vacancy where pay transparency applies states the employer's own pay. */
export const vacancyPayTransparency = defineRule({
  name: 'vacancyPayTransparency',
  doc: "A vacancy for a country where pay transparency applies (its location, or its applicant countries when remote), posted on or after the day it applies there (option `payTransparency`, the EU table by default), states the employer's own salary or range (`salary`); a tier's estimate does not count.",
  severity: 'error',
  messages: {
    'vacancy.pay_transparency': {
      en: (p) =>
        `Unexpected vacancy in ${text(p, 'country')} posted on ${text(p, 'datePosted')} without its own pay, expected the employer's own salary or range: pay transparency applies in ${text(p, 'country')} from ${text(p, 'date')} (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)`,
      nl: (p) =>
        `Deze vacature in ${text(p, 'country')} (gepubliceerd op ${text(p, 'datePosted')}) noemt geen eigen salaris: in ${text(p, 'country')} geldt vanaf ${text(p, 'date')} loontransparantie (EU-richtlijn loontransparantie 2023/970, artikel 5). Vul het salaris of de salarisschaal van de werkgever in; een schatting uit een salarisniveau telt niet`,
    },
  },
  // The dates are an option of the plugin: the Studio's check reads them (schemas/lib/studioChecks.ts).
  studio: [{ type: 'vacancy', check: 'payTransparency' }],
  across: {
    phase: 'vacancy',
    order: 30,
    check(doc, view) {
      if (doc._type !== 'vacancy') return []
      const violation = checkPayTransparency(doc, view.payTransparency)
      return violation ? [{ ...violation, docId: doc._id, docType: 'vacancy' }] : []
    },
  },
  examples: {
    pass: [
      { documents: exampleVacancy({ ...inBelgium, salary: { _type: 'jobldVacancySalary', period: 'MONTH', minValue: 2800, maxValue: 3200, currency: 'EUR', basis: 'gross' } }) },
      { documents: exampleVacancy({ ...inBelgium, datePosted: '2026-06-06' }) },
    ],
    fail: [
      {
        documents: exampleVacancy({ ...inBelgium, salaryTier: { _ref: 'salaryTier.a' } }),
        report: [
          "vacancy.a salary: Unexpected vacancy in BE posted on 2026-06-07 without its own pay, expected the employer's own salary or range: pay transparency applies in BE from 2026-06-07 (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)",
        ],
        nl: [
          'vacancy.a salary: Deze vacature in BE (gepubliceerd op 2026-06-07) noemt geen eigen salaris: in BE geldt vanaf 2026-06-07 loontransparantie (EU-richtlijn loontransparantie 2023/970, artikel 5). Vul het salaris of de salarisschaal van de werkgever in; een schatting uit een salarisniveau telt niet',
        ],
      },
    ],
  },
})
