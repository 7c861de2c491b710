import type { StatedStatistic } from '../amounts/detectStatistic.ts'
import type { Nodes } from 'mdast'
import type { Language, SalaryBasis } from '../../../core/constants.ts'
import { plausibleRange, type StatedPeriod } from '../amounts/statedPeriods.ts'
import { findAmounts, type BadAmount, type FoundAmount } from '../findAmounts.ts'
import type { Figure, FigureContext, FigureLevel } from './figure.ts'
import { figureSubject, namesPlace, type FigureSubject } from './figureSubject.ts'
import { findLevelTerm, type LevelTerm } from './levelTerms.ts'
import { percentiles, type Percentile } from '../tables/labelMeaning.ts'

/** How one block of running text is read. */
export interface ProseBlock {
  text: string
  /** Where messages point. */
  node: Nodes
  /** What a level found in the text belongs to, for telling competing ladders apart. */
  source: Nodes
  /** A level the block's structure gives (a label before the text): it beats words in the text. */
  level?: FigureLevel | undefined
  /** A subject the block's structure gives (a label such as "Bonus"). */
  subject?: FigureSubject | undefined
  /** A period the block's structure gives (a label such as "Weekly pay"). */
  period?: StatedPeriod | undefined
  /** A median or an average the block's label names ("Median base pay: …"). */
  statistic?: StatedStatistic | undefined
  basis?: SalaryBasis | undefined
  /** The period of the last amount before this block in the same list, for amounts that name none. */
  previousPeriod?: StatedPeriod | undefined
}

// A sentence ends at . ! ? before a space and a capital, but not at the dot of "p.a." or "ca.".
const sentenceEnds = /(?<!\b(?:\p{L}\.\p{L}|ca|bijv|incl|excl|approx|resp|nr|vs))[.!?](?=[\s\u00a0]+\p{Lu})/gu
// What may follow an amount before a level named right after it ("£28,400 Starter"): period and basis words.
const amountTail = /^(?:[\s\u00a0]*(?:bruto|netto|gross|net|before\s+tax|per\s+\p{L}+|an?\s+(?:hour|day|week|month|year)|annually|yearly|monthly|hourly|p\.a\.|p\/[umj]\b|\/\s?\p{L}+))*[\s\u00a0]*/iu
// The end of the text before an amount that makes it a bound rather than the amount itself.
// "loopt op tot", "stijgt tot", "goes up to" say what the pay reaches: the amount itself, no bound.
const upperBound = /(?:(?<!\b(?:op|stijgt|stijgen|groeit|groeien)\s+)\btot(?:\s+wel)?|(?<!\b(?:goes|go|going|rises?|climbs?|moves?)\s+)\bup\s+to|\bmaximaal|\bmax\.?|\bat\s+most|\bless\s+than|\bminder\s+dan|\bunder|\bhooguit)[\s\u00a0]*$/iu
const lowerBound = /(?:\bvanaf|\bfrom|\bstarting\s+(?:at|from)|\bminimaal|\bat\s+least|\bmore\s+than|\bmeer\s+dan|\bover|\bruim|\bin\s+excess\s+of)[\s\u00a0]*$/iu

// "the lowest 10 percent", "de best betaalde 10 procent", "the 90th percentile": which percentile a figure is.
const lowestShare = /\b(?:lowest|bottom|lowest[-\s]paid|laagste|onderste|slechtst\s+betaalde|laagst\s+betaalde)\s+(10|25)\s*(?:%|percent|procent)/iu
const highestShare = /\b(?:highest|top|highest[-\s]paid|best[-\s]paid|hoogste|bovenste|best\s+betaalde|hoogst\s+betaalde)\s+(10|25)\s*(?:%|percent|procent)/iu
const namedPercentile = /\b(10|25|75|90)(?:th|e|ste|de)\s+(?:percentile|percentiel)\b/iu

/** The percentile a clause says its figure is, when it is one the model holds. */
function statedPercentile(clause: string): Percentile | undefined {
  const low = lowestShare.exec(clause)?.[1]
  const high = highestShare.exec(clause)?.[1]
  const named = namedPercentile.exec(clause)?.[1]
  const n = named !== undefined ? Number(named) : low !== undefined ? Number(low) : high !== undefined ? 100 - Number(high) : undefined
  return percentiles.find((p) => p === n)
}

