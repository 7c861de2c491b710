import type { Issue } from '../../core/issue.ts'
import { isRecord } from '../../core/isRecord.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { TRANSLATION_METADATA } from '../../core/translations/translationGroups.ts'

/**
 * Completes the translation metadata documents of Markdown pages (translationMetadataDocument):
 * the ones of one original become one document, the original's item first, keyed by its
 * language. A `translationOf` that names no page of that type is an error at its line.
 * @param documents every document of the Markdown files read
 * @returns the documents with whole metadata documents, and the issues
 */
export function linkTranslations(documents: ReadonlyArray<RawDocument>): { documents: RawDocument[]; issues: Issue[] } {
  const byId = new Map(documents.map((doc) => [doc.value._id, doc]))
  const merged = new Map<string, RawDocument>()
  const rest: RawDocument[] = []
  const issues: Issue[] = []
  for (const doc of documents) {
    const id = doc.value._id
    if (doc.value._type !== TRANSLATION_METADATA || typeof id !== 'string') {
      rest.push(doc)
      continue
    }
    const items = Array.isArray(doc.value.translations) ? doc.value.translations : []
    const known = merged.get(id)
    if (known) {
      const before = Array.isArray(known.value.translations) ? known.value.translations : []
      merged.set(id, { ...known, value: { ...known.value, translations: [...before, ...items] } })
      continue
    }
    const originalId = id.slice(TRANSLATION_METADATA.length + 1)
    const original = byId.get(originalId)?.value
    const schemaTypes = doc.value.schemaTypes
    const type = Array.isArray(schemaTypes) && typeof schemaTypes[0] === 'string' ? schemaTypes[0] : '(unknown)'
    const translation = items.find(isRecord)
    const translationId = translation && isRecord(translation.value) && typeof translation.value._ref === 'string' ? translation.value._ref : id
    if (!original || typeof original.language !== 'string') {
      issues.push({
        severity: 'error',
        code: 'translation.original_missing',
        docId: translationId,
        docType: type,
        path: [],
        message: `Unexpected translationOf "${originalId.slice(type.length + 1)}", expected the slug of a ${type === 'vacancy' ? 'vacancy' : 'job profile'} in another Markdown file`,
        ...(doc.position ? { position: doc.position } : {}),
      })
      continue
    }
    const first = { _key: original.language, _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: originalId } }
    merged.set(id, { ...doc, value: { ...doc.value, translations: [first, ...items] } })
  }
  return { documents: [...rest, ...merged.values()], issues }
}
