import { text } from '../messages/params.ts'
import type { MessageParams } from '../messages/wording.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { estimateSalary, type EstimateNotice } from './lib/estimateSalary.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'
import { isExpired } from './lib/isExpired.ts'
import { tierOfProfile } from './lib/tierOfProfile.ts'
import { vacancyTier } from './lib/vacancyTier.ts'

// Parts of the messages.
const statisticEn = (p: MessageParams) => (p.statistic === 'median' ? 'median' : 'average')
const statisticNl = (p: MessageParams) => (p.statistic === 'median' ? 'mediaan' : 'gemiddelde')
const tierHoursEn = (p: MessageParams) => `at ${text(p, 'tierHours')} h/week${p.tierHoursStated ? '' : ' (assumed: the tier states no hours)'}`
const tierHoursNl = (p: MessageParams) => `bij ${text(p, 'tierHours')} uur per week${p.tierHoursStated ? '' : ' (aangenomen: het niveau noemt geen uren)'}`
const publishedEn = "published as estimatedSalary, not baseSalary; expected the employer's own salary (the vacancy's salary) for baseSalary (recommended by Google)"
const publishedNl = 'De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.'

/**
 * A vacancy paid by a tier states the tier as an estimate for its hours (estimatedSalary), never as
 * the employer's baseSalary, and the report says so once per exported vacancy.
 */
