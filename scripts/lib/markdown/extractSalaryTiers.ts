import { quoteText } from '../validate/quoteText.ts'
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast'
import type { SalaryBasis, SalaryPeriod } from '../rules/constants.ts'
import { slugify } from '../rules/slugify.ts'
import { formatViolation } from '../rules/violation.ts'
import type { ArticleContext } from './articleContext.ts'
import { detectBasis } from './detectBasis.ts'
import { detectCurrency } from './detectCurrency.ts'
import { detectHoursPerWeek } from './detectHoursPerWeek.ts'
import { detectPeriod } from './detectPeriod.ts'
import { findAmounts } from './findAmounts.ts'
import { plainText } from './plainText.ts'
import { reportMessage, type MessageLevel } from './reportMessage.ts'
import { cleanLevelName } from './salary/cleanLevelName.ts'
import { dollarOf } from './salary/dollarOf.ts'
import { dropRefusedTiers } from './salary/dropRefusedTiers.ts'
import type { Figure, FigureContext, FigureLevel } from './salary/figure.ts'
import { figureSubject, headingSubject, subjectNames, type FigureSubject } from './salary/figureSubject.ts'
import { isLevelLabel } from './salary/levelTerms.ts'
import { readProseFigures, type ProseBlock } from './salary/readProseFigures.ts'
import { readTableFigures } from './salary/readTableFigures.ts'
import { splitLabel } from './salary/splitLabel.ts'
import type { Section } from './splitSections.ts'

/** One amount of a tier, before it becomes a `salaryAmount`. */
export interface AmountDraft {
  period: SalaryPeriod
  value?: number
  minValue?: number
  maxValue?: number
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
  hoursPerWeek?: number
  /** The table row, list item, heading or paragraph that names the level. */
  node: Nodes
}

const generalLevel = { nl: 'Alle niveaus', en: 'All levels' } as const
const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const
// A label that names pay in general, not a level or another subject: "Gemiddeld", "Hourly rate", "Weekly pay".
const payLabel = /salaris|loon|gemiddeld|mediaan|inkomen|verdien|salary|pay\b|wage|average|median|earnings|income|rate\b|tarief/iu
const maxTierRows = 30
const yearlyFrom = 12_000

interface SalarySection {
  section: Section
  parent: SalarySection | undefined
  context: FigureContext
}

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
  for (const entry of salary) figures.push(...readSection(entry, ctx, dollar, report))

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
  const dated = usable.filter((figure) => figure.period !== undefined)

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

  const tiers: TierDraft[] = []
  const bySlug = new Map<string, TierDraft>()
  for (const r of read) {
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
    const existing = tier.amounts.find((a) => a.period === period)
    if (existing) {
      if (!sameAmount(existing, r.amount))
        report(`Unexpected second amount per ${period} for ${quoteText(tier.level, { quotes: false })} (${quoteText(r.amount.raw)}), expected one amount per period; kept in body only`, r.node, 'info', docId)
      continue
    }
    const { value, minValue, maxValue } = r.amount
    tier.amounts.push({
      period,
      ...(value !== undefined ? { value } : {}),
      ...(minValue !== undefined ? { minValue } : {}),
      ...(maxValue !== undefined ? { maxValue } : {}),
      node: r.node,
    })
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

const sameAmount = (a: { value?: number | undefined; minValue?: number | undefined; maxValue?: number | undefined }, b: typeof a) =>
  a.value === b.value && a.minValue === b.minValue && a.maxValue === b.maxValue

/** The salary sections at any depth, in document order, each with its parent salary section and what its heading and text say. */
function salarySections(sections: ReadonlyArray<Section>, ctx: ArticleContext, dollar: string): SalarySection[] {
  const out: SalarySection[] = []
  const visit = (section: Section, parent: SalarySection | undefined) => {
    let entry: SalarySection | undefined
    if (section.kind === 'salary') {
      // What the section says about all its amounts is in its sentences without an amount ("De bedragen zijn bruto per maand").
      const own = sentencesWithoutAmounts(plainText(section.nodes.filter((node) => node.type !== 'table')), ctx, dollar)
      const subject = headingSubject(section.title, ctx.language) ?? parent?.context.subject
      const levelHeading = parent && !subject && isLevelLabel(section.title) ? { name: cleanLevelName(section.title), node: section.heading } : undefined
      entry = {
        section,
        parent,
        context: {
          period: detectPeriod(section.title) ?? detectPeriod(own) ?? parent?.context.period,
          basis: detectBasis(section.title, ctx.language) ?? detectBasis(own, ctx.language) ?? parent?.context.basis,
          currency: detectCurrency(`${section.title} ${own}`, dollar) ?? parent?.context.currency,
          subject,
          level: levelHeading ?? parent?.context.level,
          levelSource: levelHeading ? parent?.section.heading : parent?.context.levelSource,
        },
      }
      out.push(entry)
    }
    for (const child of section.children) visit(child, entry)
  }
  for (const section of sections) visit(section, undefined)
  return out
}

type Report = (reason: string, node: Nodes, level: MessageLevel, docId?: string) => void

const sentenceEnds = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})/gu

/** The sentences of a text that hold no amount. */
function sentencesWithoutAmounts(text: string, ctx: ArticleContext, dollar: string): string {
  const starts = [0, ...[...text.matchAll(sentenceEnds)].map((m) => m.index + 1), text.length]
  const out: string[] = []
  for (let i = 0; i + 1 < starts.length; i++) {
    const sentence = text.slice(starts[i], starts[i + 1])
    if (findAmounts(sentence, ctx.language, { requireCurrency: true, dollar }).amounts.length === 0) out.push(sentence)
  }
  return out.join(' ')
}

