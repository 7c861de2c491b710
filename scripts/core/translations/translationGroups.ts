import { maxIdLength } from '../constants.ts'
import { isRecord } from '../isRecord.ts'

/** The `_type` of the document `@sanity/document-internationalization` links translations with. */
export const TRANSLATION_METADATA = 'translation.metadata'

/** A document of a translation group, with its language. */
export interface TranslationMember {
  id: string
  language: string
}

/** Documents that are one another's translations, each with its language. */
export interface TranslationGroup {
  /** `_id` of the translation metadata document. */
  id: string
  members: TranslationMember[]
}

/**
 * The members of one translation metadata document as `@sanity/document-internationalization`
 * stores it: `translations`, an internationalized array of references (`{_key, _type:
 * "internationalizedArrayReferenceValue", value: {_type: "reference", _ref, _weak?}}`) whose item
 * names its language by `_key` (or, in newer versions of the array plugin, by a `language`
 * field). Items without a reference or a language are skipped.
 * @param doc a `translation.metadata` document
 * @returns its members in the order stored
 */
export function translationMembers(doc: Record<string, unknown>): TranslationMember[] {
  const items = Array.isArray(doc.translations) ? doc.translations : []
  const members: TranslationMember[] = []
  for (const item of items) {
    // A reference longer than any _id jobld takes names no document here.
    if (!isRecord(item) || !isRecord(item.value) || typeof item.value._ref !== 'string' || item.value._ref.length > maxIdLength) continue
    const language = typeof item.language === 'string' ? item.language : typeof item._key === 'string' ? item._key : undefined
    if (language !== undefined) members.push({ id: item.value._ref, language })
  }
  return members
}

/**
 * Reads the translation groups of a dataset from its translation metadata documents
 * (translationMembers); drafts and release versions of metadata documents are skipped.
 * @param documents any documents; only the metadata documents are read
 * @returns one group per metadata document with at least two members
 */
export function translationGroups(documents: Iterable<Record<string, unknown>>): TranslationGroup[] {
  const groups: TranslationGroup[] = []
  for (const doc of documents) {
    if (doc._type !== TRANSLATION_METADATA || typeof doc._id !== 'string' || doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue
    const members = translationMembers(doc)
    if (members.length >= 2) groups.push({ id: doc._id, members })
  }
  return groups
}
