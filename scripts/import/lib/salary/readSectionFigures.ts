import { detectStatistic } from '../amounts/detectStatistic.ts'
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast'
import type { StatedPeriod } from '../amounts/statedPeriods.ts'
import { quoteText } from '../../../core/messages/quoteText.ts'
import type { ArticleContext } from '../articleContext.ts'
import { detectBasis } from '../detectBasis.ts'
import { detectPeriod } from '../detectPeriod.ts'
import { findAmounts } from '../findAmounts.ts'
import { plainText } from '../plainText.ts'
import type { MessageLevel } from '../reportMessage.ts'
import { cleanLevelName } from './cleanLevelName.ts'
import type { Figure, FigureLevel } from './figure.ts'
import { figureSubject, headingSubject, type FigureSubject } from './figureSubject.ts'
import { isLevelLabel } from './levelTerms.ts'
import { readProseFigures, type ProseBlock } from './readProseFigures.ts'
import { readTable } from '../tables/readTable.ts'
import { jobNames } from '../tables/jobNames.ts'
import type { SalarySection } from './salarySections.ts'
import { splitLabel } from './splitLabel.ts'

/** Reports a message about a node of a salary section. */
export type SalaryReport = (reason: string, node: Nodes, level: MessageLevel, docId?: string) => void

const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const
// A label that names pay in general, not a level or another subject: "Gemiddeld", "Hourly rate", "Weekly pay".
const payLabel = /salaris|loon|gemiddeld|mediaan|inkomen|verdien|salary|pay\b|wage|average|median|earnings|income|rate\b|tarief/iu

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

/**
 * Reads the figures of one salary section's own content, block by block: tables, lists of
 * "Level: amount" items, a level line with its amount in the next paragraph, paragraphs that
 * start with a label, and running text; an intro line ending in ":" ("Salaris per regio:") puts
 * the list or table after it on its subject. Labels that name no level, no other subject and no
 * pay in general (a town?) are reported and their amounts left out.
 * @param entry the section with what it says about its amounts
 * @param ctx the article
 * @param dollar the currency a bare `$` stands for
 * @param report where messages go
 * @returns the figures, in document order
 */
export function readSectionFigures(entry: SalarySection, ctx: ArticleContext, dollar: string, report: SalaryReport): Figure[] {
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
      figures.push(...readTable(node, { context: subjectBefore ? { ...context, subject: subjectBefore } : context, labels: { language: ctx.language, dollar, jobNames: jobNames(ctx.title, ctx.language) }, report }))
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
  function readLabelled(node: Paragraph | ListItem, source: Nodes, subject: FigureSubject | undefined, previousPeriod?: StatedPeriod, ladder = false): Figure[] | false {
    const labelled = splitLabel(node)
    if (labelled && findAmounts(labelled.rest, ctx.language, { requireCurrency: true, dollar }).amounts.length > 0) {
      const named = labelSays(labelled.label, node)
      // In a list whose other labels are levels, a label of its own ("Praktijkondersteuner") is the next rung.
      const says = !named.known && ladder ? { level: { name: cleanLevelName(labelled.label), node }, known: true } : named
      if (!says.known && !subject && !context.subject && !context.level) return false
      return prose({
        text: labelled.rest,
        node,
        source,
        level: says.level,
        subject: says.subject ?? subject,
        period: detectPeriod(labelled.label),
        statistic: detectStatistic(labelled.label),
        basis: detectBasis(labelled.label, ctx.language),
        previousPeriod,
      })
    }
    return prose({ text: plainText(node), node, source, subject, previousPeriod })
  }

  function readList(list: List, subject: FigureSubject | undefined) {
    const unknown: string[] = []
    let previousPeriod: StatedPeriod | undefined
    const levels = list.children.filter((item) => {
      const label = splitLabel(item)?.label
      return label !== undefined && isLevelLabel(label)
    })
    const ladder = !subject && levels.length >= 2
    for (const item of list.children) {
      const found = readLabelled(item, list, subject, previousPeriod, ladder)
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
