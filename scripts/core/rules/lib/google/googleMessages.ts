/**
 * The messages of Google's rules for the JSON-LD (the rules google*.ts beside the registry): each
 * rule lists the ones it reports, and a message several rules report is this one object in each.
 */
import { valueWords } from '../../../messages/describe.ts'
import { joinList, names, text } from '../../../messages/params.ts'
import type { Language, MessageParams, Wording } from '../../../messages/wording.ts'
import type { RuleMessage } from '../../declare/types.ts'

const or = (p: MessageParams, key: string, language: Language) => joinList(names(p, key), language === 'nl' ? 'of' : 'or')
const v = (p: MessageParams, language: Language) => valueWords(p, language)
/**
 * Whose rule a JSON-LD check states: Google's for a type Google shows (the default), schema.org's
 * and other consumers' guidance (`authority: guidance`) for a type it no longer shows (core/googleResults.ts).
 */
const by = (p: MessageParams, level: 'required' | 'recommended') =>
  p.authority === 'guidance' ? `${level} by schema.org and other consumers' guidance, not a Google result` : `${level} by Google`
const nlBy = (p: MessageParams, verb: 'vereist' | 'raadt') =>
  p.authority === 'guidance' ? `de richtlijn van schema.org en andere afnemers (geen Google-resultaat) ${verb === 'vereist' ? 'vraagt' : 'raadt'}` : `Google ${verb}`
const quoted = (p: MessageParams, key: string, language: Language) =>
  joinList(names(p, key).map((name) => `"${name}"`), language === 'nl' ? 'of' : 'or')

