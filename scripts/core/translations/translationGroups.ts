import { isRecord } from '../isRecord.ts'

/** The `_type` of the document `@sanity/document-internationalization` links translations with. */
export const TRANSLATION_METADATA = 'translation.metadata'

/** Documents that are one another's translations, each with its language. */
export interface TranslationGroup {
  /** `_id` of the translation metadata document. */
  id: string
  members: Array<{ id: string; language: string }>
}

/**
 * Reads the translation groups of a dataset from its translation metadata documents, as
 * `@sanity/document-internationalization` stores them: `_type: "translation.metadata"`, and
 * `translations`, an internationalized array of references (`{_key, _type:
 * "internationalizedArrayReferenceValue", value: {_type: "reference", _ref, _weak?}}`) whose item
 * names its language by `_key` (or, in newer versions of the array plugin, by a `language` field).
 * Drafts of metadata documents and items without a reference are skipped.
 * @param documents any documents; only the metadata documents are read
 * @returns one group per metadata document with at least two members
 */
export function translationGroups(documents: Iterable<Record<string, unknown>>): TranslationGroup[] {
  const groups: TranslationGroup[] = []
  for (const doc of documents) {
    if (doc._type !== TRANSLATION_METADATA || typeof doc._id !== 'string' || doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue
    const items = Array.isArray(doc.translations) ? doc.translations : []
    const members: TranslationGroup['members'] = []
    for (const item of items) {
      if (!isRecord(item) || !isRecord(item.value) || typeof item.value._ref !== 'string') continue
      const language = typeof item.language === 'string' ? item.language : typeof item._key === 'string' ? item._key : undefined
      if (language !== undefined) members.push({ id: item.value._ref, language })
    }
    if (members.length >= 2) groups.push({ id: doc._id, members })
  }
  return groups
}
