import type { Nodes } from 'mdast'
import type { SalaryBasis, SalaryPeriod } from '../../core/constants.ts'
import { slugify } from '../../core/slugify.ts'
import { formatViolation } from '../../core/rules/formatViolation.ts'
import { quoteText } from '../../core/messages/quoteText.ts'
import type { ArticleContext } from './articleContext.ts'
import { detectBasis } from './detectBasis.ts'
import { detectCurrency } from './detectCurrency.ts'
import { detectHoursPerWeek } from './detectHoursPerWeek.ts'
import { isModelPeriod, type StatedPeriod } from './amounts/statedPeriods.ts'
import type { Percentile } from './tables/labelMeaning.ts'
import { plainText } from './plainText.ts'
import { reportMessage, type MessageLevel } from './reportMessage.ts'
import { competingSources } from './salary/competingSources.ts'
import { dollarOf } from './salary/dollarOf.ts'
import { dropRefusedTiers } from './salary/dropRefusedTiers.ts'
import type { Figure, FigureLevel } from './salary/figure.ts'
import { subjectNames } from './salary/figureSubject.ts'
import { readSectionFigures } from './salary/readSectionFigures.ts'
import { salarySections } from './salary/salarySections.ts'
import { sameAmount } from './salary/sameAmount.ts'
import type { Section } from './splitSections.ts'

/** One amount of a tier, before it becomes a `salaryAmount`. */
export interface AmountDraft {
  period: SalaryPeriod
  /** The average, or in a median tier the median. */
  value?: number
  minValue?: number
  maxValue?: number
  percentile10?: number
  percentile25?: number
  percentile75?: number
  percentile90?: number
  /** The table cell or paragraph it came from. */
  node: Nodes
}

/** A salary tier read from an article, before it becomes a document. */
export interface TierDraft {
  level: string
  levelSlug: string
  rank: number
  amounts: AmountDraft[]
  currency: string
  basis: SalaryBasis
  /** Set when the article gives medians (and percentiles) rather than averages. */
  statistic?: 'median'
  hoursPerWeek?: number
  /** The table row, list item, heading or paragraph that names the level. */
  node: Nodes
}

const generalLevel = { nl: 'Alle niveaus', en: 'All levels' } as const
const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const
const maxTierRows = 30
const yearlyFrom = 12_000
const percentileKeys = { 10: 'percentile10', 25: 'percentile25', 75: 'percentile75', 90: 'percentile90' } as const satisfies Record<Percentile, keyof AmountDraft>
const periodNames = { HOUR: 'hour', DAY: 'day', WEEK: 'week', FOUR_WEEKS: 'four weeks', MONTH: 'month', YEAR: 'year' } as const satisfies Record<StatedPeriod, string>


/**
 * Reads the salary tiers of an article from its salary sections, by meaning rather than by
 * layout: a table of levels, a list of "Level: amount" items, a bold level line with its amount
 * below, a heading per level, or running text that names the level beside each amount ("a
 * beginner earns about …", "£28,400 Starter"); without any level, the amounts the text gives make
 * one tier for all levels. Figures about something else stay in the body with a notice at their
 * line: freelance, agency and contract rates, allowances, bonuses, the market's lowest and highest
 * pay, one person's pay in an interview, and pay per place or sector. Two ladders that price the
 * same level differently are reported and neither is imported. Every tier is checked against the
 * export's own rules, and one the export would refuse is reported instead of imported.
 * @param sections the article's top-level sections (salary sections are found at any depth)
 * @param ctx the article
 * @returns the tiers, ranked in the order the article gives them
 */
