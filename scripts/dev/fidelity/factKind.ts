/** What a fact is about, for reporting the score per layout dimension. */
export type FactKind = 'title' | 'faq' | 'tiers' | 'not a tier'

/**
 * Tells what a fact of scoreArticle is about from its name.
 * @param fact the fact's name (`title`, `tier Junior`, `faq 2 answer`, `not a tier: …`)
 * @returns its kind
 */
export function factKind(fact: string): FactKind {
  if (fact === 'title' || fact === 'refused with an error') return 'title'
  if (fact.startsWith('faq ') || fact.startsWith('invented question')) return 'faq'
  if (fact.startsWith('not a tier')) return 'not a tier'
  return 'tiers'
}
