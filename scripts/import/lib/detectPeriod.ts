import type { StatedPeriod } from './amounts/statedPeriods.ts'

/**
 * Words that name a pay period, Dutch and English together: a Dutch article may carry an English
 * table header and the other way round, and none of these words means something else in the
 * other language. Four-weekly pay is named before weekly pay, so "four-weekly" and "per 4 weken"
 * are never read as weekly (the longer match wins where two overlap).
 */
const periodWords: ReadonlyArray<[StatedPeriod, RegExp]> = [
  ['FOUR_WEEKS', /per\s+(?:periode\s+van\s+)?(?:4|vier)\s+(?:weken|wk)\b|\b(?:4|vier)[-\s]?wekelijks\b|\bvierwekelijks\b|\b(?:4|vier)[-\s]?weken(?:loon|salaris|bedrag)\b|\bevery\s+(?:4|four)\s+weeks\b|\bper\s+(?:4|four)\s+weeks\b|\b(?:4|four)[-\s]weekly\b|\bfour[-\s]?weekly\b|\bper\s+(?:4|four)[-\s]week\s+period\b/giu],
  ['HOUR', /per\s+uur|\b(?:bruto|netto)?uurlo(?:on|nen)|\buurtarief|\bp\/u\b|per\s+hour|\ban?\s+hour\b|\bhourly\b|\bper\s+hr\b|\/\s?(?:uur|hour|hr|u)\b|\bp\.h\./giu],
  ['DAY', /per\s+dag\b|\bdaglo(?:on|nen)|\bdagelijks\b|per\s+day\b|\ba\s+day\b|\bdaily\b|\/\s?(?:dag|day)\b/giu],
  ['WEEK', /per\s+week\b|\bweeklo(?:on|nen)|\bwekelijks\b|\ba\s+week\b|\bweekly\b|\bp\/w\b|\bp\.w\.|\bpw\b|\bper\s+wk\b|\/\s?(?:week|wk)\b/giu],
  [
    'MONTH',
    /per\s+(?:maand|mnd)\b|\b(?:bruto|netto)?maand(?:salaris(?:sen)?|lo(?:on|nen)|inkomen|bedrag(?:en)?)|\bmaandelijks\b|\bp\/m\b|per\s+month\b|\ba\s+month\b|\bmonthly\b|\bpcm\b|\bp\.c\.m\.|\/\s?(?:maand|mnd|month|mo)\b/giu,
  ],
  [
    'YEAR',
    /per\s+(?:kalender)?jaar\b|\bop\s+jaarbasis\b|\bjaarlijks\b|\b(?:bruto|netto)?jaar(?:salaris(?:sen)?|lo(?:on|nen)|inkomen|bedrag(?:en)?)|per\s+(?:year|annum)\b|\ba\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bp\.a\.|\bper\s+yr\b|\/\s?(?:jaar|year|yr)\b/giu,
  ],
]

// "bij 40 uur per week" states working hours, not a weekly wage: blank it out before looking.
const hoursPerWeekPhrase = /\d{1,2}(?:[.,]\d)?\s*-?\s*(?:uur|urige?|hours?|hrs?|-hour)\s*(?:per|a|in\s+de|in\s+a|\/)?\s*(?:werk)?week\b/giu
// "pa" after an amount (and its basis) is per annum ("$85,000 pa", "£28,000 gross pa"); elsewhere it is a word.
const leadingPa = /^(?:[\s\u00a0]*(?:bruto|netto|gross|net|before\s+tax|after\s+tax|take[-\s]home))*[\s\u00a0]*pa\b/iu

/**
 * Finds the pay period a piece of text names ("per maand", "uurloon", "a year", "per 4 weken",
 * "p.a."). Where two period words overlap, the longer one is the period ("four-weekly" is not
 * weekly).
 * @param text a table header, a cell or part of a sentence
 * @param which the first mention, or the last (for text before an amount)
 * @returns the period, or undefined when the text names none
 */
export function detectPeriod(text: string, which: 'first' | 'last' = 'first'): StatedPeriod | undefined {
  if (which === 'first' && leadingPa.test(text)) return 'YEAR'
  const clean = text.replace(hoursPerWeekPhrase, (m) => ' '.repeat(m.length))
  const found: Array<{ period: StatedPeriod; start: number; end: number }> = []
  for (const [period, pattern] of periodWords) for (const match of clean.matchAll(pattern)) found.push({ period, start: match.index, end: match.index + match[0].length })
  const whole = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start))
  let best: (typeof whole)[number] | undefined
  for (const f of whole) if (!best || (which === 'first' ? f.start < best.start : f.start > best.start)) best = f
  return best?.period
}
