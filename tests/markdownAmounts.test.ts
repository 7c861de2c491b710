import { describe, expect, it } from 'vitest'
import { detectHoursPerWeek } from '../scripts/import/lib/detectHoursPerWeek.ts'
import { findAmounts } from '../scripts/import/lib/findAmounts.ts'
import { parseAmount } from '../scripts/import/lib/parseAmount.ts'

/** The parsed amount without offsets, for compact expectations. */
const parsed = (text: string, language: 'nl' | 'en') => {
  const amount = parseAmount(text, language)
  if (!amount) return undefined
  const { start: _start, end: _end, raw: _raw, ...rest } = amount
  return rest
}

describe('parseAmount in Dutch', () => {
  it.each([
    ['€ 2.450', { value: 2450, currency: 'EUR' }],
    ['€ 14,50', { value: 14.5, currency: 'EUR' }],
    ['€ 16,00', { value: 16, currency: 'EUR' }],
    ['€\u00a02.450', { value: 2450, currency: 'EUR' }],
    ['€\u202f1.234.567', { value: 1234567, currency: 'EUR' }],
    ['€2.450,-', { value: 2450, currency: 'EUR' }],
    ['2.450 euro', { value: 2450, currency: 'EUR' }],
    ['EUR 2.450,75', { value: 2450.75, currency: 'EUR' }],
    ['€ 2.450 bruto per maand', { value: 2450, currency: 'EUR', period: 'MONTH', basis: 'gross' }],
    ['€ 14,50 per uur', { value: 14.5, currency: 'EUR', period: 'HOUR' }],
    ['€ 38.000 per jaar', { value: 38000, currency: 'EUR', period: 'YEAR' }],
    ['€ 560 per week', { value: 560, currency: 'EUR', period: 'WEEK' }],
    ['€ 2.450 tot € 3.100 bruto per maand', { minValue: 2450, maxValue: 3100, currency: 'EUR', period: 'MONTH', basis: 'gross' }],
    ['€ 14,50 – € 17,50 per uur', { minValue: 14.5, maxValue: 17.5, currency: 'EUR', period: 'HOUR' }],
    ['€ 14,50 - € 17,50', { minValue: 14.5, maxValue: 17.5, currency: 'EUR' }],
    ['€ 2.450-3.100', { minValue: 2450, maxValue: 3100, currency: 'EUR' }],
    ['tussen € 2.450 en € 3.100 bruto per maand', { minValue: 2450, maxValue: 3100, currency: 'EUR', period: 'MONTH', basis: 'gross' }],
    ['€ 1.950 netto per maand', { value: 1950, currency: 'EUR', period: 'MONTH', basis: 'net' }],
    ['netto € 450 tot € 600 per maand', { minValue: 450, maxValue: 600, currency: 'EUR', period: 'MONTH', basis: 'net' }],
    ['Gemiddeld bruto uurloon: € 15,50', { value: 15.5, currency: 'EUR', period: 'HOUR', basis: 'gross', statistic: 'average' }],
    ['€ 15.50', { value: 15.5, currency: 'EUR' }],
    ['€ 2.450,50 per 4 weken', { value: 2450.5, currency: 'EUR', period: 'FOUR_WEEKS' }],
    ['€ 45K op jaarbasis', { value: 45000, currency: 'EUR', period: 'YEAR' }],
    ['€ 38.000 per jaar inclusief vakantiegeld', { value: 38000, currency: 'EUR', period: 'YEAR' }],
    ['mediaan € 2.850 per maand', { value: 2850, currency: 'EUR', period: 'MONTH', statistic: 'median' }],
    ['maandsalaris € 2.800', { value: 2800, currency: 'EUR', period: 'MONTH' }],
    ['2.450', { value: 2450 }],
  ])('reads %j', (text, expected) => {
    expect(parsed(text, 'nl')).toEqual(expected)
  })

  it.each([
    ['€ 2,450', 'one comma before three digits (2,45 or 2450?)'],
    ['€ 14,505', 'three digits after the comma'],
    ['geen bedrag', 'no number'],
    ['€ 2.450 of € 2.800', 'two amounts that are no range'],
  ])('refuses %j (%s)', (text) => {
    expect(parseAmount(text, 'nl')).toBeUndefined()
  })

  it('does not read "net" in Dutch as net pay ("net zo goed")', () => {
    expect(parsed('net zo goed € 2.450 per maand', 'nl')).toEqual({ value: 2450, currency: 'EUR', period: 'MONTH' })
  })
})

