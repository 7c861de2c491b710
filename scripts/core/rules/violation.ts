import type { Path } from '../issue.ts'
import { quoteText } from '../validate/quoteText.ts'

/** Parameters a rule hands to its message; values are already stringified where they are not numbers. */
export type Params = Record<string, string | number>

/** A broken content rule, before it is worded: the Studio words it in Dutch, the build in English. */
export interface Violation {
  code: RuleCode
  /** Field path inside the document the rule was checked on. */
  path: Path
  params: Params
  /** Set when the rule spans documents (tier ladder): the document the violation belongs to. */
  docId?: string
}

const fmt = (n: string | number) => String(n)
// Texts from documents are cut when long (a 1 MB question, a runaway level name), with their length.
const text = (n: string | number) => quoteText(String(n))
const bare = (n: string | number) => quoteText(String(n), { quotes: false })

/** A median or percentile field as Dutch editors name it. */
const statisticNamesNl = (name: unknown) =>
  name === 'median' ? 'de mediaan' : typeof name === 'string' && /^percentile\d+$/u.test(name) ? `het ${name.slice('percentile'.length)}e percentiel` : fmt(typeof name === 'number' ? name : String(name ?? ''))
const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

// Parts of the salary estimate messages (vacancy.salary_estimated*).
const statisticEn = (p: Params) => (p.statistic === 'median' ? 'median' : 'average')
const statisticNl = (p: Params) => (p.statistic === 'median' ? 'mediaan' : 'gemiddelde')
const tierHoursEn = (p: Params) => `at ${fmt(p.tierHours ?? '')} h/week${p.tierHoursStated ? '' : ' (assumed: the tier states no hours)'}`
const tierHoursNl = (p: Params) => `bij ${fmt(p.tierHours ?? '')} uur per week${p.tierHoursStated ? '' : ' (aangenomen: het niveau noemt geen uren)'}`
const publishedEn =
  "published as estimatedSalary, not baseSalary; expected the employer's own salary (the vacancy's salary) for baseSalary (recommended by Google)"
const publishedNl =
  'De export publiceert dit als geschat salaris (estimatedSalary), niet als basissalaris: vul een eigen salaris in als de werkgever dat noemt.'

/**
 * The rule messages in both languages, keyed by code: part of jobld's one message catalogue
 * (scripts/core/messages/catalogue.ts). Each states what was found and what was expected. The
 * build prints `en`; the Studio shows its own language.
 */
