import type { Language, SalaryBasis } from '../../core/constants.ts'
import type { StatedPeriod } from './amounts/statedPeriods.ts'
import { detectBasis } from './detectBasis.ts'
import { detectPeriod } from './detectPeriod.ts'
import { detectStatistic, type StatedStatistic } from './amounts/detectStatistic.ts'

/** One amount or range found in text, with what the text around it says about it. */
export interface FoundAmount {
  value?: number
  minValue?: number
  maxValue?: number
  /** ISO 4217 code, when the text gives a currency. */
  currency?: string
  period?: StatedPeriod
  basis?: SalaryBasis
  /** A median or an average, when the words next to it say so. */
  statistic?: StatedStatistic
  /** Offsets of the amount (or range) in the text. */
  start: number
  end: number
  /** The amount as written. */
  raw: string
}

/** Something that looks like an amount but cannot be read as one for certain. */
export interface BadAmount {
  start: number
  end: number
  raw: string
}

/** What findAmounts returns. */
export interface AmountScan {
  amounts: FoundAmount[]
  bad: BadAmount[]
}

/** Options for findAmounts. */
export interface FindAmountsOptions {
  /** Only numbers with a currency sign or code count (prose); off for table cells. */
  requireCurrency?: boolean
  /** The currency a bare `$` stands for (the article's country's dollar); USD when not given. */
  dollar?: string
  /** The text is one table cell: a number grouped with spaces ("2 450") counts without a currency beside it. */
  cell?: boolean
}

const space = '[\\s\\u00a0\\u202f]'
// Longest first, so "CA$" is not read as "$".
const prefixCurrency = new RegExp(`(US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|€|£|\\$|EUR|USD|GBP|CAD|AUD|NZD)${space}*$`, 'u')
const suffixCurrency = new RegExp(`^${space}*(euros?|EUR|USD|GBP|CAD|AUD|NZD|dollars?|pounds?|€|\\$)(?![\\p{L}\\p{N}])`, 'iu')
const currencyCodes: Readonly<Record<string, string>> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  'us$': 'USD',
  usd: 'USD',
  'ca$': 'CAD',
  c$: 'CAD',
  cad: 'CAD',
  'au$': 'AUD',
  a$: 'AUD',
  aud: 'AUD',
  'nz$': 'NZD',
  nzd: 'NZD',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
}

/**
 * A number as any of the six locales writes it: groups of three digits after a dot, a comma or a
 * thin space (one kind per number), then a decimal part after the other separator, `,-` for a
 * round amount, and `k` for thousands. Which of "2.450" and "2,450" groups thousands is decided
 * by the language below, since a single separator before three digits is the one ambiguous form.
 */
const numberPattern = /(?<![\p{L}\p{N}.,])(?:(\d{1,3})((?:([.,\u2009])\d{3})(?:\3\d{3})*)(?!\d)|(\d+)(?!\d))(?:([.,])(\d+)(?!\d)|(,[-–](?![\d])))?(k(?![\p{L}\p{N}]))?/giu
const decimalSeparator: Readonly<Record<Language, string>> = { nl: ',', en: '.' }
// Digits grouped by spaces ("€ 2 450", "2 450 €"): a thin space stands for them so the pattern sees one number.
const spacedBeforeCurrency = new RegExp(`\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?=(?:[.,]\\d{1,2})?${space}?(?:€|\\$|EUR|euro|CAD|AUD))`, 'gu')
const spacedAfterCurrency = new RegExp(`(?<=(?:€|£|\\$|EUR|CAD|AUD|USD|GBP)${space}?)\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d])`, 'gu')
const spacedRangeEnd = /(?<=\d\u2009\d{3}[\s\u00a0\u202f]?(?:[-–—]|tot|to)[\s\u00a0\u202f]?)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])/gu
const spacedCell = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])/gu

// What may stand between the two ends of a range. "en"/"and" only after "tussen"/"between".
const rangeJoin = /^[\s\u00a0\u202f]*(?:-|–|—|tot(?:\s+en\s+met)?|t\/m|à|a|to|until|up\s+to)[\s\u00a0\u202f]*$/iu
const betweenJoin = /^[\s\u00a0\u202f]*(?:en|and)[\s\u00a0\u202f]*$/iu
const betweenBefore = /(?:tussen|between)(?:\s+(?:de|the))?[\s\u00a0\u202f]*$/iu

