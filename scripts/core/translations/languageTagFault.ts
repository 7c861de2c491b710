/** Language names by code, from the runtime's own locale data (ICU); `undefined` for a code it does not know. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** An hreflang value: an ISO 639 language, optionally an ISO 15924 script, optionally an ISO 3166-1 alpha-2 region. */
const HREFLANG = /^([a-z]{2,3})(?:-[A-Z][a-z]{3})?(?:-([A-Z]{2}))?$/

/** What a language key of a translation group should be, for the message; the tag's own canonical form when it has one. */
const example = (canonical: string | undefined) => (canonical ? `"${canonical}"` : 'such as "en" or "en-GB"')

/**
 * Says what is wrong with a translation's language key as the sitemaps' `hreflang` would carry it:
 * a BCP 47 tag (checked with `Intl.getCanonicalLocales`) of the form Google takes for hreflang, an
 * ISO 639 language with an optional ISO 15924 script and ISO 3166-1 alpha-2 region, all known to
 * the runtime's locale data, written in its canonical form (so `en-UK` and `iw` are refused with
 * `en-GB` and `he` as the expected value). No library checks hreflang values; Intl does the parsing.
 * @param tag the key, as the translation metadata stores it
 * @returns undefined when the key is fine, else what was expected (for "expected …")
 */
export function languageTagFault(tag: string): string | undefined {
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]
  } catch {
    return `a BCP 47 language tag ${example(undefined)}`
  }
  const parts = canonical === undefined ? null : HREFLANG.exec(canonical)
  const language = parts?.[1]
  const region = parts?.[2]
  if (!parts || language === undefined || languageNames.of(language) === undefined || (region !== undefined && regionNames.of(region) === undefined)) {
    return `an ISO 639 language code with an optional ISO 3166-1 region, ${example(undefined)}`
  }
  // hreflang is case-insensitive: only another tag (an alias such as en-UK for en-GB) is refused.
  if (canonical !== undefined && canonical.toLowerCase() !== tag.toLowerCase()) return `its canonical form ${example(canonical)}`
  return undefined
}
