import type { Issue } from '../issue.ts'
import { documentSchemas, isDocumentType, type ContentDocument, type DocumentType } from '../model/index.ts'
import { issueText } from '../catalogue/issueText.ts'
import { maxIdLength, maxTextLength } from '../constants.ts'
import { isUnpublished } from '../rules/lib/isUnpublished.ts'
import { describeValue } from './describeValue.ts'
import { findLongTexts } from './findLongTexts.ts'
import { zodIssueToIssue } from './zodIssueToIssue.ts'
import { TRANSLATION_METADATA, translationMembers, type TranslationMember } from '../translations/translationGroups.ts'

/**
 * What one document is on its own, before it is compared with the others: the first layer of
 * validation. It depends on the document's value only, so it can be cached by its content hash.
 * `type` is `_type` when that is a string (references are checked against it even for documents
 * that fail their schema).
 */
export type DocumentCheck<D = ContentDocument> = (
  | { kind: 'missingId'; docType: string; idText: string }
  /** Bytes that are not a JSON object (a bad NDJSON line): the issue says why, at its line. */
  | { kind: 'unreadable'; issue: Issue }
  | { kind: 'unpublished'; id: string; type: string | undefined }
  | { kind: 'unknownType'; id: string; type: string | undefined; typeKey: string }
  /** A translation metadata document of `@sanity/document-internationalization`: it links translations and makes no page. */
  | { kind: 'translations'; id: string; type: typeof TRANSLATION_METADATA; members: TranslationMember[] }
  | { kind: 'invalid'; id: string; type: DocumentType; issues: Issue[] }
  | { kind: 'valid'; id: string; type: DocumentType; doc: D }
) & {
  /** How many of the document's strings carried Visual Editing's stega encoding, removed before the check (cleanStega). */
  stega?: number | undefined
}

/**
 * Checks one document against its zod schema (drafts, release versions and unknown types are
 * not parsed).
 * @param value the document as the source gave it
 * @returns the verdict; issues carry no position yet
 */
export function checkDocument(value: Record<string, unknown>): DocumentCheck {
  const id = value._id
  const type = value._type
  const typeString = typeof type === 'string' ? type : undefined
  if (typeof id !== 'string' || id === '' || id.length > maxIdLength) return { kind: 'missingId', docType: typeString ?? '(unknown)', idText: describeValue(id) }
  if (isUnpublished(id)) return { kind: 'unpublished', id, type: typeString }
  if (typeString === TRANSLATION_METADATA) return { kind: 'translations', id, type: TRANSLATION_METADATA, members: translationMembers(value) }
  // A type is counted under its first characters: only they are shown, and the store keys on it.
  if (typeString === undefined || !isDocumentType(typeString)) return { kind: 'unknownType', id, type: typeString, typeKey: String(type).slice(0, maxIdLength) }
  const tooLong = findLongTexts(value, maxTextLength).map(
    ({ path, length }): Issue => ({
      severity: 'error',
      code: 'document.text_too_long',
      docId: id,
      docType: typeString,
      path,
      ...issueText('document.text_too_long', { length, max: maxTextLength }),
    }),
  )
  // A runaway text is refused before zod sees it: the message above says all there is to say.
  if (tooLong.length) return { kind: 'invalid', id, type: typeString, issues: tooLong }
  const parsed = documentSchemas[typeString].safeParse(value, { reportInput: true })
  if (!parsed.success)
    return { kind: 'invalid', id, type: typeString, issues: parsed.error.issues.map((zi) => zodIssueToIssue(zi, { docId: id, docType: typeString })) }
  return { kind: 'valid', id, type: typeString, doc: parsed.data }
}