export const salaryEstimate = defineRule({
  name: 'salaryEstimate',
  doc: "A vacancy that only points at a tier gets that tier as `estimatedSalary` for its hours (never as `baseSalary`), and the report says so once per exported vacancy; only the vacancy's own salary is the JobPosting's `baseSalary`.",
  severity: 'notice',
  messages: {
    'vacancy.salary_estimated': {
      en: (p) => `Estimated from salary tier "${text(p, 'level')}": ${text(p, 'amount')} ${text(p, 'currency')} per ${text(p, 'period')} (${statisticEn(p)}), ${publishedEn}`,
      nl: (p) => `Geschat uit salarisniveau ${text(p, 'level')}: ${text(p, 'amount')} ${text(p, 'currency')} per ${text(p, 'periodNl')} (${statisticNl(p)}). ${publishedNl}`,
    },
    'vacancy.salary_estimated_prorated': {
      en: (p) =>
        `Estimated from salary tier "${text(p, 'level')}": ${text(p, 'source')} ${text(p, 'currency')} per ${text(p, 'sourcePeriod')} ${tierHoursEn(p)} prorated to ${text(p, 'hours')} h/week: ${text(p, 'amount')} ${text(p, 'currency')} per ${text(p, 'period')} (${statisticEn(p)}), ${publishedEn}`,
      nl: (p) =>
        `Geschat uit salarisniveau ${text(p, 'level')}: ${text(p, 'source')} ${text(p, 'currency')} per ${text(p, 'sourcePeriodNl')} ${tierHoursNl(p)}, omgerekend naar ${text(p, 'hours')} uur per week: ${text(p, 'amount')} ${text(p, 'currency')} per ${text(p, 'periodNl')} (${statisticNl(p)}). ${publishedNl}`,
    },
    'vacancy.salary_estimated_hourly': {
      en: (p) =>
        `Estimated from salary tier "${text(p, 'level')}" per HOUR, as the part-time vacancy states no hoursPerWeek: ${
          p.converted ? `${text(p, 'source')} ${text(p, 'currency')} per ${text(p, 'sourcePeriod')} ${tierHoursEn(p)} is ` : ''
        }${text(p, 'amount')} ${text(p, 'currency')} per HOUR (${statisticEn(p)}), ${publishedEn}`,
      nl: (p) =>
        `Geschat uit salarisniveau ${text(p, 'level')} per uur, omdat deze deeltijdvacature geen uren per week noemt: ${
          p.converted ? `${text(p, 'source')} ${text(p, 'currency')} per ${text(p, 'sourcePeriodNl')} ${tierHoursNl(p)} is ` : ''
        }${text(p, 'amount')} ${text(p, 'currency')} per uur (${statisticNl(p)}). ${publishedNl}`,
    },
    'vacancy.salary_not_estimated': {
      en: (p) =>
        `Left out salary tier "${text(p, 'level')}" as an estimate: its amounts per ${text(p, 'periods')} do not follow this vacancy's hours, expected an amount per HOUR, WEEK, MONTH or YEAR`,
      nl: (p) =>
        `Salarisniveau ${text(p, 'level')} geeft geen schatting: bedragen per ${text(p, 'periodsNl')} zijn niet om te rekenen naar de uren van deze vacature; geef het niveau een bedrag per uur, week, maand of jaar`,
    },
  },
  across: {
    // A vacancy refused for another reason gets no page, so nothing to say about its JobPosting's pay.
    phase: 'kept',
    order: 10,
    check(doc, view) {
      if (doc._type !== 'vacancy') return []
      const tier = vacancyTier(doc, view)
      if (doc.salary || !tier || !tierOfProfile(doc, view) || isExpired(doc.validThrough, view.now)) return []
      const estimate = estimateSalary(tier, doc)
      return estimate ? [{ ...estimate.violation, docId: doc._id, docType: 'vacancy' }] : []
    },
  },
  examples: {
    pass: [{ documents: exampleVacancy({ salary: { _type: 'jobldVacancySalary', period: 'MONTH', value: 3000, currency: 'EUR', basis: 'gross' } }) }],
    fail: [
      {
        documents: exampleVacancy({ salaryTier: { _ref: 'salaryTier.a' }, employmentTypes: ['PART_TIME'], hoursPerWeek: 24 }),
        report: [
          "vacancy.a salaryTier: notice: Estimated from salary tier \"Junior\": 2450 EUR per MONTH at 40 h/week (assumed: the tier states no hours) prorated to 24 h/week: 1470 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer's own salary (the vacancy's salary) for baseSalary (recommended by Google)",
        ],
        nl: [
          'vacancy.a salaryTier: notice: Geschat uit salarisniveau Junior: 2450 EUR per maand bij 40 uur per week (aangenomen: het niveau noemt geen uren), omgerekend naar 24 uur per week: 1470 EUR per maand (gemiddelde). De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.',
        ],
      },
      {
        documents: exampleVacancy({ salaryTier: { _ref: 'salaryTier.a' } }),
        report: [
          "vacancy.a salaryTier: notice: Estimated from salary tier \"Junior\": 2450 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer's own salary (the vacancy's salary) for baseSalary (recommended by Google)",
        ],
        nl: [
          'vacancy.a salaryTier: notice: Geschat uit salarisniveau Junior: 2450 EUR per maand (gemiddelde). De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.',
        ],
      },
      {
        documents: exampleVacancy({ salaryTier: { _ref: 'salaryTier.a' }, employmentTypes: ['PART_TIME'] }),
        report: [
          "vacancy.a salaryTier: notice: Estimated from salary tier \"Junior\" per HOUR, as the part-time vacancy states no hoursPerWeek: 14.5 EUR per HOUR (average), published as estimatedSalary, not baseSalary; expected the employer's own salary (the vacancy's salary) for baseSalary (recommended by Google)",
        ],
        nl: [
          'vacancy.a salaryTier: notice: Geschat uit salarisniveau Junior per uur, omdat deze deeltijdvacature geen uren per week noemt: 14.5 EUR per uur (gemiddelde). De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.',
        ],
      },
      {
        documents: exampleVacancy({ salaryTier: { _ref: 'salaryTier.a' }, hoursPerWeek: 24 }).map((doc) =>
          doc._id === 'salaryTier.a' ? { ...doc, amounts: [{ _key: 'd', _type: 'jobldSalaryAmount', period: 'DAY', value: 120 }] } : doc,
        ),
        report: [
          "vacancy.a salaryTier: notice: Left out salary tier \"Junior\" as an estimate: its amounts per DAY do not follow this vacancy's hours, expected an amount per HOUR, WEEK, MONTH or YEAR",
        ],
        nl: [
          'vacancy.a salaryTier: notice: Salarisniveau Junior geeft geen schatting: bedragen per dag zijn niet om te rekenen naar de uren van deze vacature; geef het niveau een bedrag per uur, week, maand of jaar',
        ],
      },
    ],
  },
})
