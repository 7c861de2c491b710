/**
 * The build's messages besides the content rules (those are in rules/violation.ts): documents,
 * references, the zod model, the JSON-LD shape, Google's rules and the schema.org vocabulary.
 * One message id, two wordings: the build prints English (the report's words, unchanged), the
 * Studio's JSON-LD view shows the Studio's language. Part of jobld's one message catalogue.
 */
import { valueWords } from './describe.ts'
import { joinList, names, text } from './params.ts'
import type { Language, MessageParams, Wording, Words } from './wording.ts'

const or = (p: MessageParams, key: string, language: Language) => joinList(names(p, key), language === 'nl' ? 'of' : 'or')
const and = (p: MessageParams, key: string, language: Language) => joinList(names(p, key), language === 'nl' ? 'en' : 'and')
const v = (p: MessageParams, language: Language, prefix = 'value') => valueWords(p, language, prefix)
const quoted = (p: MessageParams, key: string, language: Language) =>
  joinList(names(p, key).map((name) => `"${name}"`), language === 'nl' ? 'of' : 'or')
/**
 * Whose rule a JSON-LD check states: Google's for a type Google shows (the default), schema.org's
 * and other consumers' guidance (`authority: guidance`) for a type it no longer shows
 * (jsonld/googleResults.ts).
 */
const by = (p: MessageParams, level: 'required' | 'recommended') =>
  p.authority === 'guidance' ? `${level} by schema.org and other consumers' guidance, not a Google result` : `${level} by Google`
const nlBy = (p: MessageParams, verb: 'vereist' | 'raadt') =>
  p.authority === 'guidance' ? `de richtlijn van schema.org en andere afnemers (geen Google-resultaat) ${verb === 'vereist' ? 'vraagt' : 'raadt'}` : `Google ${verb}`
const withArticle = (type: string) => `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`

/** Names of what a field expects, for zod's type messages. */
const expectedWords: Record<string, Wording<string>> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  int: { en: 'a whole number', nl: 'een geheel getal' },
  boolean: { en: 'true or false', nl: 'waar of onwaar' },
  array: { en: 'a list', nl: 'een lijst' },
  object: { en: 'an object', nl: 'een object' },
}
const expected = (p: MessageParams, language: Language) => expectedWords[text(p, 'expected')]?.[language] ?? text(p, 'expected')

/** Names of what a value is, for zod's type messages. */
const kindWords: Record<string, string> = { string: 'tekst', number: 'getal', boolean: 'waarheidswaarde', object: 'object', list: 'lijst', null: 'null', NaN: 'NaN' }
const kind = (p: MessageParams, language: Language) => (language === 'nl' ? (kindWords[text(p, 'kind')] ?? text(p, 'kind')) : text(p, 'kind'))

/**
 * The expectations jobld's own zod checks state (its format and union messages). The model
 * states them in English ("Expected …"); the Dutch is here, keyed like the model's.
 */
export const formatHints = {
  documentId: {
    en: 'a Sanity document id: letters, digits, "_" and "-", in parts separated by "."',
    nl: 'een Sanity-document-id: letters, cijfers, "_" en "-", in delen gescheiden door "."',
  },
  countryCode: { en: 'an ISO 3166-1 alpha-2 code such as NL', nl: 'een ISO 3166-1-landcode van twee letters, zoals NL' },
  httpUrl: { en: 'an absolute http(s) URL', nl: 'een volledig http(s)-adres' },
  iscoCode: { en: 'a four-digit ISCO-08 unit group code such as 4222', nl: 'een ISCO-08-code van vier cijfers, zoals 4222' },
  isoDate: { en: 'an ISO 8601 date (2026-11-26) or date-time with offset', nl: 'een ISO 8601-datum (2026-11-26) of datum met tijd en tijdzone' },
  imageAsset: {
    en: 'a Sanity image asset id such as image-<id>-400x200-png',
    nl: 'een Sanity-afbeelding-id zoals image-<id>-400x200-png',
  },
  logo: {
    en: 'an absolute http(s) URL or a Sanity image ({_type: "image", asset: {_ref: "image-<id>-400x200-png"}})',
    nl: 'een volledig http(s)-adres of een Sanity-afbeelding ({_type: "image", asset: {_ref: "image-<id>-400x200-png"}})',
  },
} as const satisfies Record<string, Wording<string>>

/** The id of one of jobld's format hints. */
export type FormatHint = keyof typeof formatHints

