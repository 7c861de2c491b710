import type { Language, SalaryBasis } from '../../../core/constants.ts'
import { detectStatistic } from '../amounts/detectStatistic.ts'
import type { StatedPeriod } from '../amounts/statedPeriods.ts'
import { detectBasis } from '../detectBasis.ts'
import { detectCurrency } from '../detectCurrency.ts'
import { detectPeriod } from '../detectPeriod.ts'
import { cleanLevelName } from '../salary/cleanLevelName.ts'
import { isLevelLabel } from '../salary/levelTerms.ts'

/** The percentiles a survey gives beside its median (schema.org MonetaryAmountDistribution has these). */
export const percentiles = [10, 25, 75, 90] as const
export type Percentile = (typeof percentiles)[number]

/** What a row or column label of a salary table says its cells are. */
export type LabelMeaning =
  /** The cells are amounts of one kind: a period, a statistic (median, a percentile), a bound of a range. */
  | {
      kind: 'measure'
      period?: StatedPeriod
      statistic?: 'median' | 'average'
      percentile?: Percentile
      bound?: 'min' | 'max'
      basis?: SalaryBasis
      currency?: string
      /** "(k)", "x 1.000": the cells are thousands. */
      thousands?: boolean
    }
  /** The cells are the pay of one level. */
  | { kind: 'level'; name: string }
  /** The cells are a figure over all levels ("Gemiddeld", "Overall"), beside levels. */
  | { kind: 'overall' }
  /** The cells are the pay of a job: this article's job, or another. */
  | { kind: 'job'; own: boolean }
  /** The cells are the pay in a place: the country as a whole, or a town or region. */
  | { kind: 'place'; national: boolean }
  | { kind: 'sector' }
  | { kind: 'empty' }
  | { kind: 'unknown' }

/** What the header over a row of labels (or before a column of them) says they are. */
export type AxisKind = 'levels' | 'steps' | 'jobs' | 'places' | 'sectors' | 'percentiles' | 'periods' | undefined

