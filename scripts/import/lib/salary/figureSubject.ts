import type { Language } from '../../../core/constants.ts'

/** What a figure in a salary section is about when it is not the pay of a level of the job. */
export type FigureSubject = 'freelance' | 'contract' | 'allowance' | 'bonus' | 'market' | 'personal' | 'place' | 'sector' | 'job'

/** How messages name each subject ("… about freelance rates …"). */
export const subjectNames = {
  freelance: 'freelance rates',
  contract: 'agency or contract rates',
  allowance: 'allowances',
  bonus: 'bonuses and other extras',
  market: "the market's lowest or highest pay",
  personal: "one person's own pay",
  place: 'pay per place',
  sector: 'pay per sector',
  job: 'another job',
} as const satisfies Record<FigureSubject, string>

/**
 * Words that put a figure on another subject, Dutch and English. The first subject whose words a
 * clause holds wins, so freelance rates come before allowances and places last.
 */
const subjectWords: ReadonlyArray<[FigureSubject, RegExp]> = [
  ['freelance', /\bzzp(?:'?ers?|'ers?)?\b|\bfreelanc\w*|\bzelfstandigen?\b|\bals\s+zelfstandige\b|\bself[-\s]employed\b|\bondernemers?\b|\beigen\s+bedrijf\b/iu],
  [
    'contract',
    /\buitzendbasis\b|\bvia\s+(?:een|het)\s+uitzendbureau\b|\bdetachering\b|\bgedetacheerd\b|\bcontract(?:ors?)?\s+(?:rates?|staff|workers?|(?:\p{L}+\s+)?\p{L}+s)\b|\bcontractors?\b|\btemporary\s+and\s+contract\b|\bumbrella\b|\bday\s+rates?\b|\b(?:through|via)\s+an?\s+agency\b|\bagency\s+(?:staff|workers?|rates?|pay)\b|\bjobstudent\p{L}*|\bstudentenjob\p{L}*|\bvakantiejob\p{L}*|\bstudent\s+jobs?\b|\bcasuals?\b/iu,
  ],
  [
    'allowance',
    /\p{L}*toeslag(?:en)?\b|\b(?:reis|onkosten|thuiswerk|kilometer|km|telefoon|internet|studie|verhuis)\p{L}*vergoeding(?:en)?\b|\bvergoeding\s+voor\b|\bvakantiegeld\b|\bvakantietoeslag\b|\beindejaars\p{L}*|\bdertiende\s+maand\b|\buitkering\b|\b\p{L}*budget\b|\bmaaltijdcheques?\b|\becocheques?\b|\ballowances?\b|\bdifferentials?\b|\bper\s+diem\b|\bovertime\b|\boverwerk\b|\bon[-\s]call\b|\bstandby\b|\bsleep[-\s]in\b|\bexpenses\b|\bmileage\b|\bsupplements?\b|\bweighting\b|\bloadings?\b|\b\p{L}*premie\b|\bpremiums?\b/iu,
  ],
  ['bonus', /\bbonus(?:sen|es)?\b|\bwinstdeling\b|\bprovisie\b|\bcommissions?\b|\bfooi(?:en)?\b|\btips\b|\bsign[-\s]on\b|\bsigning\b|\bprofit[-\s]shar\w*|\bincentives?\b|\b13th\s+month\b/iu],
  ['market', /\bbest[-\s]+betaalde\b|\bslechtst[-\s]+betaalde\b|\b(?:best|highest|lowest)[-\s]paid\b|\blaagste\b|\bhoogste\b|\bpercentiel\w*|\bpercentile\w*|\blowest\b|\bhighest\b|\bbottom\s+\d+|\btop\s+\d+|\btop\s+earners\b|\bminimumloon\b|\bminimum\s+wage\b|\bmodaal\b|\balle\s+beroepen\b|\ball\s+(?:occupations|jobs)\b/iu],
]
const personalWords = { nl: /\b(?:ik|mijn|mij)\b/iu, en: /\b(?:I|my|me)\b/u } as const satisfies Record<Language, RegExp>
// "in Amsterdam", "in de Randstad", "in London": a place named in the words before an amount.
const placeBefore = /\b(?:[Ii]n|[Tt]e)\s+(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}'’-]+)/gu
// Names after "in" that are no town or region: the country as a whole, months, days.
const notPlaces = new Set([
  'nederland', 'belgië', 'belgie', 'vlaanderen', 'europa', 'uk', 'us', 'usa', 'united', 'britain', 'great', 'england', 'america', 'canada', 'australia',
  'ireland', 'ierland', 'europe', 'scotland', 'wales', 'new',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

/**
 * Whether the words before an amount name a town or region it is the pay of ("een agent in
 * Amsterdam € 2.450", "in Groningen € 2.150"); the country as a whole, months and days are no place.
 * @param before the text before the amount, since the amount before it
 * @returns true when it names a place
 */
export function namesPlace(before: string): boolean {
  return [...before.matchAll(placeBefore)].some((m) => !notPlaces.has((m[1] ?? '').toLowerCase()))
}

/**
 * Finds what a clause around a figure says the figure is about when it is something other than
 * the job's own pay: a freelance or agency rate, an allowance, a bonus, the market's bounds, or
 * one person's pay in an interview ("ik verdien …").
 * @param text the clause (the text before the amount, since the previous one, and after it)
 * @param language the article's language
 * @returns the subject, or undefined when the figure is the job's pay
 */
export function figureSubject(text: string, language: Language): FigureSubject | undefined {
  const own = text.replace(includedExtras, ' ')
  for (const [subject, pattern] of subjectWords) if (pattern.test(own)) return subject
  return personalWords[language].test(own) ? 'personal' : undefined
}

// "inclusief vakantiegeld", "excluding overtime": what an amount includes or leaves out says what the amount is, not that it is an extra.
const includedExtras =
  /\b(?:inclusief|incl\.?|inclusive\s+of|including|exclusief|excl\.?|excluding|zonder|without|plus|met)\s+(?:\d+(?:[.,]\d+)?\s*(?:%|procent|percent)\s+)?(?:vakantiegeld|vakantietoeslag|holiday\s+(?:pay|allowance)|eindejaarsuitkering|dertiende\s+maand|13th\s+month|overtime|overwerk|toeslagen|allowances|bonus(?:sen|es)?)\b/giu

const placeWords =
  /\b(?:stad|steden|plaats|plaatsen|gemeente|gemeenten|regio|regio's|provincie|provincies|city|cities|town|towns|region|regions|state|states|province|provinces|county|counties|area|areas|community|location|locations|locatie|locaties)\b|\bwaar\b|\bwhere\b/iu
const sectorWords = /\b(?:sector|sectoren|branche|branches|bedrijfstak|industry|industries|werkgevers?|employers?|type\s+werkgever)\b/iu

/**
 * Finds what a column header or a section heading says its figures are split by when that is not
 * the level: places ("Stad", "Salaris per regio", "Where can … earn more?"), sectors, or the kinds
 * of work the clause words name (freelance, agency, allowances, bonuses, percentiles).
 * @param text the header or heading
 * @param language the article's language
 * @returns the subject, or undefined
 */
export function headingSubject(text: string, language: Language): FigureSubject | undefined {
  if (placeWords.test(text)) return 'place'
  if (sectorWords.test(text)) return 'sector'
  const subject = figureSubject(text, language)
  return subject === 'personal' ? undefined : subject
}
