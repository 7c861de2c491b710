import { defaultTypeNames, resolveTypeNames, type DocumentTypeNames } from './model/documentTypes.ts'

/**
 * Parses the export's `--types` option (`jobProfile=careerProfile,organization=company`): the names
 * a Studio gave jobld's document types through `jobld({ types, organizationType })`.
 * @param text the option's value, or undefined when it is not given
 * @returns the names (jobld's own without the option), or the sentence saying what is wrong
 */
export function parseTypesOption(text: string | undefined): { names: DocumentTypeNames } | { error: string } {
  if (text === undefined) return { names: defaultTypeNames }
  const given: Record<string, string> = {}
  for (const part of text.split(',')) {
    const pair = part.trim()
    if (pair === '') continue
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(pair)
    if (!match?.[1] || !match[2]) return { error: `Unexpected --types entry "${pair.slice(0, 60)}", expected jobldType=studioType, such as jobProfile=careerProfile` }
    if (Object.hasOwn(given, match[1])) return { error: `Unexpected second --types entry for ${match[1]}, expected one name per type` }
    given[match[1]] = match[2]
  }
  return resolveTypeNames(given)
}
