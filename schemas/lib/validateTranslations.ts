import { getPublishedId, type ValidationContext, type ValidationError } from 'sanity'
import { defaultTypeNames, normaliseTypes, type DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import { checkTranslations } from '../../scripts/core/rules/lib/checkTranslations.ts'
import { TRANSLATION_METADATA, translationMembers } from '../../scripts/core/translations/translationGroups.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'
import { ladderClientOptions, ladderPerspective } from './ladderApi.ts'
import { validationLanguage } from './studioLanguage.ts'
import { toValidationErrors } from './toValidationErrors.ts'

/** The translation metadata document that names a document among its translations. */
export const translationGroupQuery = `*[_type == "${TRANSLATION_METADATA}" && references($id)][0]{_id, translations}`

/** The other translations, whole (the facts compared are any of their fields). */
export const translationsQuery = '*[_id in $ids]'

/**
 * Checks that a vacancy or job profile, as being edited, states the facts its translations state
 * (the rule translationFacts): the translation metadata document that names it and the other
 * translations are fetched from the Content Lake, and only what the rule finds on this document is
 * shown (the first translation is the original the others are compared with).
 * @param doc the document in the form
 * @param context Sanity's validation context, for its client
 * @param names the Studio's names of jobld's document types (the rule reads jobld's)
 * @returns errors in the Studio's language on the facts that differ, or `true`
 */
export async function validateTranslations(doc: unknown, context: ValidationContext, names: DocumentTypeNames = defaultTypeNames): Promise<ValidationError[] | true> {
  if (!isRecord(doc) || typeof doc._id !== 'string') return true
  const id = getPublishedId(doc._id)
  const client = context.getClient(ladderClientOptions).withConfig(ladderPerspective)
  const metadata = await client.fetch<unknown>(translationGroupQuery, { id }, { signal: context.signal })
  if (!isRecord(metadata) || typeof metadata._id !== 'string') return true
  const members = translationMembers(metadata)
  const others = await client.fetch<unknown>(translationsQuery, { ids: members.map((member) => member.id).filter((member) => member !== id) }, { signal: context.signal })
  const byId = new Map<string, Record<string, unknown>>([[id, normaliseTypes(doc, names)]])
  for (const other of Array.isArray(others) ? others : []) if (isRecord(other) && typeof other._id === 'string') byId.set(other._id, normaliseTypes(other, names))
  const own = checkTranslations({ id: metadata._id, members }, (member) => byId.get(member)).filter((finding) => finding.docId === id)
  return toValidationErrors(own, doc, validationLanguage(context))
}