/** Whether every number of an amount is plausible for a period (core/constants.ts). */
function fits(amount: FoundAmount, period: StatedPeriod): boolean {
  const { min, max } = plausibleRange(period)
  return [amount.value, amount.minValue, amount.maxValue].every((n) => n === undefined || (n >= min && n <= max))
}

/** The start of the sentence an offset is in. */
function sentenceStart(starts: ReadonlyArray<number>, offset: number): number {
  let start = 0
  for (const s of starts) if (s <= offset) start = s
  return start
}

/** A single amount that the words before it make a minimum or a maximum. */
function bounded(amount: FoundAmount, before: string): FoundAmount {
  if (amount.value === undefined) return amount
  const { value, ...rest } = amount
  if (upperBound.test(before)) return { ...rest, maxValue: value }
  if (lowerBound.test(before)) return { ...rest, minValue: value }
  return amount
}

/**
 * Reads the amounts in running text with what each one's clause says: the level it names (a
 * career stage in the words before it, or right after it: "£28,400 Starter"), whether it is about
 * another subject (a freelance rate, an allowance, the market's bounds, someone's own pay), and
 * whether "tot", "up to" or "vanaf" make it a bound.
 * @param block the text, where it is, and what its structure already says
 * @param context what the section around it says
 * @param language how the text writes numbers and names levels
 * @param dollar the currency a bare `$` stands for
 * @returns the figures, in the order of the text, and the number-like strings that could not be read
 */
export function readProseFigures(block: ProseBlock, context: FigureContext, language: Language, dollar: string): { figures: Figure[]; bad: BadAmount[] } {
  const { text } = block
  const { amounts, bad } = findAmounts(text, language, { requireCurrency: true, dollar })
  const starts = [0, ...[...text.matchAll(sentenceEnds)].map((m) => m.index + 1)]
  const figures: Figure[] = []
  let consumed = 0
  let sentenceLevel: { term: LevelTerm; sentence: number } | undefined
  let previous = block.previousPeriod
  amounts.forEach((amount, i) => {
    const next = amounts[i + 1]
    const from = Math.max(consumed, sentenceStart(starts, amount.start))
    const before = text.slice(from, amount.start)
    const sentenceAfter = starts.find((s) => s > amount.end) ?? text.length
    const after = text.slice(amount.end, Math.min(next?.start ?? text.length, sentenceAfter))
    // A level named right after the amount belongs to it, and not to the next one.
    const tail = amountTail.exec(after)?.[0] ?? ''
    const trailing = findLevelTerm(after.slice(tail.length), language)
    const trailingLevel = trailing && trailing.index === 0 && trailing.strength === 'named' ? trailing : undefined
    consumed = trailingLevel ? amount.end + tail.length + trailingLevel.index + trailingLevel.length : amount.end
    // The clause after an amount ends at the first comma or semicolon: what follows is about the next one.
    const ownAfter = after.split(/[,;]/u)[0] ?? ''
    // A level named earlier in the same sentence goes on for its other amounts ("a junior earns X a month or Y a week").
    const sentence = sentenceStart(starts, amount.start)
    const named = trailingLevel ?? findLevelTerm(before, language)
    if (named) sentenceLevel = { term: named, sentence }
    else if (sentenceLevel && sentenceLevel.sentence !== sentence) sentenceLevel = undefined
    const term = named ?? sentenceLevel?.term
    // The structure (a label, a heading) names the level before the words in the text do.
    const own = block.level ?? (context.level ? undefined : term ? { name: term.name, node: block.node } : undefined)
    const subject = figureSubject(`${before} ${ownAfter}`, language) ?? (namesPlace(before) ? 'place' : undefined) ?? block.subject ?? context.subject
    const read = bounded(amount, before)
    // An amount that names no period has the one of the amount before it ("€ 2.400 per maand … naar € 2.850"), when that fits its size.
    const inherited = previous && fits(read, previous) ? previous : undefined
    const period = amount.period ?? block.period ?? inherited ?? context.period
    if (!subject && period) previous = period
    const statistic = amount.statistic ?? block.statistic ?? context.statistic
    const percentile = statedPercentile(`${before} ${ownAfter}`)
    figures.push({
      amount: read,
      period,
      currency: amount.currency ?? context.currency,
      basis: amount.basis ?? block.basis ?? context.basis,
      level: own ?? context.level,
      subject,
      node: block.node,
      source: own ? block.source : (context.levelSource ?? block.source),
      ...(statistic ? { statistic } : {}),
      ...(percentile ? { percentile } : {}),
    })
  })
  return { figures, bad }
}
