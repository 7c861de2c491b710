import type { Language } from '../../../scripts/core/constants.ts'
import { amountNumbers, perPeriod, type FactAmount, type MoneyWriter } from './money.ts'
import { capital, type Choice, type Page } from './page.ts'
import type { FuzzPeriod } from './periodWords.ts'
import type { Statistic, TierLayout } from './recipe.ts'
import { htmlText, writeTable as writeTableOn } from './table.ts'
import { generalLevel, ladders, overallLabels, places, stepWords, type Job, type Level } from './vocabulary.ts'

/** A tier as the facts hold it. */
export interface TierFact {
  level: string
  amounts: Partial<Record<FuzzPeriod, FactAmount>>
}

/** A figure about something else, which must stay out of the tiers with a message at its line. */
export interface NotTierFact {
  what: string
  values: number[]
  line: number
  basis?: 'net'
}

/** What the salary section was written with. */
export interface TierSetting {
  page: Page
  choice: Choice
  money: MoneyWriter
  language: Language
  country: string
  job: Job
  layout: TierLayout
  tableMarkup: 'markdown' | 'html'
  statistic: Statistic
  basis: 'gross' | 'net'
  ladder: number
  levels: number
  periods: FuzzPeriod[]
  range: boolean
}

/** What writeTiers wrote: the tiers, the figures that are not tiers, and the layout it really used. */
export interface WrittenTiers {
  tiers: TierFact[]
  notTiers: NotTierFact[]
  /** The periods the tiers are given in. */
  periods: FuzzPeriod[]
  /** The table markup, when the layout is a table. */
  tableMarkup: 'markdown' | 'html' | undefined
  /** Every number of the tiers, so that other figures keep apart from them. */
  numbers: Set<number>
  /** The monthly amount of the lowest tier, for other figures to be near. */
  base: number
}

