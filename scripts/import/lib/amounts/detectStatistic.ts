/** What an amount is, when the words beside it say: the median of a survey, or an average. */
export type StatedStatistic = 'median' | 'average'

const statisticWords: ReadonlyArray<[StatedStatistic, RegExp]> = [
  ['median', /\bmedia(?:an|ne)\b|\bmedian\b|\bP50\b|\b50(?:e|ste)\s+percentiel\b|\b50th\s+percentile\b/giu],
  ['average', /\bgemiddeld(?:e)?\b|\baverage\b|\bmean\b|\bdoorsnee\b/giu],
]

/**
 * Finds whether a piece of text calls an amount a median ("mediaan", "het mediane salaris",
 * "median pay") or an average ("gemiddeld", "average").
 * @param text a header, a cell or the words beside an amount
 * @param which the first mention, or the last (for text before an amount)
 * @returns the statistic, or undefined when the text names none
 */
export function detectStatistic(text: string, which: 'first' | 'last' = 'first'): StatedStatistic | undefined {
  let best: { statistic: StatedStatistic; index: number } | undefined
  for (const [statistic, pattern] of statisticWords)
    for (const match of text.matchAll(pattern)) if (!best || (which === 'first' ? match.index < best.index : match.index > best.index)) best = { statistic, index: match.index }
  return best?.statistic
}
