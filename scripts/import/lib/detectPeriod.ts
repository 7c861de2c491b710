import type { SalaryPeriod } from '../../core/rules/constants.ts'

/**
 * Words that name a salary period, Dutch and English together: a Dutch article may carry
 * an English table header and the other way round, and none of these words means
 * something else in the other language.
 */
const periodWords = {
  HOUR: /per\s+uur|\b(?:bruto|netto)?uurloon|\buurtarief|\bp\/u\b|per\s+hour|\ban?\s+hour\b|\bhourly\b|\/\s?(?:uur|hour|hr|u)\b/giu,
  DAY: /per\s+dag\b|\bdagloon|per\s+day\b|\ba\s+day\b|\bdaily\b|\/\s?(?:dag|day)\b/giu,
  WEEK: /per\s+week\b|\bweekloon|\ba\s+week\b|\bweekly\b|\/\s?week\b/giu,
  MONTH: /per\s+(?:maand|mnd)\b|\b(?:bruto|netto)?maand(?:salaris|loon|inkomen|bedrag)|\bp\/m\b|per\s+month\b|\ba\s+month\b|\bmonthly\b|\/\s?(?:maand|mnd|month|mo)\b/giu,
  YEAR: /per\s+jaar\b|\b(?:bruto|netto)?jaar(?:salaris|loon|inkomen|bedrag)|per\s+(?:year|annum)\b|\ba\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bp\.a\.|\/\s?(?:jaar|year|yr)\b/giu,
} as const satisfies Record<SalaryPeriod, RegExp>

// "bij 40 uur per week" states working hours, not a weekly wage: blank it out before looking.
const hoursPerWeekPhrase = /\d{1,2}(?:[.,]\d)?\s*-?\s*(?:uur|urige?|hours?|hrs?|-hour)\s*(?:per|a|in\s+de|in\s+a|\/)?\s*(?:werk)?week\b/giu

/**
 * Finds the salary period a piece of text names ("per maand", "uurloon", "a year").
 * @param text a table header, a cell or part of a sentence
 * @param which the first mention, or the last (for text before an amount)
 * @returns the period, or undefined when the text names none
 */
export function detectPeriod(text: string, which: 'first' | 'last' = 'first'): SalaryPeriod | undefined {
  const clean = text.replace(hoursPerWeekPhrase, (m) => ' '.repeat(m.length))
  let best: { period: SalaryPeriod; index: number } | undefined
  for (const [period, pattern] of Object.entries(periodWords) as [SalaryPeriod, RegExp][]) {
    for (const match of clean.matchAll(pattern)) {
      const better = !best || (which === 'first' ? match.index < best.index : match.index > best.index)
      if (better) best = { period, index: match.index }
    }
  }
  return best?.period
}