// A clause ends at a sentence end (. ! ? before a space and a capital, not the dot of "p.a." or
// "ca."), a semicolon, a bar, a middle dot or a bullet; after an amount also at a comma.
const sentenceEnd = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})|[;|·•]/gu
const afterEnd = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})|[;|·•,]/u

interface NumberToken {
  start: number
  end: number
  value: number
  currency?: string
  /** Written so that it cannot be read for certain ("2,450" in Dutch). */
  bad: boolean
}

// The number of weeks in a period phrase ("per 4 weken", "every 4 weeks", "4-weekly") is no amount.
const weeksInPeriod = /(?<=\b(?:per|every|elke|iedere)\s+(?:periode\s+van\s+)?)\d(?=\s+(?:weken|wk|weeks)\b)|\b\d(?=[-\s]?(?:wekelijks|weekly|weken(?:loon|salaris|bedrag))\b)/giu

/**
 * The text as the number pattern reads it, of the same length: spaces that group digits next to a
 * currency (or in a cell) made thin spaces, and the digit of a period ("per 4 weken") hidden.
 */
function markNumbers(text: string, cell: boolean): string {
  const thin = (m: string) => m.replace(/[ \u00a0\u202f]/gu, '\u2009')
  let out = text.replace(spacedBeforeCurrency, thin).replace(spacedAfterCurrency, thin)
  // The second end of a range whose first end is grouped by spaces ("€ 2 500–2 800").
  out = out.replace(spacedRangeEnd, thin)
  if (cell) out = out.replace(spacedCell, thin)
  return out.replace(weeksInPeriod, 'x')
}

function tokenize(text: string, language: Language, dollar: string, cell: boolean): NumberToken[] {
  const tokens: NumberToken[] = []
  const marked = markNumbers(text, cell)
  for (const match of marked.matchAll(numberPattern)) {
    const [whole, head, groups, groupSep, plain, decSep, frac, roundMark, kilo] = match
    let start = match.index
    let end = start + whole.length
    let bad = false
    let digits = plain ?? `${head ?? ''}${(groups ?? '').replace(/[.,\u2009]/gu, '')}`
    // One group after the language's own decimal separator ("2,450" in Dutch, "2.450" in English) may be a decimal.
    const oneGroup = groups !== undefined && groups.length === 4
    if (groupSep !== undefined && decSep === undefined && roundMark === undefined && oneGroup && groupSep === decimalSeparator[language]) bad = true
    if (groupSep !== undefined && decSep !== undefined && decSep === groupSep) bad = true
    let fraction = ''
    if (decSep !== undefined && frac !== undefined) {
      if (frac.length > 2 && !kilo) bad = true
      fraction = frac
    }
    // A separator the pattern did not take ("12.03.2025", "2.450.50") makes the number unreadable.
    const rest = /^[.,]\d/u.exec(marked.slice(end))
    if (rest) {
      end += /^[.,\d]+/u.exec(marked.slice(end))?.[0].length ?? 0
      bad = true
    }
    if (digits === '') digits = '0'
    let value = Number(fraction === '' ? digits : `${digits}.${fraction}`)
    if (kilo) value *= 1000
    let currency: string | undefined
    const before = prefixCurrency.exec(text.slice(Math.max(0, start - 8), start))
    if (before?.[1]) {
      currency = before[1] === '$' ? dollar : currencyCodes[before[1].toLowerCase()]
      start -= before[0].length
    }
    const after = suffixCurrency.exec(text.slice(end))
    if (after?.[1]) {
      const word = after[1].toLowerCase()
      const code = word === '$' || /^dollars?$/u.test(word) ? dollar : currencyCodes[word]
      // An ISO code after the number says which dollar a bare "$" before it is ("$52,000 CAD").
      if (currency === undefined || (before?.[1] === '$' && code !== undefined && /^[a-z]{3}$/u.test(word))) currency = code
      end += after[0].length
    }
    tokens.push({ start, end, value: Math.round(value * 100) / 100, ...(currency ? { currency } : {}), bad })
  }
  return tokens
}

