/** The two languages jobld speaks: Dutch for the Studio of its own editors, English for the build and other Studios. */
export type Language = 'nl' | 'en'

/** One message's wording in both languages. */
export type Wording<T> = { readonly nl: T; readonly en: T }

/** The values a message quotes: numbers, texts, and lists of names (worded as "A, B or C" per language). */
export type MessageParams = Readonly<Record<string, string | number | ReadonlyArray<string>>>

/** A message worded from its params. */
export type Words = (p: MessageParams) => string

/**
 * The language jobld uses for a Sanity locale id: Dutch for `nl` and `nl-*`, English otherwise.
 * @param locale a locale id such as `nl-NL` or `en-US`
 * @returns `nl` or `en`
 */
export function languageOfLocale(locale: string | undefined): Language {
  return locale !== undefined && /^nl(?:-|$)/i.test(locale) ? 'nl' : 'en'
}
