/**
 * Amounts as an article writes them: a value or a range in one of the locale's money styles, with
 * the words for its period and basis; and the amounts of a ladder of tiers per period.
 */
import type { Language } from '../../../scripts/core/constants.ts'
import type { Locale, MoneyStyle } from './locales.ts'
import type { Choice } from './page.ts'
import { basisWords, periodWords, type FuzzPeriod } from './periodWords.ts'

/** An amount as the facts hold it. */
export type FactAmount =
  | { kind: 'value'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'distribution'; p10?: number; p25?: number; median: number; p75?: number; p90?: number }

/** The amount as expected.json states it (average value, range, or distribution). */
export function expectedAmount(amount: FactAmount): number | { min: number; max: number } | { p10?: number; p25?: number; median: number; p75?: number; p90?: number } {
  switch (amount.kind) {
    case 'value':
      return amount.value
    case 'range':
      return { min: amount.min, max: amount.max }
    case 'distribution': {
      const { kind: _kind, ...rest } = amount
      return rest
    }
  }
}

/** The numbers of an amount, for keeping other figures apart from them. */
export function amountNumbers(amount: FactAmount): number[] {
  switch (amount.kind) {
    case 'value':
      return [amount.value]
    case 'range':
      return [amount.min, amount.max]
    case 'distribution':
      return [amount.p10, amount.p25, amount.median, amount.p75, amount.p90].filter((n): n is number => n !== undefined)
  }
}

const round = (n: number, step: number) => Math.round(n / step) * step
const cents = (n: number) => Math.round(n * 100) / 100

/**
 * An amount per period from a monthly amount: hourly from the hours a week (52 weeks, 12
 * months), daily eight hours of that, weekly, four-weekly (13 a year) and yearly from the month.
 * @param monthly the monthly amount
 * @param period the period wanted
 * @param hours the hours a week the amounts are for
 * @returns the amount, with cents only where pay has them (hour, day)
 */
export function perPeriod(monthly: number, period: FuzzPeriod, hours: number): number {
  const hourly = (monthly * 12) / (52 * hours)
  switch (period) {
    case 'HOUR':
      return cents(hourly)
    case 'DAY':
      return cents(hourly * 8)
    case 'WEEK':
      return round((monthly * 12) / 52, 1)
    case 'FOUR_WEEKS':
      return round((monthly * 12) / 13, 1)
    case 'MONTH':
      return monthly
    case 'YEAR':
      return monthly * 12
  }
}

/** Writes amounts in one locale and style, with seeded wording. */
export class MoneyWriter {
  constructor(
    readonly locale: Locale,
    readonly style: MoneyStyle,
    private readonly choice: Choice,
  ) {}

  get language(): Language {
    return this.locale.language
  }

  /** The style for an amount in a period: a yearly-only style ("£28k") falls back to the locale's first for other periods. */
  styleFor(period: FuzzPeriod | undefined): MoneyStyle {
    if (this.style.yearlyOnly && period !== 'YEAR') return this.locale.styles[0] ?? this.style
    return this.style
  }

  /** One number with its currency. */
  value(n: number, period: FuzzPeriod | undefined): string {
    return this.styleFor(period).write(n)
  }

  /** One number without currency (a table cell under a header that names it). */
  bare(n: number, period: FuzzPeriod | undefined): string {
    return this.styleFor(period).bare(n)
  }

  /** A value or a range with its currency; a distribution is written as its median. */
  amount(amount: FactAmount, period: FuzzPeriod | undefined, withCurrency = true): string {
    const style = this.styleFor(period)
    const one = (n: number) => (withCurrency ? style.write(n) : style.bare(n))
    if (amount.kind === 'value') return one(amount.value)
    if (amount.kind === 'distribution') return one(amount.median)
    const { min, max } = amount
    if (!withCurrency) return `${style.bare(min)}${this.choice.pick([' – ', ' - ', '–'])}${style.bare(max)}`
    const nl = this.language === 'nl'
    switch (this.choice.int(0, 3)) {
      case 0:
        return `${style.write(min)}${this.choice.pick(nl ? [' tot ', ' – ', ' - '] : [' to ', ' – ', ' - '])}${style.write(max)}`
      case 1:
        // The currency once: before the first end, or after the second when the style puts it after.
        return style.suffix ? `${style.bare(min)} – ${style.write(max)}` : `${style.write(min)}–${style.bare(max)}`
      case 2:
        return nl ? `tussen ${style.write(min)} en ${style.write(max)}` : `between ${style.write(min)} and ${style.write(max)}`
      default:
        return nl ? `${style.write(min)} tot ${style.write(max)}` : `from ${style.write(min)} to ${style.write(max)}`
    }
  }

  /** The words after an amount that name its period. */
  periodAfter(period: FuzzPeriod): string {
    return this.choice.pick(periodWords[this.language][period].after)
  }

  /** A table header for a period. */
  periodHeader(period: FuzzPeriod): string {
    return this.choice.pick(periodWords[this.language][period].header)
  }

  /** The word for a basis ("bruto", "gross"). */
  basisWord(basis: 'gross' | 'net'): string {
    return this.choice.pick(basisWords[this.language][basis].word)
  }

  /** A sentence saying all amounts are gross or net. */
  basisSentence(basis: 'gross' | 'net'): string {
    return this.choice.pick(basisWords[this.language][basis].sentence)
  }

  /**
   * An amount in running text with its period, and its basis when `inlineBasis`: "€ 2.450 bruto
   * per maand", "£28,400 a year"; a yearly "k" amount sometimes without period, as it often is.
   */
  phrase(amount: FactAmount, period: FuzzPeriod, basis: 'gross' | 'net' | undefined): string {
    const money = this.amount(amount, period)
    const basisPart = basis ? ` ${this.basisWord(basis)}` : ''
    if (this.styleFor(period).yearlyOnly && !basis && this.choice.chance(0.4)) return money
    return `${money}${basisPart} ${this.periodAfter(period)}`
  }
}
