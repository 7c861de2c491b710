/**
 * What Google Search shows today for each page type jobld writes, declared once: the report
 * (pretty and JSON), the README and the Studio's JSON-LD view say it from here, and the JSON-LD
 * layer of the content rules labels their checks by it (Google's rules for a type Google still
 * shows, schema.org and other consumers' guidance for a type it no longer does). The markup of a retired type is not
 * wrong to publish: other search engines and AI answer systems still read it.
 */
import type { Language } from './messages/wording.ts'

/** A page type's standing in Google Search. */
export interface GoogleResult {
  /** `shown`: Google shows a result for it today; `retired`: it no longer does. */
  status: 'shown' | 'retired'
  /** The Google feature, in each language. */
  feature: { en: string; nl: string }
  /** The day Google stopped showing it (ISO date), for a retired feature. */
  since?: string
  /** Whose rules jobld checks the type against: Google's, or schema.org's and other consumers' guidance. */
  checks: 'google' | 'guidance'
  /** Where Google says so. */
  source: string
}

/** The page types jobld writes and what Google shows for each (Search Central, as of December 2026). */
export const googleResults = {
  JobPosting: {
    status: 'shown',
    feature: { en: 'job search results (job postings, Indexing API)', nl: 'vacatureresultaten (job search, Indexing API)' },
    checks: 'google',
    source: 'https://developers.google.com/search/docs/appearance/structured-data/job-posting',
  },
  // Announced 12 June 2025; gone from Search Console and the Rich Results Test on 9 September 2025.
  Occupation: {
    status: 'retired',
    feature: { en: 'the Estimated Salary result', nl: 'het resultaat Estimated Salary, geschat salaris' },
    since: '2025-09-09',
    checks: 'guidance',
    source: 'https://developers.google.com/search/docs/appearance/structured-data/estimated-salary',
  },
  // Restricted to government and health sites from August 2023, ended for every site on 7 May 2026.
  FAQPage: {
    status: 'retired',
    feature: { en: 'FAQ rich results', nl: 'FAQ-resultaten, veelgestelde vragen' },
    since: '2026-05-07',
    checks: 'guidance',
    source: 'https://developers.google.com/search/docs/appearance/structured-data/faqpage',
  },
} as const satisfies Record<string, GoogleResult>

/** A page type jobld writes that Google has (or had) a result for. */
export type GoogleResultType = keyof typeof googleResults

/** The types of googleResults, in the order the report lists them. */
export const googleResultTypes = Object.keys(googleResults) as GoogleResultType[]

/**
 * Tells one of googleResults' types from any other type name.
 * @param type a local schema.org type name such as `FAQPage`
 * @returns true for a type of {@link googleResults}
 */
export function isGoogleResultType(type: string): type is GoogleResultType {
  return Object.hasOwn(googleResults, type)
}

const months = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
} as const

/**
 * An ISO date as a reader writes it: "9 September 2025", "9 september 2025".
 * @param date an ISO date (YYYY-MM-DD)
 * @param language the language
 * @returns the date in words
 */
export function dateInWords(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${day} ${months[language][(month ?? 1) - 1]} ${year}`
}

/**
 * One sentence saying what Google shows for a type today and whose rules jobld checks it against.
 * @param type the page type
 * @param language the language
 * @returns the sentence, such as "FAQPage: no Google result since 7 May 2026 (FAQ rich results); checked against schema.org and other consumers' guidance"
 */
export function describeGoogleResult(type: GoogleResultType, language: Language): string {
  const result: GoogleResult = googleResults[type]
  const ended = result.since === undefined ? '' : dateInWords(result.since, language)
  if (language === 'nl')
    return result.status === 'shown'
      ? `${type}: Google toont ${result.feature.nl}; gecontroleerd op de regels van Google`
      : `${type}: geen Google-resultaat meer sinds ${ended} (${result.feature.nl}); gecontroleerd op de richtlijnen van schema.org en andere afnemers`
  return result.status === 'shown'
    ? `${type}: Google shows ${result.feature.en}; checked against Google's rules`
    : `${type}: no Google result since ${ended} (${result.feature.en}); checked against schema.org and other consumers' guidance`
}

/**
 * What the JSON report says per page type: googleResults with the feature in English.
 * @returns one entry per type, in googleResultTypes' order
 */
export function googleResultsReport(): Array<{ type: GoogleResultType; status: GoogleResult['status']; since?: string; feature: string; checks: GoogleResult['checks']; source: string }> {
  return googleResultTypes.map((type) => {
    const result: GoogleResult = googleResults[type]
    return { type, status: result.status, ...(result.since === undefined ? {} : { since: result.since }), feature: result.feature.en, checks: result.checks, source: result.source }
  })
}

/**
 * What the pretty report says per page type, after its summary line.
 * @returns the lines, ending with a newline
 */
export function formatGoogleResults(): string {
  return `What Google shows per page type today:\n${googleResultTypes.map((type) => `  ${describeGoogleResult(type, 'en')}\n`).join('')}`
}
