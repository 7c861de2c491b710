import type { Language, SalaryBasis, SalaryPeriod } from '../../core/rules/constants.ts'
import { detectBasis } from './detectBasis.ts'
import { detectPeriod } from './detectPeriod.ts'

/** One amount or range found in text, with what the text around it says about it. */
export interface FoundAmount {
  value?: number
  minValue?: number
  maxValue?: number
  /** ISO 4217 code, when the text gives a currency. */
  currency?: string
  period?: SalaryPeriod
  basis?: SalaryBasis
  /** Offsets of the amount (or range) in the text. */
  start: number
  end: number
  /** The amount as written. */
  raw: string
}

/** Something that looks like an amount but is not written the way the language writes one. */
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
}

const space = '[\\s\\u00a0\\u202f]*'
const prefixCurrency = new RegExp(`(€|EUR|US\\$|\\$|USD|£|GBP)${space}$`, 'u')
const suffixCurrency = new RegExp(`^${space}(euros?|EUR|USD|dollars?|GBP|pounds?)\\b`, 'iu')
const currencyCodes: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
}

/**
 * How each language writes a number: Dutch `2.450,50` (dot groups thousands, comma before
 * cents, `,-` for round amounts), English `2,450.50` (and `30k`).
 */
const numberPatterns = {
  nl: /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+|-))?/gu,
  en: /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k\b)?/giu,
} as const satisfies Record<Language, RegExp>

// What may stand between the two ends of a range. "en"/"and" only after "tussen"/"between".
const rangeJoin = /^[\s\u00a0\u202f]*(?:-|–|—|tot(?:\s+en\s+met)?|t\/m|à|a|to|until|up\s+to)[\s\u00a0\u202f]*$/iu
const betweenJoin = /^[\s\u00a0\u202f]*(?:en|and)[\s\u00a0\u202f]*$/iu
const betweenBefore = /(?:tussen|between)(?:\s+(?:de|the))?[\s\u00a0\u202f]*$/iu

// A sentence ends at . ! ? followed by space and a capital (not inside "2.450", nor the dot of an
// abbreviation such as "p.a." or "ca." before a capital).
const sentenceEnd = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})/u

function untilSentenceEnd(text: string): string {
  const match = sentenceEnd.exec(text)
  return match ? text.slice(0, match.index) : text
}

function fromSentenceStart(text: string): string {
  let start = 0
  for (const match of text.matchAll(new RegExp(sentenceEnd.source, 'gu'))) start = match.index + 1
  return text.slice(start)
}

interface NumberToken {
  start: number
  end: number
  value: number
  currency?: string
  bad: boolean
}

function tokenize(text: string, language: Language, dollar: string): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const match of text.matchAll(numberPatterns[language])) {
    const [whole, int = '', frac, kilo] = match
    let start = match.index
    let end = start + whole.length
    let bad = false
    // A separator the language does not use here ("15.50" in Dutch, "2.450" in English) makes the number unreadable.
    const rest = /^[.,]\d+(?:[.,]\d+)*/u.exec(text.slice(end))
    if (rest) {
      end += rest[0].length
      bad = true
    }
    if (frac !== undefined && frac !== '-' && frac.length > 2) bad = true
    const digits = language === 'nl' ? int.replaceAll('.', '') : int.replaceAll(',', '')
    let value = Number(frac === undefined || frac === '-' ? digits : `${digits}.${frac}`)
    if (kilo) value *= 1000
    let currency: string | undefined
    const before = prefixCurrency.exec(text.slice(Math.max(0, start - 8), start))
    if (before?.[1]) {
      currency = before[1] === '$' ? dollar : currencyCodes[before[1].toLowerCase()]
      start -= before[0].length
    }
    const after = suffixCurrency.exec(text.slice(end))
    if (after?.[1]) {
      currency ??= /^dollars?$/iu.test(after[1]) ? dollar : currencyCodes[after[1].toLowerCase()]
      end += after[0].length
    }
    tokens.push({ start, end, value: Math.round(value * 100) / 100, ...(currency ? { currency } : {}), bad })
  }
  return tokens
}

/**
 * Finds the amounts and ranges in a piece of text the way its language writes them
 * (`€ 2.450` is 2450 and `€ 14,50` is 14.5 in Dutch; `$2,450.50` in English), with
 * the currency, period ("per maand", "an hour") and basis (bruto/netto, gross/net)
 * the text gives next to each: first what follows the amount, else what precedes it.
 * @param text a sentence, paragraph or table cell
 * @param language how the text writes numbers
 * @param options whether bare numbers count
 * @returns the amounts found, and the number-like strings that could not be read
 */
export function findAmounts(text: string, language: Language, options: FindAmountsOptions = {}): AmountScan {
  const tokens = tokenize(text, language, options.dollar ?? 'USD')
  const amounts: FoundAmount[] = []
  const bad: BadAmount[] = []
  const groups: NumberToken[][] = []
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]
    if (!first) continue
    const second = tokens[i + 1]
    const join = second ? text.slice(first.end, second.start) : ''
    const isRange =
      second !== undefined &&
      (rangeJoin.test(join) || (betweenJoin.test(join) && betweenBefore.test(text.slice(0, first.start))))
    if (second && isRange) {
      groups.push([first, second])
      i++
    } else groups.push([first])
  }
  const kept = groups.filter((group) => {
    if (options.requireCurrency && !group.some((t) => t.currency !== undefined)) return false
    if (group.some((t) => t.bad)) {
      const start = group[0]?.start ?? 0
      const end = group[group.length - 1]?.end ?? start
      bad.push({ start, end, raw: text.slice(start, end) })
      return false
    }
    return true
  })
  kept.forEach((group, i) => {
    const first = group[0]
    const last = group[group.length - 1]
    if (!first || !last) return
    const next = kept[i + 1]?.[0]
    const previous = kept[i - 1]
    const previousEnd = previous?.[previous.length - 1]?.end ?? 0
    const after = untilSentenceEnd(text.slice(last.end, next?.start ?? text.length))
    const before = fromSentenceStart(text.slice(previousEnd, first.start))
    const period = detectPeriod(after, 'first') ?? detectPeriod(before, 'last')
    const basis = detectBasis(after, language, 'first') ?? detectBasis(before, language, 'last')
    const currency = group.find((t) => t.currency)?.currency
    const amount: FoundAmount = {
      ...(group.length === 2 ? { minValue: first.value, maxValue: last.value } : { value: first.value }),
      ...(currency ? { currency } : {}),
      ...(period ? { period } : {}),
      ...(basis ? { basis } : {}),
      start: first.start,
      end: last.end,
      raw: text.slice(first.start, last.end),
    }
    amounts.push(amount)
  })
  return { amounts, bad }
}
