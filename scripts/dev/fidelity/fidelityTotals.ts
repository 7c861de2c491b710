import type { ArticleScore } from './scoreArticle.ts'

/** The totals over all articles. */
export interface FidelityTotals {
  right: number
  facts: number
  /** right / facts, 0–1. */
  score: number
  tiers: { expected: number; actual: number; right: number }
  netAsGross: number
  refusedWithoutReport: number
}

/**
 * Adds up article scores.
 * @param scores the scores
 * @returns the totals
 */
export function fidelityTotals(scores: ReadonlyArray<ArticleScore>): FidelityTotals {
  const right = scores.reduce((n, s) => n + s.facts.filter((f) => f.ok).length, 0)
  const facts = scores.reduce((n, s) => n + s.facts.length, 0)
  const tiers = { expected: 0, actual: 0, right: 0 }
  for (const s of scores) {
    tiers.expected += s.tiers.expected
    tiers.actual += s.tiers.actual
    tiers.right += s.tiers.right
  }
  return {
    right,
    facts,
    score: facts === 0 ? 0 : right / facts,
    tiers,
    netAsGross: scores.reduce((n, s) => n + s.netAsGross.length, 0),
    refusedWithoutReport: scores.reduce((n, s) => n + s.refusedWithoutReport.length, 0),
  }
}