export const ruleMessages = {
  'amount.missing': {
    en: () => 'Unexpected empty amount, expected a value or a minimum and maximum',
    nl: () => 'Vul een bedrag in, of een minimum en een maximum',
  },
  'amount.not_number': {
    en: (p: Params) => `Unexpected ${fmt(p.value ?? '')}, expected a finite number`,
    nl: (p: Params) => `${fmt(p.value ?? '')} is geen geldig getal`,
  },
  'amount.not_positive': {
    en: (p: Params) => `Unexpected ${fmt(p.value ?? '')}, expected an amount above 0`,
    nl: (p: Params) => `Bedrag ${fmt(p.value ?? '')} moet groter zijn dan 0`,
  },
  'amount.out_of_range': {
    en: (p: Params) =>
      `Unexpected ${fmt(p.value ?? '')} per ${fmt(p.period ?? '')}, expected between ${fmt(p.min ?? '')} and ${fmt(p.max ?? '')}`,
    nl: (p: Params) =>
      `Bedrag ${fmt(p.value ?? '')} per ${fmt(p.periodNl ?? '')} ligt buiten het bereik ${fmt(p.min ?? '')}–${fmt(p.max ?? '')}`,
  },
  'amount.min_above_max': {
    en: (p: Params) => `Unexpected minimum ${fmt(p.min ?? '')} above maximum ${fmt(p.max ?? '')}`,
    nl: (p: Params) => `Het minimum (${fmt(p.min ?? '')}) is hoger dan het maximum (${fmt(p.max ?? '')})`,
  },
  'amount.duplicate_period': {
    en: (p: Params) => `Unexpected second amount per ${fmt(p.period ?? '')}, expected one amount per period`,
    nl: (p: Params) => `Er staat al een bedrag per ${fmt(p.periodNl ?? '')}; geef per periode één bedrag`,
  },
  'tier.monthly_hourly_mismatch': {
    en: (p: Params) =>
      `Unexpected monthly amount ${fmt(p.monthly ?? '')}, expected about ${fmt(p.expected ?? '')} (hourly ${fmt(p.hourly ?? '')} × ${fmt(p.hoursPerMonth ?? '')} h/month at ${fmt(p.hoursPerWeek ?? '')} h/week, ±${fmt(p.tolerance ?? '')}%)`,
    nl: (p: Params) =>
      `Maandbedrag ${fmt(p.monthly ?? '')} past niet bij het uurloon: verwacht ongeveer ${fmt(p.expected ?? '')} (uurloon ${fmt(p.hourly ?? '')} × ${fmt(p.hoursPerMonth ?? '')} uur per maand bij ${fmt(p.hoursPerWeek ?? '')} uur per week, ±${fmt(p.tolerance ?? '')}%)`,
  },
  'tier.order': {
    en: (p: Params) =>
      `Unexpected ${fmt(p.value ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.period ?? '')} for ${bare(p.level ?? '')}, expected at least ${fmt(p.previousValue ?? '')} as at the lower level ${bare(p.previousLevel ?? '')}`,
    nl: (p: Params) =>
      `${bare(p.level ?? '')} verdient ${fmt(p.value ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.periodNl ?? '')}, minder dan het lagere niveau ${bare(p.previousLevel ?? '')} (${fmt(p.previousValue ?? '')}); salarisniveaus moeten oplopen`,
  },
  'tier.rank_duplicate': {
    en: (p: Params) => `Unexpected rank ${fmt(p.rank ?? '')} shared by ${bare(p.levels ?? '')}, expected one tier per rank`,
    nl: (p: Params) => `Volgorde ${fmt(p.rank ?? '')} komt vaker voor (${bare(p.levels ?? '')}); geef elk niveau een eigen plek`,
  },
  'faq.question_mark': {
    en: (p: Params) => `Unexpected question ${text(p.question ?? '')}, expected it to end with "?"`,
    nl: () => 'Een vraag eindigt met een vraagteken (?)',
  },
  'vacancy.valid_through_before_posted': {
    en: (p: Params) =>
      `Unexpected validThrough ${fmt(p.validThrough ?? '')}, expected a date after datePosted ${fmt(p.datePosted ?? '')}`,
    nl: (p: Params) =>
      `"Geldig tot" (${fmt(p.validThrough ?? '')}) moet na de publicatiedatum (${fmt(p.datePosted ?? '')}) liggen`,
  },
  'vacancy.location': {
    en: () => 'Unexpected vacancy without location, expected a location or remote: true',
    nl: () => 'Geef een werklocatie op, of geef aan dat de vacature volledig op afstand is',
  },
  'vacancy.applicant_countries': {
    en: () => 'Unexpected remote vacancy without applicant countries, expected at least one country',
    nl: () => 'Een vacature op afstand noemt minstens één land waar sollicitanten mogen wonen',
  },
  'vacancy.pay_transparency': {
    en: (p: Params) =>
      `Unexpected vacancy in ${fmt(p.country ?? '')} posted on ${fmt(p.datePosted ?? '')} without its own pay, expected the employer's own salary or range: pay transparency applies in ${fmt(p.country ?? '')} from ${fmt(p.date ?? '')} (EU Pay Transparency Directive 2023/970, Article 5; a salary tier's estimate does not count)`,
    nl: (p: Params) =>
      `Deze vacature in ${fmt(p.country ?? '')} (gepubliceerd op ${fmt(p.datePosted ?? '')}) noemt geen eigen salaris: in ${fmt(p.country ?? '')} geldt vanaf ${fmt(p.date ?? '')} loontransparantie (EU-richtlijn loontransparantie 2023/970, artikel 5). Vul het salaris of de salarisschaal van de werkgever in; een schatting uit een salarisniveau telt niet`,
  },
  'vacancy.confidential_link': {
    en: (p: Params) =>
      `Unexpected ${fmt(p.field ?? '')} ${fmt(p.url ?? '')} on the employer's own ${fmt(p.place ?? '')} in a confidential vacancy, expected a link that does not reveal the employer (its JobPosting names it only as "confidential")`,
    nl: (p: Params) =>
      `Deze vacature houdt de werkgever vertrouwelijk, maar ${fmt(p.field ?? '') === 'applyUrl' ? 'de sollicitatielink' : 'de canonieke URL'} ${fmt(p.url ?? '')} staat op ${fmt(p.place ?? '')} van de werkgever en verraadt hem. Gebruik een link van het bureau`,
  },
  'vacancy.salary_twice': {
    en: () => 'Unexpected own salary beside a salary tier, expected one of the two',
    nl: () => 'Kies een salarisniveau of een eigen salaris, niet allebei',
  },
  'hours.out_of_range': {
    en: (p: Params) => `Unexpected ${fmt(p.hours ?? '')} hours per week, expected more than 0 and at most ${fmt(p.max ?? '')}`,
    nl: (p: Params) => `${fmt(p.hours ?? '')} uur per week kan niet: vul een aantal uren in boven 0 en hoogstens ${fmt(p.max ?? '')}`,
  },
  'tier.median_range': {
    en: (p: Params) =>
      `Unexpected range ${fmt(p.min ?? '')}–${fmt(p.max ?? '')} per ${fmt(p.period ?? '')} in a median tier, expected one value (the median), or statistic "average"`,
    nl: (p: Params) =>
      `Een mediaan is één bedrag, geen bereik (${fmt(p.min ?? '')}–${fmt(p.max ?? '')} per ${fmt(p.periodNl ?? '')}): vul één bedrag in, of kies "Gemiddelde" als de bron een bereik geeft`,
  },
  'tier.percentile_not_median': {
    en: (p: Params) => `Unexpected percentiles per ${fmt(p.period ?? '')} in an average tier, expected them only beside a median (statistic "median")`,
    nl: (p: Params) => `Percentielen (per ${fmt(p.periodNl ?? '')}) horen bij een mediaan: kies "Mediaan" of laat de percentielen leeg`,
  },
  'tier.percentile_order': {
    en: (p: Params) =>
      `Unexpected ${fmt(p.high ?? '')} ${fmt(p.highValue ?? '')} below ${fmt(p.low ?? '')} ${fmt(p.lowValue ?? '')} per ${fmt(p.period ?? '')}, expected percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90`,
    nl: (p: Params) =>
      `${capitalFirst(statisticNamesNl(p.high))} (${fmt(p.highValue ?? '')}) ligt onder ${statisticNamesNl(p.low)} (${fmt(p.lowValue ?? '')}) per ${fmt(p.periodNl ?? '')}: percentielen lopen op, 10 ≤ 25 ≤ mediaan ≤ 75 ≤ 90`,
  },
  'vacancy.salary_estimated': {
    en: (p: Params) =>
      `Estimated from salary tier "${fmt(p.level ?? '')}": ${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.period ?? '')} (${statisticEn(p)}), ${publishedEn}`,
    nl: (p: Params) =>
      `Geschat uit salarisniveau ${fmt(p.level ?? '')}: ${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.periodNl ?? '')} (${statisticNl(p)}). ${publishedNl}`,
  },
  'vacancy.salary_estimated_prorated': {
    en: (p: Params) =>
      `Estimated from salary tier "${fmt(p.level ?? '')}": ${fmt(p.source ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.sourcePeriod ?? '')} ${tierHoursEn(p)} prorated to ${fmt(p.hours ?? '')} h/week: ${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.period ?? '')} (${statisticEn(p)}), ${publishedEn}`,
    nl: (p: Params) =>
      `Geschat uit salarisniveau ${fmt(p.level ?? '')}: ${fmt(p.source ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.sourcePeriodNl ?? '')} ${tierHoursNl(p)}, omgerekend naar ${fmt(p.hours ?? '')} uur per week: ${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.periodNl ?? '')} (${statisticNl(p)}). ${publishedNl}`,
  },
  'vacancy.salary_estimated_hourly': {
    en: (p: Params) =>
      `Estimated from salary tier "${fmt(p.level ?? '')}" per HOUR, as the part-time vacancy states no hoursPerWeek: ${
        p.converted ? `${fmt(p.source ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.sourcePeriod ?? '')} ${tierHoursEn(p)} is ` : ''
      }${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per HOUR (${statisticEn(p)}), ${publishedEn}`,
    nl: (p: Params) =>
      `Geschat uit salarisniveau ${fmt(p.level ?? '')} per uur, omdat deze deeltijdvacature geen uren per week noemt: ${
        p.converted ? `${fmt(p.source ?? '')} ${fmt(p.currency ?? '')} per ${fmt(p.sourcePeriodNl ?? '')} ${tierHoursNl(p)} is ` : ''
      }${fmt(p.amount ?? '')} ${fmt(p.currency ?? '')} per uur (${statisticNl(p)}). ${publishedNl}`,
  },
  'vacancy.salary_not_estimated': {
    en: (p: Params) =>
      `Left out salary tier "${fmt(p.level ?? '')}" as an estimate: its amounts per ${fmt(p.periods ?? '')} do not follow this vacancy's hours, expected an amount per HOUR, WEEK, MONTH or YEAR`,
    nl: (p: Params) =>
      `Salarisniveau ${fmt(p.level ?? '')} geeft geen schatting: bedragen per ${fmt(p.periodsNl ?? '')} zijn niet om te rekenen naar de uren van deze vacature; geef het niveau een bedrag per uur, week, maand of jaar`,
  },
  'slug.format': {
    en: (p: Params) =>
      `Unexpected slug ${text(p.slug ?? '')}, expected lowercase letters, digits and single hyphens (like ${text(p.suggestion ?? '')})`,
    nl: (p: Params) =>
      `De slug ${text(p.slug ?? '')} mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld ${text(p.suggestion ?? '')}`,
  },
  'slug.too_long': {
    en: (p: Params) =>
      `Unexpected slug of ${fmt(p.length ?? '')} characters, expected at most ${fmt(p.max ?? '')}: the page's files are named after it, and file names have a length limit`,
    nl: (p: Params) => `De slug is ${fmt(p.length ?? '')} tekens lang; maak hem korter, hoogstens ${fmt(p.max ?? '')} tekens (de bestandsnaam van de pagina is de slug)`,
  },
  'currency.unsupported': {
    en: (p: Params) => `Unexpected currency ${text(p.currency ?? '')}, expected an ISO 4217 code such as EUR`,
    nl: (p: Params) => `${text(p.currency ?? '')} is geen ISO 4217-valutacode (bijvoorbeeld EUR)`,
  },
  'organization.logo_format': {
    en: (p: Params) => `Unexpected logo format ${fmt(p.format ?? '')}, expected one Google Images reads: ${fmt(p.formats ?? '')}`,
    nl: (p: Params) => `Google toont geen logo in het formaat ${fmt(p.format ?? '')}; gebruik ${fmt(p.formats ?? '')}`,
  },
  'organization.logo_size': {
    en: (p: Params) =>
      `Unexpected logo of ${fmt(p.width ?? '')}×${fmt(p.height ?? '')} pixels, expected at least ${fmt(p.min ?? '')}×${fmt(p.min ?? '')} (Google's minimum for a logo)`,
    nl: (p: Params) =>
      `Het logo is ${fmt(p.width ?? '')}×${fmt(p.height ?? '')} pixels; Google toont een logo van minstens ${fmt(p.min ?? '')}×${fmt(p.min ?? '')} pixels`,
  },
  'organization.logo_twice': {
    en: () => 'Unexpected logoUrl beside logo, expected one of the two (the export publishes logo)',
    nl: () => 'Er is al een logo; de export gebruikt dat en laat deze logo-URL weg. Kies een van de twee',
  },
} satisfies Record<string, { en: (p: Params) => string; nl: (p: Params) => string }>

export type RuleCode = keyof typeof ruleMessages

/**
 * Tells a rule's code from any other string.
 * @param code a code, such as a zod issue's `params.rule`
 * @returns true for a code of {@link ruleMessages}
 */
export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(ruleMessages, code)
}

/** Dutch names of the salary periods, for messages and labels. */
export const periodNamesNl = { HOUR: 'uur', DAY: 'dag', WEEK: 'week', FOUR_WEEKS: '4 weken', MONTH: 'maand', YEAR: 'jaar' } as const

/**
 * Words a violation in one language.
 * @param violation the violation from a rule
 * @param lang `en` for the build, the Studio's language in the Studio
 * @returns the sentence
 */
export function formatViolation(violation: Violation, lang: 'en' | 'nl'): string {
  return ruleMessages[violation.code][lang](violation.params)
}
