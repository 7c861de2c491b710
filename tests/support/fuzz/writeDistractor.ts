import type { Language } from '../../../scripts/core/constants.ts'
import { perPeriod, type MoneyWriter } from './money.ts'
import type { Choice, Page } from './page.ts'
import type { DistractorKind } from './recipe.ts'
import { writeTable } from './table.ts'
import { places, type Job } from './vocabulary.ts'
import type { NotTierFact } from './writeTiers.ts'

/** What a distractor is written with. */
export interface DistractorSetting {
  page: Page
  choice: Choice
  money: MoneyWriter
  language: Language
  country: string
  job: Job
  tableMarkup: 'markdown' | 'html'
  /** The monthly amount of the lowest tier: other figures are near it, as on real pages. */
  base: number
}

const round = (n: number, step: number) => Math.round(n / step) * step

/**
 * Writes a figure or block in the salary section that is not the job's pay: a freelance rate, an
 * allowance, a bonus, net pay, pay in other places (a sentence or a table), other jobs' pay, the
 * market's top, or a widget line where an amount without period sits beside a count with one.
 * @param kind what to write
 * @param s where and how
 * @returns the figure that must stay out of the tiers, with the line of its message
 */
export function writeDistractor(kind: Exclude<DistractorKind, 'byline' | 'toc'>, s: DistractorSetting): NotTierFact {
  const { page, choice, money, language, job, base } = s
  const nl = language === 'nl'
  const m = (n: number, period: 'HOUR' | 'MONTH' | 'YEAR' | undefined) => money.value(n, period)
  const regions = places[s.country]?.regions ?? ['Region A', 'Region B']
  switch (kind) {
    case 'freelance': {
      const low = Math.round(perPeriod(base, 'HOUR', 40) * 2.4)
      const high = low + 15
      const line = page.add(nl ? `Als zzp'er reken je ${m(low, 'HOUR')} tot ${m(high, 'HOUR')} per uur.` : `Self-employed ${job.plural} charge ${m(low, 'HOUR')} to ${m(high, 'HOUR')} an hour.`)
      return { what: 'freelance rate', values: [low, high], line }
    }
    case 'allowance': {
      const value = choice.pick([125, 150, 175, 210])
      const line = page.add(nl ? `Daarnaast krijg je een ploegentoeslag van ${m(value, 'MONTH')} per maand.` : `On top of that, a shift allowance of ${m(value, 'MONTH')} a month is common.`)
      return { what: 'allowance', values: [value], line }
    }
    case 'bonus': {
      const value = round(base * 0.6, 100)
      const line = page.add(nl ? `Veel werkgevers betalen een bonus van ${m(value, 'YEAR')} per jaar.` : `Many employers pay a yearly bonus of ${m(value, 'YEAR')}.`)
      return { what: 'bonus', values: [value], line }
    }
    case 'net-pay': {
      const value = round(base * 0.78, 25) + 5
      const line = page.add(nl ? `Netto houd je daarvan ongeveer ${m(value, 'MONTH')} per maand over.` : `After tax, that leaves about ${m(value, 'MONTH')} a month.`)
      return { what: 'net pay', values: [value], line, basis: 'net' }
    }
    case 'city-text': {
      const [a, b] = [round(base * 1.13, 25) + 5, round(base * 0.94, 25) + 5]
      const [ra, rb] = [regions[0] ?? 'A', regions[1] ?? 'B']
      const line = page.add(nl ? `In ${ra} verdien je gemiddeld ${m(a, 'MONTH')} per maand, in ${rb} ${m(b, 'MONTH')}.` : `In ${ra} the average is ${m(a, 'MONTH')} a month, in ${rb} ${m(b, 'MONTH')}.`)
      return { what: 'pay per place', values: [a, b], line }
    }
    case 'city-table': {
      page.add(nl ? 'Het salaris verschilt per regio:' : 'Pay differs by region:')
      const values = regions.slice(0, 3).map((_, i) => round(base * (1.08 + 0.07 * i), 25) + 5)
      const { start } = writeTable(page, choice, s.tableMarkup, [nl ? 'Regio' : 'Region', nl ? 'Per maand' : 'Per month'], regions.slice(0, 3).map((r, i) => [r, m(values[i] ?? 0, 'MONTH')]))
      return { what: 'pay per region table', values, line: start }
    }
    case 'other-jobs-table': {
      page.add(nl ? 'Ter vergelijking, wat verwante beroepen gemiddeld verdienen:' : 'For comparison, what related jobs pay on average:')
      const values = job.others.map((_, i) => round(base * (0.87 + 0.31 * i), 25) + 5)
      const { start } = writeTable(page, choice, s.tableMarkup, [nl ? 'Beroep' : 'Job', nl ? 'Gemiddeld per maand' : 'Average per month'], job.others.map((o, i) => [o, m(values[i] ?? 0, 'MONTH')]))
      return { what: 'other jobs table', values, line: start }
    }
    case 'percentile-text': {
      const value = round(base * 1.7, 50)
      const line = page.add(nl ? `De best betaalde 10 procent verdient meer dan ${m(value, 'MONTH')} per maand.` : `The top 10% earn more than ${m(value, 'MONTH')} a month.`)
      return { what: 'top 10 percent', values: [value], line }
    }
    case 'widget': {
      const value = round(base * 1.04, 25) + 5
      const count = choice.int(120, 980)
      const line = page.add(
        nl
          ? choice.pick([`Vacatures: ${count} per week · Salaris: ${m(value, undefined)}`, `Salaris ${m(value, undefined)} | ${count} vacatures per maand`])
          : choice.pick([`Jobs: ${count} per week · Salary: ${m(value, undefined)}`, `Salary ${m(value, undefined)} | ${count} openings per month`]),
      )
      return { what: 'widget amount without period', values: [value], line }
    }
  }
}