/**
 * Tells a format hint's id from any other string.
 * @param id a param's value
 * @returns true for an id of {@link formatHints}
 */
export function isFormatHint(id: string): id is FormatHint {
  return Object.hasOwn(formatHints, id)
}

const hint = (p: MessageParams, language: Language) => {
  const id = text(p, 'hint')
  if (isFormatHint(id)) return formatHints[id][language]
  return language === 'nl' ? `een geldige ${text(p, 'format')}` : `a valid ${text(p, 'format')}`
}

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

const isExpectation = (id: string): id is keyof typeof googleExpectations => Object.hasOwn(googleExpectations, id)

const googleExpectation = (p: MessageParams, language: Language) => {
  const id = text(p, 'expectation')
  if (isExpectation(id)) return googleExpectations[id][language]
  // Lists of allowed values ("FULL_TIME, PART_TIME or …"): names, joined in the language.
  return (p.quote === 1 ? quoted : or)(p, 'allowed', language)
}

/** Every build message other than the content rules, keyed by message id. */
export const issueMessages = {
  // Documents (validate/checkDocument.ts, validate/checkAcross.ts)
  'document.text_too_long': {
    en: (p) => `Unexpected text of ${Number(p.length).toLocaleString('en')} characters, expected at most ${Number(p.max).toLocaleString('en')}`,
    nl: (p) => `Deze tekst is ${Number(p.length).toLocaleString('nl')} tekens lang; de export neemt hoogstens ${Number(p.max).toLocaleString('nl')} tekens`,
  },
  'document.missing_id': {
    en: (p) => `Unexpected ${v(p, 'en', 'id')} as _id, expected a non-empty string`,
    nl: (p) => `Onverwacht ${v(p, 'nl', 'id')} als _id; verwacht een niet-lege tekst`,
  },
  'document.duplicate_id': {
    en: (p) => `Unexpected second document with _id "${text(p, 'id')}"${p.firstFile ? `, first at ${text(p, 'firstFile')}:${text(p, 'firstLine')}` : ''}, expected unique ids`,
    nl: (p) => `Er is al een document met _id "${text(p, 'id')}"${p.firstFile ? ` (eerst in ${text(p, 'firstFile')}:${text(p, 'firstLine')})` : ''}; elk document heeft een eigen id`,
  },
  'document.unknown_type': {
    en: (p) => `Ignored ${text(p, 'count')} document${p.count === 1 ? '' : 's'} of unknown type "${text(p, 'type')}", expected one of ${names(p, 'types').join(', ')}`,
    nl: (p) => `${text(p, 'count')} document${p.count === 1 ? '' : 'en'} van het onbekende type "${text(p, 'type')}" overgeslagen; jobld kent ${joinList(names(p, 'types'), 'en')}`,
  },
  'release.unpublishes': {
    en: (p) => `Unpublished by release "${text(p, 'release')}": once it ships, this document is gone and every reference to it is missing`,
    nl: (p) => `Release "${text(p, 'release')}" depubliceert dit document: zodra die live gaat, bestaat het niet meer en verwijst niets er meer naar`,
  },
  'translation.disagrees': {
    en: (p) =>
      `Unexpected ${text(p, 'found')} in the ${text(p, 'language')} translation, expected ${text(p, 'expected')} as the ${text(p, 'originalLanguage')} original "${text(p, 'original')}" states (translations must agree on amounts, dates, employer, location and terms)`,
    nl: (p) =>
      `In de ${text(p, 'language')}-vertaling staat ${text(p, 'found')}, maar het ${text(p, 'originalLanguage')}-origineel "${text(p, 'original')}" zegt ${text(p, 'expected')}; vertalingen moeten dezelfde bedragen, data, werkgever, plaats en voorwaarden noemen`,
  },
  'stega.cleaned': {
    en: (p) =>
      `Removed the stega encoding of Visual Editing (invisible characters) from ${text(p, 'strings')} string${p.strings === 1 ? '' : 's'} in ${text(p, 'count')} document${p.count === 1 ? '' : 's'}: the JSON-LD holds the clean text (fetch with stega off for builds to skip this)`,
    nl: (p) =>
      `Stega-codering van Visual Editing (onzichtbare tekens) verwijderd uit ${text(p, 'strings')} tekst${p.strings === 1 ? '' : 'en'} in ${text(p, 'count')} document${p.count === 1 ? '' : 'en'}: de JSON-LD bevat de schone tekst (haal voor builds op zonder stega om dit over te slaan)`,
  },
  'reference.draft': {
    en: (p) => `Unexpected reference to unpublished "${text(p, 'target')}", expected a published ${text(p, 'type')} (publish it, or point at its published id)`,
    nl: (p) => `Dit verwijst naar "${text(p, 'target')}", dat niet gepubliceerd is; publiceer het, of verwijs naar de gepubliceerde versie`,
  },
  'reference.missing': {
    en: (p) => `Unexpected reference to missing document "${text(p, 'target')}", expected ${withArticle(text(p, 'type'))}`,
    nl: (p) => `Dit verwijst naar "${text(p, 'target')}", maar dat document bestaat niet`,
  },
  'reference.wrong_type': {
    en: (p) => `Unexpected reference to ${text(p, 'found') || 'unknown type'} "${text(p, 'target')}", expected ${withArticle(text(p, 'type'))}`,
    nl: (p) => `Dit verwijst naar "${text(p, 'target')}" van het type ${text(p, 'found') || 'onbekend'}; hier hoort een document van het type ${text(p, 'type')}`,
  },
  'reference.cycle': {
    en: (p) => `Unexpected reference cycle ${names(p, 'cycle').join(' → ')}, expected references to lead away from each document`,
    nl: (p) => `Deze documenten verwijzen in een kring naar elkaar: ${names(p, 'cycle').join(' → ')}; een verwijzing moet van het document af leiden`,
  },
  'slug.duplicate': {
    en: (p) => `Unexpected slug "${text(p, 'slug')}", already used by ${text(p, 'first')}; expected a unique slug`,
    nl: (p) => `De slug "${text(p, 'slug')}" wordt al gebruikt door ${text(p, 'first')}; kies een eigen slug`,
  },
  'tier.net_not_exported': {
    en: (p) => `Left out net amounts of "${text(p, 'level')}" from ${text(p, 'profile')}: schema.org salaries are gross, expected gross amounts to export`,
    nl: (p) => `De netto bedragen van "${text(p, 'level')}" blijven weg uit ${text(p, 'profile')}: salarissen in schema.org zijn bruto; vul bruto bedragen in om ze te publiceren`,
  },
  'faq.language_mismatch': {
    en: (p) => `Unexpected ${text(p, 'faqLanguage')} FAQ entry "${text(p, 'faq')}" on a ${text(p, 'profileLanguage')} profile, expected the profile's language`,
    nl: (p) => `De vraag "${text(p, 'faq')}" is in het ${text(p, 'faqLanguage')}, het beroep in het ${text(p, 'profileLanguage')}; kies een vraag in de taal van het beroep`,
  },
  'vacancy.tier_not_in_profile': {
    en: (p) => `Unexpected salary tier "${text(p, 'tier')}", expected one of the tiers of ${text(p, 'profile')}: ${names(p, 'tiers').join(', ') || 'none'}`,
    nl: (p) => `Salarisniveau "${text(p, 'tier')}" hoort niet bij ${text(p, 'profile')}; kies een van de niveaus van het beroep: ${names(p, 'tiers').join(', ') || 'het beroep heeft er geen'}`,
  },
  'vacancy.net_salary': {
    en: () => 'Left out a net salary from baseSalary: schema.org salaries are gross, expected a gross amount',
    nl: () => 'Een netto salaris wordt geen baseSalary: salarissen in schema.org zijn bruto; vul een bruto bedrag in',
  },
  'vacancy.expired': {
    en: (p) => `Left out expired vacancy: validThrough ${text(p, 'validThrough')} is before ${text(p, 'now')}`,
    nl: (p) => `Verlopen vacature weggelaten: "Geldig tot" (${text(p, 'validThrough')}) ligt voor ${text(p, 'now')}`,
  },
  'vacancy.no_valid_through': {
    en: () => 'Missing validThrough, expected the date the vacancy closes (recommended by Google)',
    nl: () => 'Vul bij "Geldig tot" in wanneer de vacature sluit (Google raadt dat aan)',
  },
  'vacancy.applicant_countries_dropped': {
    en: (p) => `Left out applicantCountries ${names(p, 'countries').join(', ')} of a vacancy that is not remote, expected remote: true for applicant countries`,
    nl: (p) => `De landen van kandidaten (${names(p, 'countries').join(', ')}) blijven weg, want de vacature is niet op afstand; zet "Op afstand" aan of haal de landen weg`,
  },
  'organization.logo_no_project': {
    en: () =>
      'Unexpected Sanity image without the project it is stored in, expected the project id and dataset to publish its URL (jobld export --project-id and --dataset, or SANITY_PROJECT_ID and SANITY_DATASET; the options projectId and dataset of exportJsonLd)',
    nl: () =>
      'Dit logo is een Sanity-afbeelding, maar de export kent het project niet waarin het staat; geef de export het project-id en de dataset (--project-id en --dataset, of SANITY_PROJECT_ID en SANITY_DATASET)',
  },

  // The zod model (validate/zodIssueToIssue.ts)
  'schema.missing': {
    en: (p) => `Missing required field, expected ${expected(p, 'en')}`,
    nl: (p) => `Dit veld is verplicht: vul ${expected(p, 'nl')} in`,
  },
  'schema.invalid_type': {
    en: (p) => `Unexpected ${kind(p, 'en')} ${v(p, 'en')}, expected ${expected(p, 'en')}`,
    nl: (p) => `Onverwacht: ${kind(p, 'nl')} ${v(p, 'nl')}; verwacht ${expected(p, 'nl')}`,
  },
  'schema.invalid_value': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${or(p, 'values', 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; kies ${or(p, 'values', 'nl')}`,
  },
  'schema.too_small.empty': {
    en: (p) => `Unexpected empty ${p.origin === 'string' ? 'text' : 'list'}, expected at least 1 ${p.origin === 'string' ? 'character' : 'item'}`,
    nl: (p) => (p.origin === 'string' ? 'Deze tekst is leeg; vul hem in' : 'Deze lijst is leeg; voeg er minstens één toe'),
  },
  'schema.too_small.count': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected at least ${text(p, 'minimum')} ${p.origin === 'string' ? 'character' : 'item'}s`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht minstens ${text(p, 'minimum')} ${p.origin === 'string' ? 'tekens' : 'items'}`,
  },
  'schema.too_small': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.inclusive ? 'at least' : 'more than'} ${text(p, 'minimum')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${p.inclusive ? 'minstens' : 'meer dan'} ${text(p, 'minimum')}`,
  },
  'schema.too_big': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.inclusive ? 'at most' : 'less than'} ${text(p, 'maximum')}${p.unit ? ` ${text(p, 'unit')}s` : ''}`,
    nl: (p) =>
      `Onverwacht: ${v(p, 'nl')}; verwacht ${p.inclusive ? 'hoogstens' : 'minder dan'} ${text(p, 'maximum')}${p.unit ? (p.unit === 'character' ? ' tekens' : ' items') : ''}`,
  },
  'schema.invalid_format': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${hint(p, 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${hint(p, 'nl')}`,
  },
  'schema.invalid_union': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.hint ? hint(p, 'en') : p.discriminator ? `a known ${text(p, 'discriminator')}` : 'one of the allowed forms'}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${p.hint ? hint(p, 'nl') : p.discriminator ? `een bekende ${text(p, 'discriminator')}` : 'een van de toegestane vormen'}`,
  },
  'schema.other': {
    en: (p) => `Unexpected ${v(p, 'en')}: ${text(p, 'zodMessage')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')} (${text(p, 'zodCode')})`,
  },

  // The JSON-LD document (jsonld/validateJsonLd.ts)
  'jsonld.not_object': {
    en: () => 'Unexpected JSON-LD that is not an object, expected {"@context": "https://schema.org", "@graph": [...]}',
    nl: () => 'Deze JSON-LD is geen object; verwacht {"@context": "https://schema.org", "@graph": [...]}',
  },
  'jsonld.context': {
    en: (p) => `Unexpected @context ${p.context !== undefined ? text(p, 'context') : p.contextKind === 'missing' ? 'missing' : 'object'}, expected "https://schema.org"`,
    nl: (p) => `Onverwachte @context ${p.context !== undefined ? text(p, 'context') : p.contextKind === 'missing' ? '(ontbreekt)' : '(een object)'}; verwacht "https://schema.org"`,
  },

  // Google's rules (jsonld/validateGoogle.ts)
  'google.required': {
    en: (p) => `Unexpected ${text(p, 'type')} without ${text(p, 'property')}, expected ${text(p, 'property')} (${by(p, 'required')})`,
    nl: (p) => `${text(p, 'type')} zonder ${text(p, 'property')}: ${nlBy(p, 'vereist')} ${text(p, 'property')}`,
  },
  'google.recommended': {
    en: (p) => `Unexpected ${text(p, 'type')} without ${text(p, 'property')}, expected ${text(p, 'property')} (${by(p, 'recommended')})`,
    nl: (p) => `${text(p, 'type')} zonder ${text(p, 'property')}: ${nlBy(p, 'raadt')} ${text(p, 'property')} aan`,
  },
  'google.required.telecommute': {
    en: (p) => `Unexpected TELECOMMUTE JobPosting without applicantLocationRequirements, expected the countries applicants may work from (${by(p, 'required')})`,
    nl: (p) => `JobPosting op afstand (TELECOMMUTE) zonder applicantLocationRequirements: ${nlBy(p, 'vereist')} de landen van waaruit kandidaten mogen werken`,
  },
  'google.required.job_location': {
    en: (p) => `Unexpected JobPosting without jobLocation, expected jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements (${by(p, 'required')})`,
    nl: (p) => `JobPosting zonder jobLocation: ${nlBy(p, 'vereist')} jobLocation, of jobLocationType TELECOMMUTE met applicantLocationRequirements`,
  },
  'google.required.quantity': {
    en: (p) => `Unexpected QuantitativeValue without value, minValue or maxValue, expected an amount (${by(p, 'required')})`,
    nl: (p) => `QuantitativeValue zonder value, minValue of maxValue: ${nlBy(p, 'vereist')} een bedrag`,
  },
  'google.required.estimate_period': {
    en: (p) => `Unexpected estimatedSalary without duration or unitText, expected the period the amount is for (${by(p, 'required')})`,
    nl: (p) => `estimatedSalary zonder duration of unitText: ${nlBy(p, 'vereist')} de periode waarvoor het bedrag geldt`,
  },
  'google.required.estimate_value': {
    en: (p) => `Unexpected estimatedSalary without value, expected a QuantitativeValue with value or minValue and maxValue, or a MonetaryAmountDistribution with median or percentiles (${by(p, 'required')})`,
    nl: (p) =>
      `estimatedSalary zonder value: ${nlBy(p, 'vereist')} een QuantitativeValue met value of minValue en maxValue, of een MonetaryAmountDistribution met een mediaan of percentielen`,
  },
  'google.required.distribution': {
    en: (p) => `Unexpected MonetaryAmountDistribution without median or percentiles, expected at least one of ${or(p, 'keys', 'en')} (${by(p, 'required')})`,
    nl: (p) => `MonetaryAmountDistribution zonder mediaan of percentielen: ${nlBy(p, 'vereist')} minstens één van ${or(p, 'keys', 'nl')}`,
  },
  'google.invalid_value': {
    en: (p) => `Unexpected ${text(p, 'property')} ${v(p, 'en')}, expected ${googleExpectation(p, 'en')}`,
    nl: (p) => `Onverwachte ${text(p, 'property')}: ${v(p, 'nl')}; verwacht ${googleExpectation(p, 'nl')}`,
  },
  'google.invalid_value.description_is_title': {
    en: (p) => `Unexpected description that only repeats the title "${text(p, 'title')}", expected the full description of the job (required by Google)`,
    nl: (p) => `De description herhaalt alleen de titel "${text(p, 'title')}": Google vereist de volledige beschrijving van de baan`,
  },
  'google.invalid_value.distribution_as_base': {
    en: () =>
      "Unexpected MonetaryAmountDistribution as baseSalary, expected a MonetaryAmount with the employer's own salary (a distribution is an estimate: estimatedSalary)",
    nl: () => 'Een MonetaryAmountDistribution kan geen baseSalary zijn: dat is een MonetaryAmount met het eigen salaris van de werkgever (een verdeling is een schatting: estimatedSalary)',
  },
  'google.invalid_value.min_above_max': {
    en: (p) => `Unexpected minValue ${text(p, 'min')} above maxValue ${text(p, 'max')}, expected minValue at most maxValue`,
    nl: (p) => `minValue ${text(p, 'min')} is hoger dan maxValue ${text(p, 'max')}; minValue mag hoogstens maxValue zijn`,
  },
  'google.invalid_value.below': {
    en: (p) => `Unexpected ${text(p, 'key')} ${text(p, 'value')} below ${text(p, 'previousKey')} ${text(p, 'previousValue')}, expected ${names(p, 'keys').join(' ≤ ')}`,
    nl: (p) => `${text(p, 'key')} ${text(p, 'value')} is lager dan ${text(p, 'previousKey')} ${text(p, 'previousValue')}; verwacht ${names(p, 'keys').join(' ≤ ')}`,
  },
  'google.invalid_value.requirements': {
    en: (p) => `Unexpected ${text(p, 'property')} ${v(p, 'en')}, expected an ${text(p, 'node')} node with ${text(p, 'needs')}, or "${text(p, 'none')}"`,
    nl: (p) => `Onverwachte ${text(p, 'property')}: ${v(p, 'nl')}; verwacht een ${text(p, 'node')}-node met ${text(p, 'needs')}, of "${text(p, 'none')}"`,
  },
  'google.answer_tag': {
    en: (p) => `Unexpected <${text(p, 'tag')}> in answer text, expected only ${or(p, 'allowed', 'en')}`,
    nl: (p) => `<${text(p, 'tag')}> mag niet in een antwoord; alleen ${or(p, 'allowed', 'nl')}`,
  },

  // The schema.org vocabulary (jsonld/validateVocabulary.ts)
  'vocab.not_a_node': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected a node object with @type`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht een node met @type`,
  },
  'vocab.missing_type': {
    en: (p) => `Unexpected node without @type, expected ${p.range === undefined ? 'a schema.org type' : or(p, 'range', 'en')}`,
    nl: (p) => `Node zonder @type; verwacht ${p.range === undefined ? 'een schema.org-type' : or(p, 'range', 'nl')}`,
  },
  'vocab.unknown_type': {
    en: (p) =>
      p.name === undefined
        ? `Unexpected @type ${v(p, 'en')}, expected a schema.org type name`
        : `Unexpected type ${text(p, 'name')}, expected a schema.org type${p.hint ? ` (did you mean "${text(p, 'hint')}"?)` : ''}`,
    nl: (p) =>
      p.name === undefined
        ? `Onverwacht @type: ${v(p, 'nl')}; verwacht de naam van een schema.org-type`
        : `Onbekend type ${text(p, 'name')}; verwacht een schema.org-type${p.hint ? ` (bedoel je "${text(p, 'hint')}"?)` : ''}`,
  },
  'vocab.superseded_type': {
    en: (p) => `Unexpected superseded type "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `Het type "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_type': {
    en: (p) => `Unexpected pending type "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `Het type "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.unknown_property': {
    en: (p) => `Unexpected property ${text(p, 'name')}, expected a schema.org property${p.hint ? ` (did you mean "${text(p, 'hint')}"?)` : ''}`,
    nl: (p) => `Onbekende eigenschap ${text(p, 'name')}; verwacht een schema.org-eigenschap${p.hint ? ` (bedoel je "${text(p, 'hint')}"?)` : ''}`,
  },
  'vocab.superseded_property': {
    en: (p) => `Unexpected superseded property "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_property': {
    en: (p) => `Unexpected pending property "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.unexpected_property': {
    en: (p) => `Unexpected property "${text(p, 'name')}" on ${and(p, 'types', 'en')}, expected it on ${or(p, 'domains', 'en')}`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" hoort niet bij ${and(p, 'types', 'nl')}, maar bij ${or(p, 'domains', 'nl')}`,
  },
  'vocab.unexpected_value': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.node': {
    en: (p) => `Unexpected ${and(p, 'types', 'en')} node, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwachte ${and(p, 'types', 'nl')}-node; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.id': {
    en: (p) => `Unexpected @id ${v(p, 'en')}, expected an IRI`,
    nl: (p) => `Onverwacht @id: ${v(p, 'nl')}; verwacht een IRI`,
  },
  'vocab.unexpected_value.reference': {
    en: (p) => `Unexpected reference ${text(p, 'id')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwachte verwijzing ${text(p, 'id')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.member': {
    en: (p) => `Unexpected member "${text(p, 'name')}" of ${or(p, 'memberOf', 'en')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `"${text(p, 'name')}" hoort bij ${or(p, 'memberOf', 'nl')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.superseded_value': {
    en: (p) => `Unexpected superseded value "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `De waarde "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_value': {
    en: (p) => `Unexpected pending value "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `De waarde "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.text_for_node': {
    en: (p) => `Unexpected text ${text(p, 'text')}, expected ${or(p, 'things', 'en')} as a node`,
    nl: (p) => `Tekst ${text(p, 'text')} waar ${or(p, 'things', 'nl')} als node hoort`,
  },
} as const satisfies Record<string, Wording<Words>>

/** The id of one of the build's messages (besides the content rules). */
export type IssueMessageId = keyof typeof issueMessages
