import { useCurrentLocale } from 'sanity'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { languageOfLocale, type Language } from '../../scripts/core/messages/wording.ts'

// Sanity calls previews' `prepare` outside React, with no locale: the plugin's layout component
// (studio/plugin/components/LanguageSync.tsx) keeps this in step with the Studio's locale. Sanity
// remounts the Studio when the locale changes, so every preview is prepared again.
let current: Language = 'en'

/**
 * Sets the language previews are worded in (called by the plugin when the Studio's locale is known).
 * @param language the Studio's language
 */
export function setStudioLanguage(language: Language): void {
  current = language
}

/**
 * The language of the Studio, for code that runs outside React (previews).
 * @returns `nl` or `en`
 */
export function studioLanguage(): Language {
  return current
}

/**
 * The language of the Studio, in a component.
 * @returns `nl` or `en`, following the Studio's locale
 */
export function useStudioLanguage(): Language {
  return languageOfLocale(useCurrentLocale().id)
}

/**
 * The language a custom validator words its messages in: the locale Sanity's validation runs
 * under (its context carries it, undeclared in Sanity's types), else the Studio's.
 * @param context the validation context Sanity passes
 * @returns `nl` or `en`
 */
export function validationLanguage(context: unknown): Language {
  const i18n = isRecord(context) ? context.i18n : undefined
  const locale = isRecord(i18n) && isRecord(i18n.currentLocale) ? i18n.currentLocale.id : undefined
  return typeof locale === 'string' ? languageOfLocale(locale) : current
}
