/**
 * How the six locales the fuzzer writes in put money on the page: Dutch (NL), Flemish (BE),
 * British, American, Canadian and Australian number and currency formats.
 */
import type { Language } from '../../../scripts/core/constants.ts'

/** The locales, by id. */
export const localeIds = ['nl-NL', 'nl-BE', 'en-GB', 'en-US', 'en-CA', 'en-AU'] as const
export type LocaleId = (typeof localeIds)[number]

/** One way of writing an amount. */
export interface MoneyStyle {
  /** Names the style in the per-dimension report, with an example. */
  id: string
  /** The amount with its currency. */
  write: (n: number) => string
  /** The number alone (a table under a header that names the currency, the first end of a range). */
  bare: (n: number) => string
  /** True when the currency comes after the number, so a range puts it after the second end only. */
  suffix: boolean
  /** Only for yearly amounts ("£28k"). */
  yearlyOnly?: boolean
}

/** A locale: language, country, currency and the ways it writes money. */
export interface Locale {
  id: LocaleId
  language: Language
  country: string
  currency: string
  /** The currency in a table header: "(€)", "(£)". */
  headerSign: string
  styles: MoneyStyle[]
}

const nbsp = '\u00a0'
const narrow = '\u202f'

/** Digits grouped by `group` with `decimal` before cents; cents only when the amount has them (or `cents` says so). */
function number(n: number, group: string, decimal: string, cents = false): string {
  const whole = Math.trunc(n)
  const fraction = Math.round((n - whole) * 100)
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/gu, group)
  return fraction !== 0 || cents ? `${grouped}${decimal}${String(fraction).padStart(2, '0')}` : grouped
}

/** Thousands with at most one decimal: 28400 → "28.4" (English) or "28,4" (Dutch). */
function thousands(n: number, decimal: string): string {
  const k = Math.round(n / 100) / 10
  return String(k).replace('.', decimal)
}

const style = (id: string, write: (n: number) => string, bare: (n: number) => string, suffix = false, yearlyOnly = false): MoneyStyle => ({ id, write, bare, suffix, ...(yearlyOnly ? { yearlyOnly } : {}) })

const nl = (n: number) => number(n, '.', ',')
const en = (n: number) => number(n, ',', '.')

/** Every locale with its styles. */
export const locales: Record<LocaleId, Locale> = {
  'nl-NL': {
    id: 'nl-NL',
    language: 'nl',
    country: 'NL',
    currency: 'EUR',
    headerSign: '(€)',
    styles: [
      style('€ 2.450', (n) => `€ ${nl(n)}`, nl),
      style('€2.450', (n) => `€${nl(n)}`, nl),
      style('€ 2.450,-', (n) => (Number.isInteger(n) ? `€ ${nl(n)},-` : `€ ${nl(n)}`), nl),
      style('€ 2.450,00', (n) => `€ ${number(n, '.', ',', true)}`, (n) => number(n, '.', ',', true)),
      style('2.450 euro', (n) => `${nl(n)} euro`, nl, true),
      style('EUR 2.450', (n) => `EUR ${nl(n)}`, nl),
      style('€ 45K', (n) => `€ ${thousands(n, ',')}K`, (n) => `${thousands(n, ',')}K`, false, true),
    ],
  },
  'nl-BE': {
    id: 'nl-BE',
    language: 'nl',
    country: 'BE',
    currency: 'EUR',
    headerSign: '(EUR)',
    styles: [
      style('€ 2.450,00', (n) => `€ ${number(n, '.', ',', true)}`, (n) => number(n, '.', ',', true)),
      style('2.450 euro', (n) => `${nl(n)} euro`, nl, true),
      style('€ 2 450', (n) => `€${nbsp}${number(n, nbsp, ',')}`, (n) => number(n, nbsp, ',')),
      style('2.450 EUR', (n) => `${nl(n)} EUR`, nl, true),
      style('2.450 €', (n) => `${nl(n)}${nbsp}€`, nl, true),
      style('2 450 €', (n) => `${number(n, narrow, ',')}${nbsp}€`, (n) => number(n, narrow, ','), true),
    ],
  },
  'en-GB': {
    id: 'en-GB',
    language: 'en',
    country: 'GB',
    currency: 'GBP',
    headerSign: '(£)',
    styles: [
      style('£28,400', (n) => `£${en(n)}`, en),
      style('GBP 28,400', (n) => `GBP ${en(n)}`, en),
      style('£28,400.00', (n) => `£${number(n, ',', '.', true)}`, (n) => number(n, ',', '.', true)),
      style('£28.4k', (n) => `£${thousands(n, '.')}k`, (n) => `${thousands(n, '.')}k`, false, true),
    ],
  },
  'en-US': {
    id: 'en-US',
    language: 'en',
    country: 'US',
    currency: 'USD',
    headerSign: '($)',
    styles: [
      style('$52,000', (n) => `$${en(n)}`, en),
      style('USD 52,000', (n) => `USD ${en(n)}`, en),
      style('$52K', (n) => `$${thousands(n, '.')}K`, (n) => `${thousands(n, '.')}K`, false, true),
      style('US$52,000', (n) => `US$${en(n)}`, en),
    ],
  },
  'en-CA': {
    id: 'en-CA',
    language: 'en',
    country: 'CA',
    currency: 'CAD',
    headerSign: '($)',
    styles: [
      style('$52,000', (n) => `$${en(n)}`, en),
      style('C$52,000', (n) => `C$${en(n)}`, en),
      style('CA$52,000', (n) => `CA$${en(n)}`, en),
      style('$52,000 CAD', (n) => `$${en(n)} CAD`, en),
    ],
  },
  'en-AU': {
    id: 'en-AU',
    language: 'en',
    country: 'AU',
    currency: 'AUD',
    headerSign: '($)',
    styles: [
      style('$85,000', (n) => `$${en(n)}`, en),
      style('A$85,000', (n) => `A$${en(n)}`, en),
      style('AU$85,000', (n) => `AU$${en(n)}`, en),
      style('AUD 85,000', (n) => `AUD ${en(n)}`, en),
      style('$85k', (n) => `$${thousands(n, '.')}k`, (n) => `${thousands(n, '.')}k`, false, true),
    ],
  },
}
