import { optionValues } from '../model/optionLists.ts'

/** A language of the content model (`nl`, `en`): what a document's `language` field takes. */
export type FieldLanguage = (typeof optionValues.languages)[number]

/**
 * Reads the `fieldLanguages` option: languages of the content model, each once, the original's first.
 * @param value `nl,en` as the command line gives it, or a list in code
 * @returns the languages, or why the value is not a list of them
 */
export function parseFieldLanguages(value: string | ReadonlyArray<string>): { languages: FieldLanguage[] } | { reason: string } {
  const given = typeof value === 'string' ? value.split(',').map((part) => part.trim()) : [...value]
  const languages: FieldLanguage[] = []
  for (const language of given) {
    const known = optionValues.languages.find((candidate) => candidate === language)
    if (known === undefined) return { reason: `${JSON.stringify(language)} is no language of the content model (${optionValues.languages.join(', ')})` }
    if (languages.includes(known)) return { reason: `${JSON.stringify(language)} is given twice` }
    languages.push(known)
  }
  return { languages }
}