describe('parseAmount in English', () => {
  it.each([
    ['$2,450.50', { value: 2450.5, currency: 'USD' }],
    ['$17.50 an hour', { value: 17.5, currency: 'USD', period: 'HOUR' }],
    ['£30,000 a year', { value: 30000, currency: 'GBP', period: 'YEAR' }],
    ['£30k to £35k per annum (gross)', { minValue: 30000, maxValue: 35000, currency: 'GBP', period: 'YEAR', basis: 'gross' }],
    ['USD 3,100 monthly', { value: 3100, currency: 'USD', period: 'MONTH' }],
    ['€2,450 net per month', { value: 2450, currency: 'EUR', period: 'MONTH', basis: 'net' }],
    ['between $18 and $22 per hour', { minValue: 18, maxValue: 22, currency: 'USD', period: 'HOUR' }],
    ['$45,000–$52,000 annual salary', { minValue: 45000, maxValue: 52000, currency: 'USD', period: 'YEAR' }],
    ['£520 a week take-home', { value: 520, currency: 'GBP', period: 'WEEK', basis: 'net' }],
    ['$150 per day', { value: 150, currency: 'USD', period: 'DAY' }],
    ['€2.450,50 a month', { value: 2450.5, currency: 'EUR', period: 'MONTH' }],
    ['£28.4k', { value: 28400, currency: 'GBP' }],
    ['$52K/yr', { value: 52000, currency: 'USD', period: 'YEAR' }],
    ['C$52,000 a year', { value: 52000, currency: 'CAD', period: 'YEAR' }],
    ['CA$52,000', { value: 52000, currency: 'CAD' }],
    ['$52,000 CAD', { value: 52000, currency: 'CAD' }],
    ['A$85,000 pa', { value: 85000, currency: 'AUD', period: 'YEAR' }],
    ['AU$1,450 pw', { value: 1450, currency: 'AUD', period: 'WEEK' }],
    ['AUD 85,000 per annum', { value: 85000, currency: 'AUD', period: 'YEAR' }],
    ['£2,100 pcm', { value: 2100, currency: 'GBP', period: 'MONTH' }],
  ])('reads %j', (text, expected) => {
    expect(parsed(text, 'en')).toEqual(expected)
  })

  it('reads Flemish amounts: the euro after the number, digits grouped by spaces', () => {
    expect(parsed('2.450 € per maand', 'nl')).toEqual({ value: 2450, currency: 'EUR', period: 'MONTH' })
    expect(parsed('€\u00a02\u00a0450 per maand', 'nl')).toEqual({ value: 2450, currency: 'EUR', period: 'MONTH' })
    expect(parsed('2\u202f450,00\u00a0€', 'nl')).toEqual({ value: 2450, currency: 'EUR' })
    expect(parsed('2.450,00 EUR', 'nl')).toEqual({ value: 2450, currency: 'EUR' })
  })

  it('refuses one dot before three digits in English text (2.45 or 2450?)', () => {
    expect(parseAmount('€ 2.450', 'en')).toBeUndefined()
  })
})

describe('findAmounts', () => {
  it('gives each amount the period and basis next to it, and the basis said before it in the sentence', () => {
    const { amounts } = findAmounts('Je verdient € 2.450 tot € 3.100 bruto per maand, per uur is dat € 14,50 tot € 17,50.', 'nl', { requireCurrency: true })
    expect(amounts.map(({ minValue, maxValue, period, basis }) => ({ minValue, maxValue, period, basis }))).toEqual([
      { minValue: 2450, maxValue: 3100, period: 'MONTH', basis: 'gross' },
      { minValue: 14.5, maxValue: 17.5, period: 'HOUR', basis: 'gross' },
    ])
  })

  it('does not take the basis from another sentence', () => {
    const { amounts } = findAmounts('Netto hou je minder over. Je verdient € 2.450 per maand.', 'nl', { requireCurrency: true })
    expect(amounts[0]?.basis).toBeUndefined()
  })

  it('skips numbers without currency in prose, and working hours as a period', () => {
    const { amounts, bad } = findAmounts('Bij 40 uur per week, 24/7 en versie 2.0 is het € 3.000.', 'nl', { requireCurrency: true })
    expect(amounts).toEqual([{ value: 3000, currency: 'EUR', start: 47, end: 54, raw: '€ 3.000' }])
    expect(bad).toEqual([])
  })

  it('reports an amount that the language could mean two ways', () => {
    expect(findAmounts('Het maandloon is € 2,450.', 'nl', { requireCurrency: true }).bad).toEqual([{ start: 17, end: 24, raw: '€ 2,450' }])
  })

  it('gives a period beside another number to that number, not to the amount', () => {
    const read = (text: string) => findAmounts(text, 'nl', { requireCurrency: true }).amounts.map((a) => [a.value, a.period ?? 'no period'])
    expect(read('Vacatures: 245 per week · Salaris: € 2.950')).toEqual([[2950, 'no period']])
    expect(read('Salaris € 2.950 | 245 vacatures per maand')).toEqual([[2950, 'no period']])
    expect(read('Uurloon € 14,50, maandloon € 2.450')).toEqual([
      [14.5, 'HOUR'],
      [2450, 'MONTH'],
    ])
  })

  it('reads four-weekly pay as four-weekly, never as weekly', () => {
    for (const text of ['€ 2.260 per 4 weken', '€ 2.260 per vier weken', '£1,900 every four weeks', '£1,900 four-weekly'])
      expect(findAmounts(text, text.startsWith('€') ? 'nl' : 'en').amounts[0]?.period).toBe('FOUR_WEEKS')
  })
})

describe('detectHoursPerWeek', () => {
  it.each([
    ['bij 40 uur per week', 40],
    ['een werkweek van 38 uur', 38],
    ['36-urige werkweek', 36],
    ['based on a 40-hour week', 40],
    ['37.5 hours a week', 37.5],
    ['geen uren genoemd', undefined],
  ])('reads %j', (text, hours) => {
    expect(detectHoursPerWeek(text)).toBe(hours)
  })
})
