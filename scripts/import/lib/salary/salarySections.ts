import { jobNames } from '../tables/jobNames.ts'
import type { Language } from '../../../core/constants.ts'
import type { ArticleContext } from '../articleContext.ts'
import { detectBasis } from '../detectBasis.ts'
import { detectCurrency } from '../detectCurrency.ts'
import { detectStatistic } from '../amounts/detectStatistic.ts'
import { detectPeriod } from '../detectPeriod.ts'
import { findAmounts } from '../findAmounts.ts'
import { plainText } from '../plainText.ts'
import type { Section } from '../splitSections.ts'
import { cleanLevelName } from './cleanLevelName.ts'
import type { FigureContext } from './figure.ts'
import { headingSubject } from './figureSubject.ts'
import { isLevelLabel } from './levelTerms.ts'

/** A salary section with its parent salary section and what its heading and text say about its amounts. */
export interface SalarySection {
  section: Section
  parent: SalarySection | undefined
  context: FigureContext
}

const sentenceEnds = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})/gu

/** The sentences of a text that hold no amount. */
function sentencesWithoutAmounts(text: string, language: Language, dollar: string): string {
  const starts = [0, ...[...text.matchAll(sentenceEnds)].map((m) => m.index + 1), text.length]
  const out: string[] = []
  for (let i = 0; i + 1 < starts.length; i++) {
    const sentence = text.slice(starts[i], starts[i + 1])
    if (findAmounts(sentence, language, { requireCurrency: true, dollar }).amounts.length === 0) out.push(sentence)
  }
  return out.join(' ')
}

/** Whether a label names the article's own job, in any of its forms ("Assistant quantity surveyor"). */
function namesJob(label: string, ctx: ArticleContext): boolean {
  const lower = label.toLowerCase()
  return jobNames(ctx.title, ctx.language).some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower))
}

/**
 * Finds the salary sections at any depth, in document order, each with its parent salary section
 * and what its heading and its sentences without an amount say about the amounts in it (period,
 * basis, currency), whether its heading puts it on another subject ("Salaris per regio"), and
 * whether its heading names a level ("### Senior" under a salary heading).
 * @param sections the article's top-level sections
 * @param ctx the article
 * @param dollar the currency a bare `$` stands for
 * @returns the salary sections
 */
export function salarySections(sections: ReadonlyArray<Section>, ctx: ArticleContext, dollar: string): SalarySection[] {
  const out: SalarySection[] = []
  const visit = (section: Section, parent: SalarySection | undefined, parentSection: Section | undefined) => {
    let entry: SalarySection | undefined
    if (section.kind === 'salary') {
      // What the section says about all its amounts is in its sentences without an amount ("De bedragen zijn bruto per maand").
      // Block by block: an intro line ending in ":" is a sentence of its own, not the start of the list or table after it.
      const own = section.nodes
        .filter((node) => node.type !== 'table')
        .map((node) => sentencesWithoutAmounts(plainText(node), ctx.language, dollar))
        .filter((text) => text !== '')
        .join(' ')
      const subject = headingSubject(section.title, ctx.language) ?? parent?.context.subject
      // A heading that names the job itself ("Quantity surveyor", "Assistant quantity surveyor") is a rung of the ladder its sibling levels make.
      const ladder = parentSection !== undefined && parentSection.children.some((sibling) => sibling !== section && isLevelLabel(sibling.title))
      const isLevel = isLevelLabel(section.title) || (ladder && namesJob(section.title, ctx))
      const levelHeading = parent && !subject && isLevel ? { name: cleanLevelName(section.title), node: section.heading } : undefined
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
          statistic: detectStatistic(section.title) ?? detectStatistic(own) ?? parent?.context.statistic,
        },
      }
      out.push(entry)
    }
    for (const child of section.children) visit(child, entry, section)
  }
  for (const section of sections) visit(section, undefined, undefined)
  return out
}