const monthlyBase: Record<string, [number, number]> = { EUR: [2000, 3000], GBP: [1800, 2800], USD: [3000, 4500], CAD: [3000, 4500], AUD: [4000, 6000] }
const periodNoun: Record<Language, Record<FuzzPeriod, string>> = {
  nl: { HOUR: 'per uur', DAY: 'per dag', WEEK: 'per week', FOUR_WEEKS: 'per vier weken', MONTH: 'per maand', YEAR: 'per jaar' },
  en: { HOUR: 'hourly', DAY: 'daily', WEEK: 'weekly', FOUR_WEEKS: 'four-weekly', MONTH: 'monthly', YEAR: 'annual' },
}
const levelHeaders: Record<Language, string[]> = { nl: ['Niveau', 'Ervaring', '', 'Functieniveau', 'Loopbaanfase'], en: ['Level', 'Experience', '', 'Career stage', 'Seniority'] }
const percentileLabels: Record<Language, Record<'p10' | 'p25' | 'median' | 'p75' | 'p90', string[]>> = {
  nl: { p10: ['P10', '10e percentiel', '10%'], p25: ['P25', '25e percentiel', '25%'], median: ['Mediaan', 'P50', 'Mediaan (P50)'], p75: ['P75', '75e percentiel', '75%'], p90: ['P90', '90e percentiel', '90%'] },
  en: { p10: ['P10', '10th percentile', '10th'], p25: ['P25', '25th percentile', '25th'], median: ['Median', 'P50', 'Median (50th)'], p75: ['P75', '75th percentile', '75th'], p90: ['P90', '90th percentile', '90th'] },
}
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * Writes the salary tiers in one layout and returns the facts they state: tables (levels as rows
 * or as columns, Markdown or HTML, a table of several jobs, of places with a national row, a
 * collective agreement's steps, a wage survey with an overall column, percentiles either way),
 * bullets, headings, definition lists, paragraph pairs, running text, or one amount for the job.
 * @param s what to write, and where
 * @returns the facts written
 */
export function writeTiers(s: TierSetting): WrittenTiers {
  const { page, choice, money, language, job } = s
  const nl = language === 'nl'
  const [low, high] = monthlyBase[money.locale.currency] ?? [2000, 3000]
  const base = Math.round(((s.basis === 'net' ? 0.75 : 1) * (low + choice.float() * (high - low))) / 25) * 25
  const hours = nl && (s.layout === 'cao-steps' || choice.chance(0.1)) ? choice.pick([40, 38, 36]) : 40
  const hoursSentence = hours !== 40 || choice.chance(0.15) ? (nl ? `De bedragen gaan uit van een werkweek van ${hours} uur.` : `Figures assume a ${hours}-hour week.`) : undefined
  const numbers = new Set<number>()
  const notTiers: NotTierFact[] = []
  let tableMarkup: 'markdown' | 'html' | undefined

  // The levels: the chosen ladder, or one that running text can say.
  let ladder = ladders[language][s.ladder % ladders[language].length] ?? []
  if (s.layout === 'running-text' && !ladder.every((l) => l.phrase)) ladder = ladders[language][0] ?? []
  const levels: Level[] = ladder.slice(0, Math.max(2, Math.min(s.levels, ladder.length)))

  // Periods: one for layouts with one amount column; a collective agreement's table mostly has four-weekly pay.
  const singlePeriod = ['multi-job-table', 'region-table', 'survey-columns', 'percentile-table', 'percentile-rows'].includes(s.layout)
  let periods: FuzzPeriod[] = [...s.periods]
  if (s.layout === 'cao-steps' && !periods.includes('FOUR_WEEKS') && choice.chance(0.7)) {
    const withFourWeeks: FuzzPeriod[] = ['FOUR_WEEKS', ...periods]
    periods = withFourWeeks.slice(0, 3)
  }
  if (singlePeriod) periods = periods.slice(0, 1)
  const ordered = (['HOUR', 'DAY', 'WEEK', 'FOUR_WEEKS', 'MONTH', 'YEAR'] as const).filter((p) => periods.includes(p))
  periods = choice.chance(0.5) ? ordered : ordered.reverse()
  const range = s.range && s.statistic === 'average'

  // Amounts per level: ascending, ranges that do not overlap, medians and percentiles as one value each.
  const step = Math.round((base * (0.15 + choice.float() * 0.1)) / 50) * 50
  const amountOf = (monthly: number, period: FuzzPeriod): FactAmount => {
    const at = (m: number) => perPeriod(Math.round(m / 25) * 25, period, hours)
    if (s.statistic === 'percentiles') return { kind: 'distribution', p10: at(monthly * 0.78), p25: at(monthly * 0.88), median: at(monthly), p75: at(monthly * 1.14), p90: at(monthly * 1.3) }
    if (s.statistic === 'median') return { kind: 'distribution', median: at(monthly) }
    if (range) return { kind: 'range', min: at(monthly), max: at(monthly * 1.12) }
    return { kind: 'value', value: at(monthly) }
  }
  const tierAmounts = (monthly: number) => Object.fromEntries(periods.map((p) => [p, amountOf(monthly, p)])) as Partial<Record<FuzzPeriod, FactAmount>>
  const remember = (tiers: TierFact[]) => {
    for (const t of tiers) for (const a of Object.values(t.amounts)) for (const n of amountNumbers(a)) numbers.add(n)
    return tiers
  }

  // Writing helpers.
  const basisInline = s.basis === 'net' || choice.chance(0.5)
  const statisticWord = s.statistic === 'median' ? (nl ? 'mediaan ' : 'median ') : ''
  const phrases = (t: TierFact) =>
    periods
      .map((p) => {
        const a = t.amounts[p]
        return a ? `${statisticWord}${money.phrase(a, p, basisInline ? s.basis : undefined)}` : ''
      })
      .filter((x) => x !== '')
  const amountsText = (t: TierFact) => {
    const [first, ...rest] = phrases(t)
    if (rest.length === 0) return first ?? ''
    return choice.chance(0.5) ? `${first} (${rest.join(', ')})` : [first, ...rest].join(nl ? ' of ' : ' or ')
  }
  const contextSentence = (parts: { basis: boolean; period?: FuzzPeriod | undefined; currency?: boolean }) => {
    const out: string[] = []
    if (parts.basis) out.push(money.basisSentence(s.basis))
    if (parts.period) out.push(nl ? `De bedragen zijn ${periodNoun.nl[parts.period]}.` : `Figures are ${periodNoun.en[parts.period]}.`)
    if (parts.currency) out.push(nl ? 'Bedragen in euro.' : `Figures in ${money.locale.currency}.`)
    if (hoursSentence) out.push(hoursSentence)
    if (out.length > 0) page.add(out.join(' '))
  }
  const htmlCell = (text: string) => htmlText(text, choice)
  const writeTable = (header: string[], rows: string[][]) => {
    tableMarkup = s.tableMarkup
    return writeTableOn(page, choice, s.tableMarkup, header, rows)
  }
  const withCurrencyInCells = choice.chance(0.6)
  const cell = (a: FactAmount | undefined, p: FuzzPeriod) => (a ? money.amount(a, p, withCurrencyInCells) : '–')
  const sign = withCurrencyInCells ? '' : ` ${money.locale.headerSign}`
  const basisInHeader = choice.chance(0.5)
  const periodHeader = (p: FuzzPeriod) => {
    let text = money.periodHeader(p)
    if (s.statistic === 'median') text = `${nl ? 'Mediaan' : 'Median'} ${text.charAt(0).toLowerCase()}${text.slice(1)}`
    if (basisInHeader) text = `${text} (${money.basisWord(s.basis)})`
    return `${text}${sign}`
  }

  switch (s.layout) {
    case 'table-rows': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      const [only] = periods
      if (range && periods.length === 1 && only && choice.chance(0.5)) {
        const bounds = nl ? choice.pick([['Minimum', 'Maximum'], ['Van', 'Tot'], ['Min.', 'Max.']]) : choice.pick([['Minimum', 'Maximum'], ['From', 'To'], ['Low', 'High']])
        contextSentence({ basis: true, period: only, currency: !withCurrencyInCells })
        writeTable(
          [choice.pick(levelHeaders[language]), ...bounds],
          tiers.map((t, i) => {
            const a = t.amounts[only]
            return [levels[i]?.label ?? '', a?.kind === 'range' ? money.amount({ kind: 'value', value: a.min }, only, withCurrencyInCells) : '', a?.kind === 'range' ? money.amount({ kind: 'value', value: a.max }, only, withCurrencyInCells) : '']
          }),
        )
      } else {
        contextSentence({ basis: !basisInHeader })
        writeTable([choice.pick(levelHeaders[language]), ...periods.map(periodHeader)], tiers.map((t, i) => [levels[i]?.label ?? '', ...periods.map((p) => cell(t.amounts[p], p))]))
      }
      return done(tiers)
    }
    case 'table-columns': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      const corner = choice.pick(nl ? ['', 'Periode', 'Salaris'] : ['', 'Period', 'Pay'])
      contextSentence({ basis: !basisInHeader, currency: !withCurrencyInCells })
      writeTable([corner, ...levels.map((l) => l.label)], periods.map((p) => [periodHeader(p).replace(sign, ''), ...tiers.map((t) => cell(t.amounts[p], p))]))
      return done(tiers)
    }
    case 'bullets': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      if (!basisInline) contextSentence({ basis: true })
      const bullet = choice.pick(['-', '*'])
      page.add(
        tiers
          .map((t, i) => {
            const label = levels[i]?.label ?? ''
            return choice.pick([`${bullet} ${label}: ${amountsText(t)}`, `${bullet} **${label}**: ${amountsText(t)}`, `${bullet} **${label}** – ${amountsText(t)}`])
          })
          .join('\n'),
      )
      return done(tiers)
    }
    case 'headings': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      if (!basisInline) contextSentence({ basis: true })
      tiers.forEach((t, i) => {
        page.add(`### ${levels[i]?.label ?? ''}`)
        page.add(nl ? `Je verdient ${amountsText(t)}.` : `Expect ${amountsText(t)}.`)
      })
      return done(tiers)
    }
    case 'definition-list': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      if (!basisInline) contextSentence({ basis: true })
      if (choice.chance(0.5)) page.add(['<dl>', ...tiers.flatMap((t, i) => [`  <dt>${escapeHtml(levels[i]?.label ?? '')}</dt>`, `  <dd>${htmlCell(amountsText(t))}</dd>`]), '</dl>'].join('\n'))
      else tiers.forEach((t, i) => page.add(`${levels[i]?.label ?? ''}\n: ${amountsText(t)}`))
      return done(tiers)
    }
    case 'paragraph-pairs': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      if (!basisInline) contextSentence({ basis: true })
      const bold = choice.chance(0.6)
      tiers.forEach((t, i) => {
        page.add(bold ? `**${levels[i]?.label ?? ''}**` : (levels[i]?.label ?? ''))
        page.add(capital(amountsText(t)))
      })
      return done(tiers)
    }
    case 'running-text': {
      const tiers = remember(levels.map((l, i) => ({ level: l.phrase?.[1] ?? l.name, amounts: tierAmounts(base + i * step) })))
      if (!basisInline) contextSentence({ basis: true })
      const sentences = tiers.map((t, i) => {
        const phrase = levels[i]?.phrase?.[0] ?? ''
        return nl ? `${capital(phrase)} ${job.singular} verdient ${amountsText(t)}.` : `${capital(phrase)} ${job.singular} earns ${amountsText(t)}.`
      })
      if (choice.chance(0.5)) page.add(sentences.join(' '))
      else for (const sentence of sentences) page.add(sentence)
      return done(tiers)
    }
    case 'single': {
      const tiers = remember([{ level: generalLevel[language], amounts: tierAmounts(base + step) }])
      const [t] = tiers
      if (!t) return done(tiers)
      if (!basisInline) contextSentence({ basis: true })
      const text =
        s.statistic === 'median'
          ? nl
            ? `Het mediane salaris van een ${job.singular} is ${amountsText(t).replace(/^mediaan /u, '')}.`
            : `The median pay of a ${job.singular} is ${amountsText(t).replace(/^median /u, '')}.`
          : nl
            ? choice.pick([`Een ${job.singular} verdient gemiddeld ${amountsText(t)}.`, `Gemiddeld verdient een ${job.singular} ${amountsText(t)}.`])
            : choice.pick([`A ${job.singular} earns ${amountsText(t)} on average.`, `On average, a ${job.singular} earns ${amountsText(t)}.`])
      page.add(text)
      return done(tiers)
    }
    case 'multi-job-table':
    case 'region-table': {
      const [period] = periods
      if (!period) return done([])
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      const jobs = s.layout === 'multi-job-table'
      const own = jobs ? (choice.chance(0.5) ? capital(job.singular) : capital(job.plural)) : choice.pick(places[s.country]?.national ?? ['National'])
      const others = jobs ? job.others : (places[s.country]?.regions ?? []).slice(0, 3)
      const factors = [0.83, 1.07, 1.19, 0.91]
      const otherRows = others.map((name, k) => ({ name, amounts: levels.map((_, i) => amountOf((base + i * step) * (factors[k] ?? 1.1), period)) }))
      const header = [jobs ? choice.pick(nl ? ['Beroep', 'Functie'] : ['Job', 'Occupation', 'Role']) : choice.pick(nl ? ['Regio', 'Provincie'] : ['Region', 'Area']), ...levels.map((l) => l.label)]
      const ownFirst = choice.chance(0.5)
      const ownRow = { name: own, amounts: tiers.map((t) => t.amounts[period]) }
      const rows = ownFirst ? [ownRow, ...otherRows] : [...otherRows.slice(0, 1), ownRow, ...otherRows.slice(1)]
      contextSentence({ basis: true, period, currency: !withCurrencyInCells })
      const { rowLines } = writeTable(header, rows.map((r) => [r.name, ...r.amounts.map((a) => cell(a, period))]))
      rows.forEach((r, k) => {
        if (r === ownRow) return
        notTiers.push({ what: jobs ? `other job ${r.name}` : `place ${r.name}`, values: r.amounts.flatMap((a) => (a ? amountNumbers(a) : [])), line: rowLines[k] ?? 0 })
      })
      return done(tiers)
    }
    case 'cao-steps': {
      const first = choice.int(0, 1)
      const count = Math.min(5, s.levels + 1)
      const words = stepWords[language]
      const tiers = remember(Array.from({ length: count }, (_, i) => ({ level: words.label(first + i), amounts: tierAmounts(base + i * Math.round((base * 0.04) / 25) * 25) })))
      page.add(nl ? `Loontabel functiegroep ${choice.pick(['C', 'D', 'E'])}, geldig vanaf 1 januari 2025.` : `Pay table for grade ${choice.pick(['C', 'D', 'E'])}, from 1 April 2025.`)
      contextSentence({ basis: true, currency: !withCurrencyInCells })
      const bare = choice.chance(0.5)
      writeTable([words.header, ...periods.map((p) => money.periodHeader(p) + sign)], tiers.map((t, i) => [bare ? String(first + i) : t.level, ...periods.map((p) => cell(t.amounts[p], p))]))
      return done(tiers)
    }
    case 'survey-columns': {
      const tiers = remember(levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })))
      const overall = choice.pick(overallLabels[language])
      page.add(s.statistic === 'median' ? (nl ? 'Mediane lonen uit onze salarisenquête.' : 'Median pay from our salary survey.') : nl ? 'Gemiddelde lonen uit onze salarisenquête.' : 'Average pay from our salary survey.')
      contextSentence({ basis: true, currency: !withCurrencyInCells })
      const overallValues: number[] = []
      const { headerLine } = writeTable(
        ['', ...levels.map((l) => l.label), overall],
        periods.map((p) => {
          const all = amountOf(base + ((levels.length - 1) * step) / 2 + step / 4, p)
          overallValues.push(...amountNumbers(all))
          return [money.periodHeader(p), ...tiers.map((t) => cell(t.amounts[p], p)), cell(all, p)]
        }),
      )
      notTiers.push({ what: `overall column ${overall}`, values: overallValues, line: headerLine })
      return done(tiers)
    }
    case 'percentile-table':
    case 'percentile-rows': {
      const [period] = periods
      if (!period) return done([])
      const byLevel = choice.chance(0.4)
      const tiers = remember(byLevel ? levels.map((l, i) => ({ level: l.name, amounts: tierAmounts(base + i * step) })) : [{ level: generalLevel[language], amounts: tierAmounts(base + step) }])
      const keys = choice.chance(0.7) ? (['p10', 'p25', 'median', 'p75', 'p90'] as const) : (['p25', 'median', 'p75'] as const)
      for (const t of tiers) {
        const a = t.amounts[period]
        if (a?.kind === 'distribution') t.amounts[period] = { kind: 'distribution', median: a.median, ...Object.fromEntries(keys.filter((k) => k !== 'median').map((k) => [k, a[k]])) }
      }
      const label = (k: (typeof keys)[number]) => choice.pick(percentileLabels[language][k])
      const value = (t: TierFact, k: (typeof keys)[number]) => {
        const a = t.amounts[period]
        const n = a?.kind === 'distribution' ? a[k] : undefined
        return n === undefined ? '–' : withCurrencyInCells ? money.value(n, period) : money.bare(n, period)
      }
      contextSentence({ basis: true, period, currency: !withCurrencyInCells })
      const labels = keys.map(label)
      if (s.layout === 'percentile-table') {
        const rowLabel = (t: TierFact, i: number) => (byLevel ? (levels[i]?.label ?? '') : choice.pick([capital(job.singular), nl ? 'Alle werknemers' : 'All employees']))
        writeTable([byLevel ? choice.pick(levelHeaders[language]) : '', ...labels], tiers.map((t, i) => [rowLabel(t, i), ...keys.map((k) => value(t, k))]))
      } else {
        writeTable([nl ? 'Percentiel' : 'Percentile', ...(byLevel ? levels.map((l) => l.label) : [money.periodHeader(period)])], keys.map((k, r) => [labels[r] ?? '', ...tiers.map((t) => value(t, k))]))
      }
      return done(tiers)
    }
  }

  function done(tiers: TierFact[]): WrittenTiers {
    return { tiers, notTiers, periods, tableMarkup, numbers, base }
  }
}
