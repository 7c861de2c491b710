import { defineLocaleResourceBundle, type LocaleResourceBundle } from 'sanity'
import { i18nNamespace } from '../../schemas/lib/i18nNamespace.ts'
import { studioMessages } from '../../scripts/core/messages/studioMessages.ts'
import type { Language } from '../../scripts/core/messages/wording.ts'
import { documentTypes } from '../../scripts/core/model/documentTypes.ts'
import { documentDeclarations } from '../../scripts/core/model/index.ts'

/** The words Sanity itself looks up by key (group and ordering titles, document type titles of templates). */
function resources(language: Language): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [id, wording] of Object.entries(studioMessages)) if (id.startsWith('group.') || id.startsWith('ordering.')) out[id] = wording[language]({})
  for (const type of documentTypes) out[`type.${type}`] = documentDeclarations[type].words[language].title
  return out
}

/**
 * jobld's words for Sanity's localisation, in both languages, made from jobld's message catalogue
 * (scripts/core/messages): the plugin registers them under `i18n.bundles`. A Studio in another
 * locale falls back to English, as Sanity does.
 */
export const jobldLocaleBundles: LocaleResourceBundle[] = [
  defineLocaleResourceBundle({ locale: 'en-US', namespace: i18nNamespace, resources: resources('en') }),
  defineLocaleResourceBundle({ locale: 'nl-NL', namespace: i18nNamespace, resources: resources('nl') }),
]