export function extractSalaryTiers(sections: ReadonlyArray<Section>, ctx: ArticleContext): TierDraft[] {
  let reported = 0
  const report = (reason: string, node: Nodes, level: MessageLevel, docId = ctx.profileId) => {
    reported++
    reportMessage(ctx.file, reason, { place: node, ruleId: 'salary', level, docId, fieldPath: ['salaryTiers'] })
  }
  const dollar = dollarOf(ctx.country)
  const salary = salarySections(sections, ctx, dollar)
  if (salary.length === 0) return []
  const prose = salary.flatMap(({ section }) => section.nodes.filter((node) => node.type !== 'table'))
  const contextText = plainText(prose)
  const hoursPerWeek = detectHoursPerWeek(contextText)

  const figures: Figure[] = []
  for (const entry of salary) figures.push(...readSectionFigures(entry, ctx, dollar, report))

  // "The lowest 10 percent earned less than …" beside the job's median in the same period is that median's percentile.
  const generalMedianPeriods = new Set(figures.filter((f) => !f.subject && !f.level && f.statistic === 'median' && f.period).map((f) => f.period))
  for (const figure of figures) {
    if (figure.subject !== 'market' || figure.percentile === undefined || figure.level) continue
    const bound = figure.amount.value ?? figure.amount.maxValue ?? figure.amount.minValue
    const period = figure.period ?? (bound !== undefined && bound >= yearlyFrom ? 'YEAR' : undefined)
    if (period === undefined || !generalMedianPeriods.has(period) || bound === undefined) continue
    figure.subject = undefined
    figure.period = period
    figure.amount = { ...figure.amount, value: bound, minValue: undefined, maxValue: undefined }
  }

  // Figures about something else: one notice per paragraph or list item, at its line.
  const noticed = new Set<Nodes>()
  for (const figure of figures) {
    const at = figure.node
    if (!figure.subject || noticed.has(at)) continue
    noticed.add(at)
    report(`Unexpected amount ${quoteText(figure.amount.raw)} about ${subjectNames[figure.subject]} in the salary section, expected the pay of the job itself; kept in body only`, at, 'info')
  }
  const usable = figures.filter((figure) => !figure.subject)
  for (const figure of usable) {
    if (figure.period !== undefined) continue
    // Pay of 12,000 or more that names no period is yearly: no month, week or hour pays that much.
    const smallest = Math.min(...[figure.amount.value, figure.amount.minValue, figure.amount.maxValue].filter((n): n is number => n !== undefined))
    if (smallest >= yearlyFrom) {
      figure.period = 'YEAR'
      report(`Unexpected amount ${quoteText(figure.amount.raw)} without period, expected per uur, per maand or per jaar; read as per year, as amounts of ${yearlyFrom.toLocaleString('en')} and more are`, figure.node, 'info')
    } else report(`Unexpected amount ${quoteText(figure.amount.raw)} without period, expected per uur, per maand or per jaar; kept in body only`, figure.node, 'info')
  }
  // Pay in a period the model lacks (four-weekly) is the job's pay all the same: it decides whether the article gives levels, and is left out when the tiers are made.
  const dated = usable.filter((figure) => {
    if (figure.period === undefined) return false
    if (!isModelPeriod(figure.period))
      report(`Unexpected amount ${quoteText(figure.amount.raw)} per ${periodNames[figure.period]}, expected a period the content model has (hour, day, week, month, year); kept in body only`, figure.node, 'info')
    return true
  })

  // Two sources that give the same level a different amount in the same period compete: neither is imported.
  const competing = competingSources(dated.filter((figure) => figure.level))
  for (const [source, levels] of competing)
    report(
      `Unexpected salary levels ${levels.map((level) => quoteText(level)).join(', ')} priced twice in the article, expected one ladder of levels; neither is imported, kept in body only`,
      source,
      'warning',
    )
  const levelled = dated.filter((figure) => figure.level && !competing.has(figure.source))
  const general = dated.filter((figure) => !figure.level)
  let read: Array<Figure & { level: FigureLevel }>
  if (levelled.length > 0) {
    for (const figure of general)
      report(`Unexpected amount ${quoteText(figure.amount.raw)} without a level beside the salary levels, expected each amount to name its level; kept in body only`, figure.node, 'info')
    read = levelled.flatMap((figure) => (figure.level ? [{ ...figure, level: figure.level }] : []))
  } else {
    const first = general[0]
    read = first ? general.map((figure) => ({ ...figure, level: { name: generalLevel[ctx.language], node: first.node } })) : []
  }
  if (read.length === 0) {
    const at = salary[0]?.section.heading
    if (at && figures.length === 0 && reported === 0) report('Unexpected salary section without amounts, expected a salary table or an amount such as ' + amountExample[ctx.language], at, 'warning')
    return []
  }

  // Basis: what the cell, header or text says; gross only when nothing says otherwise.
  const unstated = read.filter((r) => r.basis === undefined)
  const firstUnstated = unstated[0]
  if (firstUnstated) {
    const basis = detectBasis(contextText, ctx.language)
    for (const r of unstated) r.basis = basis ?? 'gross'
    if (!basis) report('Unexpected amounts without bruto/netto, expected the table or text to say gross or net; imported as gross', firstUnstated.node, 'info')
  }
  const fallbackCurrency = detectCurrency(contextText, dollar)
  for (const r of read.filter((figure) => figure.currency === undefined)) {
    r.currency = fallbackCurrency
    if (!fallbackCurrency) report(`Unexpected amount ${quoteText(r.amount.raw)} without currency, expected €, $ or £; left out`, r.node, 'warning')
  }

  // A level's basis and currency are what most of its figures say: a net aside beside a gross table does not make the level net.
  const kindOf = (r: (typeof read)[number]) => `${r.basis}|${r.currency}`
  const counts = new Map<string, Map<string, number>>()
  for (const r of read) {
    const slug = slugify(r.level.name)
    const perKind = counts.get(slug) ?? new Map<string, number>()
    perKind.set(kindOf(r), (perKind.get(kindOf(r)) ?? 0) + 1)
    counts.set(slug, perKind)
  }
  const majority = (r: (typeof read)[number]) => [...(counts.get(slugify(r.level.name)) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0]
  const minorityLast = (r: (typeof read)[number]) => Number(kindOf(r) !== majority(r))
  const tiers: TierDraft[] = []
  const bySlug = new Map<string, TierDraft>()
  for (const r of [...read].sort((a, b) => minorityLast(a) - minorityLast(b))) {
    if (r.currency === undefined || r.basis === undefined || r.period === undefined) continue
    const levelSlug = slugify(r.level.name)
    const docId = `salaryTier.${ctx.slug}.${levelSlug}`
    if (levelSlug === '') {
      report(`Unexpected level ${quoteText(r.level.name)} without letters or digits, expected a level name; left out`, r.level.node, 'warning')
      continue
    }
    let tier = bySlug.get(levelSlug)
    if (tier && tier.node !== r.level.node && tier.level !== r.level.name) {
      report(`Unexpected level ${quoteText(r.level.name)} with the same slug as ${quoteText(tier.level)}, expected distinct level names; left out`, r.level.node, 'warning', docId)
      continue
    }
    if (!tier) {
      if (tiers.length === maxTierRows) {
        report(`Unexpected salary level ${quoteText(r.level.name)} after ${maxTierRows} levels, expected at most ${maxTierRows}; left out, kept in body only`, r.level.node, 'warning')
        continue
      }
      tier = { level: r.level.name, levelSlug, rank: tiers.length + 1, amounts: [], currency: r.currency, basis: r.basis, ...(hoursPerWeek ? { hoursPerWeek } : {}), node: r.level.node }
      tiers.push(tier)
      bySlug.set(levelSlug, tier)
    }
    if (r.currency !== tier.currency || r.basis !== tier.basis) {
      report(
        `Unexpected ${r.basis} amount in ${r.currency} for ${quoteText(tier.level, { quotes: false })}, expected ${tier.basis} amounts in ${tier.currency} like the rest of the level; left out`,
        r.node,
        'warning',
        docId,
      )
      continue
    }
    const period = r.period
    if (!isModelPeriod(period)) continue
    // Medians and percentiles make a median tier; a level given as both averages and medians keeps what came first.
    const statistic = r.percentile !== undefined || r.statistic === 'median' ? 'median' : 'average'
    const tierStatistic = tier.statistic ?? (tier.amounts.length > 0 ? 'average' : undefined)
    if (tierStatistic !== undefined && tierStatistic !== statistic) {
      report(`Unexpected ${statistic} ${quoteText(r.amount.raw)} for ${quoteText(tier.level, { quotes: false })}, expected ${tierStatistic === 'median' ? 'medians' : 'averages'} like the rest of the level; kept in body only`, r.node, 'info', docId)
      continue
    }
    if (statistic === 'median') tier.statistic = 'median'
    let amount = tier.amounts.find((a) => a.period === period)
    if (r.percentile !== undefined) {
      const key = percentileKeys[r.percentile]
      const value = r.amount.value
      if (value === undefined) continue
      if (!amount) {
        amount = { period, node: r.node }
        tier.amounts.push(amount)
      }
      if (amount[key] !== undefined && amount[key] !== value)
        report(`Unexpected second ${r.percentile}th percentile per ${period} for ${quoteText(tier.level, { quotes: false })} (${quoteText(r.amount.raw)}), expected one per period; kept in body only`, r.node, 'info', docId)
      else amount[key] = value
      continue
    }
    if (amount && (amount.value !== undefined || amount.minValue !== undefined || amount.maxValue !== undefined)) {
      if (!sameAmount(amount, r.amount))
        report(`Unexpected second amount per ${period} for ${quoteText(tier.level, { quotes: false })} (${quoteText(r.amount.raw)}), expected one amount per period; kept in body only`, r.node, 'info', docId)
      continue
    }
    const { value, minValue, maxValue } = r.amount
    const numbers = { ...(value !== undefined ? { value } : {}), ...(minValue !== undefined ? { minValue } : {}), ...(maxValue !== undefined ? { maxValue } : {}) }
    if (amount) Object.assign(amount, numbers, { node: r.node })
    else tier.amounts.push({ period, ...numbers, node: r.node })
  }
  const candidates = tiers.filter((tier) => tier.amounts.length > 0)
  const checked = dropRefusedTiers(
    candidates.map((tier) => ({ ...tier, _id: `salaryTier.${ctx.slug}.${tier.levelSlug}` })),
    (tier, violation) =>
      report(
        `Unexpected salary level ${quoteText(tier.level)} that the export would refuse (${formatViolation(violation, 'en')}), expected amounts that pass its rules; left out, kept in body only`,
        tier.node,
        'warning',
        tier._id,
      ),
  )
  return checked.map(({ _id, ...tier }) => tier)
}