const axisWords: ReadonlyArray<[Exclude<AxisKind, undefined>, RegExp]> = [
  ['steps', /^(?:trede|treden|periodiek|periodieken|stap|stappen|step|steps|increment|salary\s+point|point)s?$/iu],
  ['jobs', /^(?:beroep|beroepen|functie|functies|functienaam|vakgebied|job|jobs|job\s+title|occupation|occupations|role|roles|position)$/iu],
  ['places', /^(?:regio|regio's|provincie|provincies|stad|steden|plaats|gemeente|land|region|regions|province|provinces|state|states|territory|city|cities|town|area|areas|location|locatie|county|community\/area|community|community\s*\/\s*area)$/iu],
  ['sectors', /^(?:sector|sectoren|branche|branches|bedrijfstak|industry|industries|werkgever|employer|type\s+werkgever)$/iu],
  ['percentiles', /^(?:percentiel|percentielen|percentile|percentiles)$/iu],
  ['periods', /^(?:periode|period|per|betaling|pay\s+period)$/iu],
]

const levelAxis = /\b(?:niveau|niveaus|level|levels|ervaring|experience|seniority|senioriteit|career\s+stage|loopbaanfase|fase|stage|functiegroep|loongroep|groep|schaal|salarisschaal|loonschaal|scale|grade|band|functieniveau|jaren|years)\b/iu

/**
 * Tells what the header cell over a column of labels (or a table's corner) says its labels are:
 * levels ("Niveau", "Ervaring"), steps of a collective agreement ("Trede"), jobs ("Beroep"),
 * places ("Regio"), sectors, percentiles or periods.
 * @param text the header cell's text
 * @returns the kind of label, or undefined when it says nothing
 */
export function axisKind(text: string): AxisKind {
  const clean = text.replace(/[\s\u00a0]+/gu, ' ').trim().replace(/[:.]$/u, '')
  for (const [kind, pattern] of axisWords) if (pattern.test(clean)) return kind
  return levelAxis.test(clean) ? 'levels' : undefined
}

const percentileLabel = /^(?:p\s?(10|25|50|75|90)|(10|25|50|75|90)\s*(?:e|ste|th|de)?\s*(?:percentiel|percentile)|(10|25|50|75|90)(?:e|th)?\s*(?:%|pct\.?|procent|percent)|(10|25|50|75|90)(?:th|e|ste|de)$)(?![\p{L}\p{N}])/iu
const medianLabel = /^(?:mediaan|median|middelste|middle)\b/iu
const overallLabel = /^(?:gemiddeld(?:e)?|average|mean|totaal|total|overall|alle\s+niveaus|all\s+levels|all|alle|gemiddelde\s+van\s+alle\s+niveaus|alle\s+werknemers|all\s+employees|all\s+workers|iedereen)(?:\s*\(.*\))?$/iu
const minimumLabel = /^(?:min(?:imum|imaal|\.)?|van|vanaf|beginsalaris|startsalaris|aanvangssalaris|from|starting|start)(?![\p{L}\p{N}])/iu
const maximumLabel = /^(?:max(?:imum|imaal|\.)?|tot|eindsalaris|to|up\s+to|eind)(?![\p{L}\p{N}])/iu
const lowLabel = /^(?:low|laag|lowest|laagste)(?![\p{L}\p{N}])/iu
const highLabel = /^(?:high|hoog|highest|hoogste)(?![\p{L}\p{N}])/iu
const thousandsMark = /\((?:[€$£]?\s*k|k\s*[€$£]|x\s*1[.,]?000|[€$£]\s*000s?|in\s+duizenden)\)|\bk€|€k\b|£k\b|\$k\b|\bx\s*1[.,]000\b|\bin\s+(?:thousands|duizenden)\b/iu
const nationalWords = /^(?:landelijk|nationaal|national|nationwide|statewide|state-wide|countrywide|province-wide|provinciebreed|heel\s+\p{L}+|geheel\s+\p{L}+|totaal\s+\p{L}+|alle\s+regio'?s|all\s+(?:regions|provinces|states|areas)|(?:uk|u\.s\.|us|national)\s+average|gemiddeld\s+nederland|nederland|belgië|belgie|vlaanderen|united\s+kingdom|great\s+britain|uk|united\s+states|usa|u\.s\.|canada|australia|ireland|ierland|new\s+zealand)$/iu

/** What the article needs to say about a label: its language and its own job's names. */
export interface LabelContext {
  language: Language
  dollar: string
  /** The article's job title and its other forms (singular, plural), lower case. */
  jobNames: ReadonlyArray<string>
}

/**
 * Tells what a row or column label of a salary table means, by its words: a measure (a period,
 * "Mediaan", "P25", "10e percentiel", "Minimum"), a level, a figure over all levels
 * ("Gemiddeld"), the article's own job or another, the country as a whole or a place; with the
 * axis header's word for labels it cannot tell by themselves (a bare step number under "Trede",
 * a town under "Regio", a job under "Beroep").
 * @param text the label
 * @param axis what the header over the labels says they are
 * @param ctx the article's language, dollar and job names
 * @returns the meaning
 */
export function labelMeaning(text: string, axis: AxisKind, ctx: LabelContext): LabelMeaning {
  const clean = text.replace(/[\s\u00a0]+/gu, ' ').trim()
  if (clean === '' || /^[-–—]$/u.test(clean)) return { kind: 'empty' }
  const lower = clean.toLowerCase()
  const percent = percentileLabel.exec(clean)
  const measureExtras = () => ({
    ...optional('basis', detectBasis(clean, ctx.language)),
    ...optional('currency', detectCurrency(clean, ctx.dollar)),
    ...(thousandsMark.test(clean) ? { thousands: true } : {}),
    ...optional('period', detectPeriod(clean)),
  })
  if (percent) {
    const n = Number(percent[1] ?? percent[2] ?? percent[3] ?? percent[4])
    const percentile = percentiles.find((p) => p === n)
    return percentile === undefined ? { kind: 'measure', statistic: 'median', ...measureExtras() } : { kind: 'measure', percentile, ...measureExtras() }
  }
  if (medianLabel.test(clean)) return { kind: 'measure', statistic: 'median', ...measureExtras() }
  if (minimumLabel.test(clean)) return { kind: 'measure', bound: 'min', ...measureExtras() }
  if (maximumLabel.test(clean)) return { kind: 'measure', bound: 'max', ...measureExtras() }
  if (lowLabel.test(clean)) return { kind: 'measure', bound: 'min', ...measureExtras() }
  if (highLabel.test(clean)) return { kind: 'measure', bound: 'max', ...measureExtras() }
  const period = detectPeriod(clean)
  if (period !== undefined && !isLevelLabel(clean)) return { kind: 'measure', ...measureExtras(), period, ...optional('statistic', detectStatistic(clean)) }
  if (axis === 'steps' && /^\d{1,2}[a-z]?$/iu.test(clean)) return { kind: 'level', name: clean }
  if (ctx.jobNames.some((name) => lower === name || lower.startsWith(`${name} `) || lower.startsWith(`${name}(`))) return { kind: 'job', own: true }
  if (nationalWords.test(clean)) return { kind: 'place', national: true }
  if (overallLabel.test(clean)) return { kind: 'overall' }
  if (axis === 'places') return { kind: 'place', national: false }
  if (axis === 'jobs') return { kind: 'job', own: false }
  if (axis === 'sectors') return { kind: 'sector' }
  if (isLevelLabel(clean) || axis === 'levels') return { kind: 'level', name: cleanLevelName(clean) }
  // A column of pay in general ("Salaris", "Brutoloon (€)", "Pay") with no period of its own.
  if (/^(?:salaris|loon|brutoloon|nettoloon|bruto|netto|inkomen|salary|pay|wage|wages|earnings|gross|net|bedrag|amount)\b/iu.test(clean)) return { kind: 'measure', ...measureExtras() }
  return { kind: 'unknown' }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {}
  if (value !== undefined) out[key] = value
  return out
}