/** Google's expectations for a value, in both languages (what `google.invalid_value` asks for). */
const googleExpectations = {
  date: { en: 'an ISO 8601 date (2026-11-26) or date-time (2026-11-26T09:00:00+01:00)', nl: 'een ISO 8601-datum (2026-11-26) of datum met tijd (2026-11-26T09:00:00+01:00)' },
  hiringOrganization: { en: 'an Organization node with a name, or "confidential"', nl: 'een Organization-node met een naam, of "confidential"' },
  applicantLocation: { en: 'a Country node with a name', nl: 'een Country-node met een naam' },
  jobLocation: { en: 'a Place node with an address', nl: 'een Place-node met een adres' },
  address: { en: 'a PostalAddress node with addressCountry', nl: 'een PostalAddress-node met addressCountry' },
  currency: { en: 'an ISO 4217 code such as EUR', nl: 'een ISO 4217-code zoals EUR' },
  baseSalary: { en: 'a MonetaryAmount node with currency and value', nl: 'een MonetaryAmount-node met currency en value' },
  baseSalaryValue: {
    en: 'a QuantitativeValue node with value or minValue and maxValue, and unitText',
    nl: 'een QuantitativeValue-node met value of minValue en maxValue, en unitText',
  },
  number: { en: 'a number', nl: 'een getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  months: { en: 'a number of months, 0 or more', nl: 'een aantal maanden, 0 of meer' },
  question: { en: 'a Question node', nl: 'een Question-node' },
  answer: { en: 'an Answer node with text', nl: 'een Answer-node met text' },
  answerText: { en: 'text or HTML', nl: 'tekst of HTML' },
  duration: { en: 'an ISO 8601 duration such as P1M', nl: 'een ISO 8601-duur zoals P1M' },
  estimatedSalary: { en: 'a MonetaryAmountDistribution or MonetaryAmount node with currency', nl: 'een MonetaryAmountDistribution- of MonetaryAmount-node met currency' },
} as const satisfies Record<string, Wording<string>>

/** The id of one of Google's expectations. */
export type GoogleExpectation = keyof typeof googleExpectations

const isExpectation = (id: string): id is GoogleExpectation => Object.hasOwn(googleExpectations, id)

const googleExpectation = (p: MessageParams, language: Language) => {
  const id = text(p, 'expectation')
  if (isExpectation(id)) return googleExpectations[id][language]
  // Lists of allowed values ("FULL_TIME, PART_TIME or …"): names, joined in the language.
  return (p.quote === 1 ? quoted : or)(p, 'allowed', language)
}

/** Every message of Google's rules, by id. */
export const googleMessages = {
  'google.required': {
    en: (p) => `Unexpected ${text(p, 'type')} without ${text(p, 'property')}, expected ${text(p, 'property')} (${by(p, 'required')})`,
    nl: (p) => `${text(p, 'type')} zonder ${text(p, 'property')}: ${nlBy(p, 'vereist')} ${text(p, 'property')}`,
  },
  'google.recommended': {
    severity: 'warning',
    en: (p) => `Unexpected ${text(p, 'type')} without ${text(p, 'property')}, expected ${text(p, 'property')} (${by(p, 'recommended')})`,
    nl: (p) => `${text(p, 'type')} zonder ${text(p, 'property')}: ${nlBy(p, 'raadt')} ${text(p, 'property')} aan`,
  },
  'google.required.telecommute': {
    code: 'google.required',
    en: (p) => `Unexpected TELECOMMUTE JobPosting without applicantLocationRequirements, expected the countries applicants may work from (${by(p, 'required')})`,
    nl: (p) => `JobPosting op afstand (TELECOMMUTE) zonder applicantLocationRequirements: ${nlBy(p, 'vereist')} de landen van waaruit kandidaten mogen werken`,
  },
  'google.required.job_location': {
    code: 'google.required',
    en: (p) => `Unexpected JobPosting without jobLocation, expected jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements (${by(p, 'required')})`,
    nl: (p) => `JobPosting zonder jobLocation: ${nlBy(p, 'vereist')} jobLocation, of jobLocationType TELECOMMUTE met applicantLocationRequirements`,
  },
  'google.required.quantity': {
    code: 'google.required',
    en: (p) => `Unexpected QuantitativeValue without value, minValue or maxValue, expected an amount (${by(p, 'required')})`,
    nl: (p) => `QuantitativeValue zonder value, minValue of maxValue: ${nlBy(p, 'vereist')} een bedrag`,
  },
  'google.required.estimate_period': {
    code: 'google.required',
    en: (p) => `Unexpected estimatedSalary without duration or unitText, expected the period the amount is for (${by(p, 'required')})`,
    nl: (p) => `estimatedSalary zonder duration of unitText: ${nlBy(p, 'vereist')} de periode waarvoor het bedrag geldt`,
  },
  'google.required.estimate_value': {
    code: 'google.required',
    en: (p) =>
      `Unexpected estimatedSalary without value, expected a QuantitativeValue with value or minValue and maxValue, or a MonetaryAmountDistribution with median or percentiles (${by(p, 'required')})`,
    nl: (p) =>
      `estimatedSalary zonder value: ${nlBy(p, 'vereist')} een QuantitativeValue met value of minValue en maxValue, of een MonetaryAmountDistribution met een mediaan of percentielen`,
  },
  'google.required.distribution': {
    code: 'google.required',
    en: (p) => `Unexpected MonetaryAmountDistribution without median or percentiles, expected at least one of ${or(p, 'keys', 'en')} (${by(p, 'required')})`,
    nl: (p) => `MonetaryAmountDistribution zonder mediaan of percentielen: ${nlBy(p, 'vereist')} minstens één van ${or(p, 'keys', 'nl')}`,
  },
  'google.invalid_value': {
    en: (p) => `Unexpected ${text(p, 'property')} ${v(p, 'en')}, expected ${googleExpectation(p, 'en')}`,
    nl: (p) => `Onverwachte ${text(p, 'property')}: ${v(p, 'nl')}; verwacht ${googleExpectation(p, 'nl')}`,
  },
  // Google's JobPosting rule: a description is more than its title.
  'google.invalid_value.description_is_title': {
    code: 'google.invalid_value',
    en: (p) => `Unexpected description that only repeats the title "${text(p, 'title')}", expected the full description of the job (required by Google)`,
    nl: (p) => `De description herhaalt alleen de titel "${text(p, 'title')}": Google vereist de volledige beschrijving van de baan`,
  },
  'google.invalid_value.distribution_as_base': {
    code: 'google.invalid_value',
    en: () =>
      "Unexpected MonetaryAmountDistribution as baseSalary, expected a MonetaryAmount with the employer's own salary (a distribution is an estimate: estimatedSalary)",
    nl: () => 'Een MonetaryAmountDistribution kan geen baseSalary zijn: dat is een MonetaryAmount met het eigen salaris van de werkgever (een verdeling is een schatting: estimatedSalary)',
  },
  'google.invalid_value.min_above_max': {
    code: 'google.invalid_value',
    en: (p) => `Unexpected minValue ${text(p, 'min')} above maxValue ${text(p, 'max')}, expected minValue at most maxValue`,
    nl: (p) => `minValue ${text(p, 'min')} is hoger dan maxValue ${text(p, 'max')}; minValue mag hoogstens maxValue zijn`,
  },
  'google.invalid_value.below': {
    code: 'google.invalid_value',
    en: (p) => `Unexpected ${text(p, 'key')} ${text(p, 'value')} below ${text(p, 'previousKey')} ${text(p, 'previousValue')}, expected ${names(p, 'keys').join(' ≤ ')}`,
    nl: (p) => `${text(p, 'key')} ${text(p, 'value')} is lager dan ${text(p, 'previousKey')} ${text(p, 'previousValue')}; verwacht ${names(p, 'keys').join(' ≤ ')}`,
  },
  // Free text where Google wants a node: Google reads it as plain text, so only a warning.
  'google.invalid_value.requirements': {
    code: 'google.invalid_value',
    severity: 'warning',
    en: (p) => `Unexpected ${text(p, 'property')} ${v(p, 'en')}, expected an ${text(p, 'node')} node with ${text(p, 'needs')}, or "${text(p, 'none')}"`,
    nl: (p) => `Onverwachte ${text(p, 'property')}: ${v(p, 'nl')}; verwacht een ${text(p, 'node')}-node met ${text(p, 'needs')}, of "${text(p, 'none')}"`,
  },
  'google.answer_tag': {
    en: (p) => `Unexpected <${text(p, 'tag')}> in answer text, expected only ${or(p, 'allowed', 'en')}`,
    nl: (p) => `<${text(p, 'tag')}> mag niet in een antwoord; alleen ${or(p, 'allowed', 'nl')}`,
  },
} as const satisfies Record<string, RuleMessage>

/** The id of one of Google's messages. */
export type GoogleMessageId = keyof typeof googleMessages
