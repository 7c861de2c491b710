import fc from 'fast-check'
import { VFile } from 'vfile'
import { recipeArbitrary } from '../../../tests/support/fuzz/recipe.ts'
import { dimensions, writeArticle, type Dimension } from '../../../tests/support/fuzz/writeArticle.ts'
import { factKind, type FactKind } from './factKind.ts'
import { measureArticle } from './measureArticle.ts'
import type { FactResult } from './scoreArticle.ts'

/** The facts of each dimension's score: the layout of FAQs only decides FAQ facts, and so on. */
const dimensionFacts: Record<Dimension, ReadonlyArray<FactKind>> = {
  locale: ['title', 'faq', 'tiers', 'not a tier'],
  money: ['tiers', 'not a tier'],
  title: ['title'],
  'faq markup': ['faq'],
  'faq heading': ['faq'],
  'tier layout': ['tiers', 'not a tier'],
  'table markup': ['tiers', 'not a tier'],
  period: ['tiers'],
  statistic: ['tiers'],
  basis: ['tiers'],
  distractor: ['title', 'faq', 'tiers', 'not a tier'],
}

/** The score of one value of one dimension. */
export interface DimensionScore {
  dimension: Dimension
  value: string
  articles: number
  right: number
  facts: number
}

/** An article that came out wrong: its recipe seed and the facts that were wrong. */
export interface FuzzedMiss {
  index: number
  layout: Record<Dimension, string[]>
  wrong: FactResult[]
  markdown: string
}

/** What measureFuzzed returns. */
export interface FuzzedFidelity {
  articles: number
  right: number
  facts: number
  netAsGross: number
  refusedWithoutReport: number
  dimensions: DimensionScore[]
  misses: FuzzedMiss[]
}

/**
 * Writes `count` articles with the layout fuzzer (tests/support/fuzz) from a seed, imports and
 * exports each as `npm run fidelity` does the fixtures, and adds up the facts per value of each
 * layout dimension (which FAQ markup, which tier layout, which period …), each dimension over the
 * facts its layout decides.
 * @param count how many articles
 * @param seed the seed: the same seed gives the same articles
 * @returns the totals, the score per dimension value, and the articles with wrong facts
 */
export async function measureFuzzed(count: number, seed: number): Promise<FuzzedFidelity> {
  const out: FuzzedFidelity = { articles: 0, right: 0, facts: 0, netAsGross: 0, refusedWithoutReport: 0, dimensions: [], misses: [] }
  const byKey = new Map<string, DimensionScore>()
  const recipes = count > 0 ? fc.sample(recipeArbitrary, { seed, numRuns: count }) : []
  for (const [index, recipe] of recipes.entries()) {
    const article = writeArticle(recipe)
    const score = await measureArticle(new VFile({ path: `fuzzed-${index}.md`, value: article.markdown }), article.expected)
    out.articles++
    out.right += score.facts.filter((f) => f.ok).length
    out.facts += score.facts.length
    out.netAsGross += score.netAsGross.length
    out.refusedWithoutReport += score.refusedWithoutReport.length
    const wrong = score.facts.filter((f) => !f.ok)
    if (wrong.length > 0 || score.netAsGross.length > 0 || score.refusedWithoutReport.length > 0) out.misses.push({ index, layout: article.layout, wrong, markdown: article.markdown })
    for (const dimension of dimensions) {
      const facts = score.facts.filter((f) => dimensionFacts[dimension].includes(factKind(f.fact)))
      for (const value of article.layout[dimension]) {
        const key = `${dimension}\u0000${value}`
        const entry = byKey.get(key) ?? { dimension, value, articles: 0, right: 0, facts: 0 }
        entry.articles++
        entry.facts += facts.length
        entry.right += facts.filter((f) => f.ok).length
        byKey.set(key, entry)
      }
    }
  }
  out.dimensions = [...byKey.values()].sort((a, b) => dimensions.indexOf(a.dimension) - dimensions.indexOf(b.dimension) || a.value.localeCompare(b.value))
  return out
}