/** A paragraph that is only a short label: bold or italic text, or a few words without an amount or a full stop. */
function labelLine(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const text = plainText(node)
  if (text === '' || /[€$£]/u.test(text)) return undefined
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const emphasised = parts.length > 0 && parts.every((child) => child.type === 'strong' || child.type === 'emphasis')
  if (emphasised || (text.split(/\s+/u).length <= 6 && !/[.!?:;]$/u.test(text))) return text.replace(/[:–—-]\s*$/u, '').trim()
  return undefined
}

const hasAmount = (node: RootContent, ctx: ArticleContext, dollar: string) =>
  findAmounts(plainText(node), ctx.language, { requireCurrency: true, dollar }).amounts.length > 0

/** Reads the figures of one salary section's own content. */
function readSection(entry: SalarySection, ctx: ArticleContext, dollar: string, report: Report): Figure[] {
  const { context } = entry
  const nodes = entry.section.nodes
  const figures: Figure[] = []
  const prose = (block: ProseBlock): Figure[] => {
    const { figures: found, bad } = readProseFigures(block, context, ctx.language, dollar)
    for (const b of bad) report(`Unexpected amount ${quoteText(b.raw)}, expected an amount such as ${amountExample[ctx.language]}; left out`, block.node, 'warning')
    figures.push(...found)
    return found
  }
  const lastPeriod = (found: ReadonlyArray<Figure>) => found.filter((f) => !f.subject && f.period).at(-1)?.period
  // What a labelled block's label says: a level, another subject, pay in general, or nothing known.
  const labelSays = (label: string, node: Nodes): { level?: FigureLevel; subject?: FigureSubject; known: boolean } => {
    const subject = headingSubject(label, ctx.language) ?? figureSubject(label, ctx.language)
    if (subject) return { subject, known: true }
    if (isLevelLabel(label)) return { level: { name: cleanLevelName(label), node }, known: true }
    return { known: payLabel.test(label) }
  }
  let introSubject: FigureSubject | undefined
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if (!node) continue
    const subjectBefore = introSubject
    introSubject = undefined
    if (node.type === 'table') {
      figures.push(...readTableFigures(node, { context: subjectBefore ? { ...context, subject: subjectBefore } : context, language: ctx.language, dollar, report }))
      continue
    }
    if (node.type === 'list') {
      readList(node, subjectBefore)
      continue
    }
    if (node.type !== 'paragraph') continue
    const text = plainText(node)
    // "Salaris per regio:" introduces the list or table after it.
    if (text.endsWith(':') && !hasAmount(node, ctx, dollar)) {
      introSubject = headingSubject(text, ctx.language)
      continue
    }
    // A level line with its amount in the next paragraph.
    const label = labelLine(node)
    const next = nodes[i + 1]
    if (label !== undefined && next?.type === 'paragraph' && hasAmount(next, ctx, dollar)) {
      const says = labelSays(label, node)
      if (says.level || says.subject) {
        prose({ text: plainText(next), node: next, source: node, level: says.level, subject: says.subject })
        i++
        continue
      }
    }
    if (readLabelled(node, node, undefined) === false)
      report(`Unexpected paragraph ${quoteText(splitLabel(node)?.label ?? text)} in the salary section, expected a level (junior, senior, 0–2 jaar ervaring) or pay in general before the amount; kept in body only`, node, 'warning')
  }
  return figures

  /** Reads a paragraph or list item that may start with a label; false when the label is unknown (a place?) and nothing was read. */
  function readLabelled(node: Paragraph | ListItem, source: Nodes, subject: FigureSubject | undefined, previousPeriod?: SalaryPeriod): Figure[] | false {
    const labelled = splitLabel(node)
    if (labelled && findAmounts(labelled.rest, ctx.language, { requireCurrency: true, dollar }).amounts.length > 0) {
      const says = labelSays(labelled.label, node)
      if (!says.known && !subject && !context.subject && !context.level) return false
      return prose({
        text: labelled.rest,
        node,
        source,
        level: says.level,
        subject: says.subject ?? subject,
        period: detectPeriod(labelled.label),
        basis: detectBasis(labelled.label, ctx.language),
        previousPeriod,
      })
    }
    return prose({ text: plainText(node), node, source, subject, previousPeriod })
  }

  function readList(list: List, subject: FigureSubject | undefined) {
    const unknown: string[] = []
    let previousPeriod: SalaryPeriod | undefined
    for (const item of list.children) {
      const found = readLabelled(item, list, subject, previousPeriod)
      if (found === false) unknown.push(splitLabel(item)?.label ?? plainText(item))
      else previousPeriod = lastPeriod(found) ?? previousPeriod
    }
    if (unknown.length > 0)
      report(
        `Unexpected list items ${unknown.map((label) => quoteText(label)).join(', ')} in the salary section, expected levels (junior, senior, 0–2 jaar ervaring) or pay in general; kept in body only`,
        list,
        'warning',
      )
  }
}

/** The sources whose levels another source prices differently in the same period, with those levels. */
function competingSources(figures: ReadonlyArray<Figure>): Map<Nodes, string[]> {
  const first = new Map<string, Figure>()
  const out = new Map<Nodes, string[]>()
  const add = (source: Nodes, level: string) => {
    const levels = out.get(source) ?? []
    if (!levels.includes(level)) levels.push(level)
    out.set(source, levels)
  }
  for (const figure of figures) {
    if (!figure.level || !figure.period) continue
    const key = `${slugify(figure.level.name)}|${figure.period}`
    const seen = first.get(key)
    if (!seen) first.set(key, figure)
    else if (seen.source !== figure.source && !sameAmount(seen.amount, figure.amount)) {
      add(seen.source, seen.level?.name ?? '')
      add(figure.source, figure.level.name)
    }
  }
  return out
}
