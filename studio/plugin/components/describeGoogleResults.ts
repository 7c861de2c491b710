import { describeGoogleResult, isGoogleResultType } from '../../../scripts/core/googleResults.ts'
import type { Language } from '../../../scripts/core/messages/wording.ts'

/**
 * What Google shows today for each type of a page's graph that Google has (or had) a result for,
 * in the Studio's language, for the JSON-LD view.
 * @param types the page's node types, such as `['Occupation', 'FAQPage', 'Organization']`
 * @param language the Studio's language
 * @returns one sentence per such type, in the page's order
 */
export function describeGoogleResults(types: ReadonlyArray<string>, language: Language): string[] {
  return types.filter(isGoogleResultType).map((type) => describeGoogleResult(type, language))
}