/** The start of the clause an offset is in. */
function clauseStart(text: string, from: number, offset: number): number {
  let start = from
  for (const match of text.slice(from, offset).matchAll(sentenceEnd)) start = from + match.index + 1
  return start
}

/**
 * Finds the amounts and ranges in a piece of text as any of the six locales writes them (`€ 2.450`
 * and `€ 14,50`, `2.450,50 EUR`, `€ 2 450`, `$2,450.50`, `£28.4k`, `C$52,000`), with the currency,
 * period ("per maand", "an hour", "per 4 weken"), basis (bruto/netto, gross/net) and statistic
 * (median, average) that the text ties to each: the words in its own clause, after it up to the
 * next number or a comma first, else before it since the previous number. A period beside another
 * number ("245 vacatures per week") belongs to that number, not to the amount.
 * @param text a sentence, paragraph or table cell
 * @param language the language, which decides "2.450" (Dutch: 2450) and "2,450" (English: 2450)
 * @param options whether bare numbers count, the dollar's currency, and whether the text is a cell
 * @returns the amounts found, and the number-like strings that could not be read for certain
 */
export function findAmounts(text: string, language: Language, options: FindAmountsOptions = {}): AmountScan {
  const tokens = tokenize(text, language, options.dollar ?? 'USD', options.cell === true)
  const amounts: FoundAmount[] = []
  const bad: BadAmount[] = []
  const groups: NumberToken[][] = []
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]
    if (!first) continue
    const second = tokens[i + 1]
    const join = second ? text.slice(first.end, second.start) : ''
    const isRange = second !== undefined && (rangeJoin.test(join) || (betweenJoin.test(join) && betweenBefore.test(text.slice(0, first.start))))
    if (second && isRange) {
      groups.push([first, second])
      i++
    } else groups.push([first])
  }
  // The words that belong to each group: after it up to the next number (any number) or the end of its clause,
  // and before it back to the end of the previous group's own words or the start of its clause.
  const afters = groups.map((group, i) => {
    const end = group.at(-1)?.end ?? 0
    const tail = text.slice(end, groups[i + 1]?.[0]?.start ?? text.length)
    // A bracket still open when the next number comes ("£37,200 a year (median £17.88 an hour)") holds that number's words.
    const open = tail.lastIndexOf('(')
    const upTo = open >= 0 && !tail.slice(open).includes(')') && i + 1 < groups.length ? open : tail.length
    const stop = afterEnd.exec(tail.slice(0, upTo))
    const own = stop ? stop.index : upTo
    return { text: tail.slice(0, own), end: end + own }
  })
  groups.forEach((group, i) => {
    const first = group[0]
    const last = group[group.length - 1]
    if (!first || !last) return
    if (options.requireCurrency && !group.some((t) => t.currency !== undefined)) return
    if (group.some((t) => t.bad)) {
      bad.push({ start: first.start, end: last.end, raw: text.slice(first.start, last.end) })
      return
    }
    const after = afters[i]?.text ?? ''
    const before = text.slice(clauseStart(text, afters[i - 1]?.end ?? 0, first.start), first.start)
    // Gross or net is said once for a sentence ("€ 2.450 bruto per maand, per uur is dat € 14,50"): the whole clause before counts.
    const sentence = text.slice(clauseStart(text, groups[i - 1]?.at(-1)?.end ?? 0, first.start), first.start)
    const period = detectPeriod(after, 'first') ?? detectPeriod(before, 'last')
    const basis = detectBasis(after, language, 'first') ?? detectBasis(sentence, language, 'last')
    // "median X a year or median Y a week": the word before an amount may stand in the previous amount's words.
    const statistic = detectStatistic(before, 'last') ?? detectStatistic(after, 'first') ?? detectStatistic(sentence, 'last')
    const currency = group.find((t) => t.currency)?.currency
    amounts.push({
      ...(group.length === 2 ? { minValue: first.value, maxValue: last.value } : { value: first.value }),
      ...(currency ? { currency } : {}),
      ...(period ? { period } : {}),
      ...(basis ? { basis } : {}),
      ...(statistic ? { statistic } : {}),
      start: first.start,
      end: last.end,
      raw: text.slice(first.start, last.end),
    })
  })
  return { amounts, bad }
}
