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
    ['Gemiddeld bruto uurloon: € 15,50', { value: 15.5, currency: 'EUR', period: 'HOUR', basis: 'gross' }],
    ['maandsalaris € 2.800', { value: 2800, currency: 'EUR', period: 'MONTH' }],
    ['2.450', { value: 2450 }],
  ])('reads %j', (text, expected) => {
    expect(parsed(text, 'nl')).toEqual(expected)
  })

  it.each([
    ['€ 15.50', 'a dot before cents'],
    ['€ 2,450', 'an English thousands comma'],
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
  ])('reads %j', (text, expected) => {
    expect(parsed(text, 'en')).toEqual(expected)
  })

  it('refuses a Dutch-written amount in English text', () => {
    expect(parseAmount('€ 2.450,50', 'en')).toBeUndefined()
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

  it('reports an amount with a currency that the language does not write so', () => {
    expect(findAmounts('Het uurloon is € 15.50.', 'nl', { requireCurrency: true }).bad).toEqual([{ start: 15, end: 22, raw: '€ 15.50' }])
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
