import type { Nodes } from 'mdast'
import { slugify } from '../../../core/slugify.ts'
import type { Figure } from './figure.ts'
import { sameAmount } from './sameAmount.ts'

/**
 * Finds the sources (tables, lists, paragraphs, groups of level headings) that give a level a
 * different amount in the same period than another source does: two ladders, of which neither is
 * the job's own (pay at hotels and at restaurants, say).
 * @param figures the figures with a level
 * @returns each competing source with the levels it prices differently
 */
export function competingSources(figures: ReadonlyArray<Figure>): Map<Nodes, string[]> {
  const first = new Map<string, Figure>()
  const out = new Map<Nodes, string[]>()
  const add = (source: Nodes, level: string) => {
    const levels = out.get(source) ?? []
    if (!levels.includes(level)) levels.push(level)
    out.set(source, levels)
  }
  for (const figure of figures) {
    if (!figure.level || !figure.period) continue
    const key = `${slugify(figure.level.name)}|${figure.period}|${figure.percentile ?? figure.statistic ?? ''}`
    const seen = first.get(key)
    if (!seen) first.set(key, figure)
    else if (seen.source !== figure.source && !sameAmount(seen.amount, figure.amount)) {
      add(seen.source, seen.level?.name ?? '')
      add(figure.source, figure.level.name)
    }
  }
  return out
}
