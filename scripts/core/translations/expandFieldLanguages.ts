import type { Issue, Path } from '../issue.ts'
import type { RawDocument } from '../rawDocument.ts'
import { issueText } from '../catalogue/issueText.ts'
import { isRecord } from '../isRecord.ts'
import { cleanStegaText } from '../stega/cleanStega.ts'
import { documentDeclarations } from '../model/index.ts'
import type { DocumentType } from '../model/documentTypes.ts'
import type { Fields } from '../model/declare/types.ts'
import { TRANSLATION_METADATA } from './translationGroups.ts'

/** The field-level versions of a dataset: one document per language, and what kept one from being made. */
export interface FieldLanguageVersions {
  documents: RawDocument[]
  issues: Issue[]
}

/** The fields of a document type that may hold one value per language (declared `translatable` in the model). */
function translatableOf(type: DocumentType): readonly string[] {
  const fields: Fields = documentDeclarations[type].fields
  return Object.entries(fields).flatMap(([name, declared]) => (declared.translatable ? [name] : []))
}

/** Per document type, the fields that may hold one value per language: title, summary, question, name (the model says which). */
export const translatableFields: Readonly<Record<DocumentType, readonly string[]>> = {
  jobProfile: translatableOf('jobProfile'),
  salaryTier: translatableOf('salaryTier'),
  faqEntry: translatableOf('faqEntry'),
  organization: translatableOf('organization'),
  vacancy: translatableOf('vacancy'),
}

/** Page types: their versions are one another's translations, each a page under its own slug. */
const pageTypes: ReadonlySet<string> = new Set(['jobProfile', 'vacancy'])

/**
 * The `_id` of a document's version in one language: the original's (the first field language)
 * keeps the document's own, so that references and page paths stay; each other language gets
 * `<_id>__i18n_<language>`, the form `@sanity/document-internationalization` gave translations.
 * @param id the document's `_id`
 * @param language the version's language
 * @param languages the field languages, the original's first
 * @returns the version's `_id`
 */
export function fieldLanguageId(id: string, language: string, languages: ReadonlyArray<string>): string {
  return language === languages[0] ? id : `${id}__i18n_${language}`
}

/**
 * Makes Sanity's field-level translations (`sanity-plugin-internationalized-array`) into the
 * document-level ones jobld already publishes: each document whose translatable fields hold
 * internationalized arrays becomes one version per field language, each field holding its value
 * in that language (a plain value is the same in every version). A job profile's or vacancy's
 * versions are its translations: each gets its language in `language`, the original's slug with
 * `-<language>` added (a page of its own), and one `translation.metadata` document links them,
 * so they get `inLanguage`, sitemap alternates and the facts check as any translation does. A
 * document referring to a document with versions (a page to its FAQ entries, organisations) is
 * pointed at the version in its own language. Pure: the caller reads the dataset whole.
 *
 * Items are read as both versions of the array plugin store them: `{_key, _type:
 * "internationalizedArray<Type>Value", language, value}` (version 5), or with the language in
 * `_key` (before). A language missing from an array is an error naming the document and field,
 * and that version is not made; drafts and release versions are left as they are.
 * @param documents the dataset, in source order
 * @param languages the field languages (the `fieldLanguages` option), the original's first
 * @returns the documents with versions in place of field-level ones, and the issues
 */
export function expandFieldLanguages(documents: ReadonlyArray<RawDocument>, languages: ReadonlyArray<string>): FieldLanguageVersions {
  const issues: Issue[] = []
  // Per document with field-level translations, the languages it has a version in (a value in every array).
  const expanded = new Map<string, ReadonlySet<string>>()
  for (const { value } of documents) {
    const fields = typeof value._id === 'string' && !unpublished(value._id) ? arrayFields(value) : []
    if (typeof value._id === 'string' && fields.length > 0) expanded.set(value._id, new Set(languages.filter((language) => fields.every((field) => pick(value[field], language).found))))
  }
  const out: RawDocument[] = []
  for (const raw of documents) {
    const { value } = raw
    const id = value._id
    const type = value._type
    if (typeof id !== 'string' || typeof type !== 'string' || unpublished(id)) {
      out.push(raw)
      continue
    }
    if (!expanded.has(id)) {
      const language = typeof value.language === 'string' ? value.language : undefined
      out.push(language === undefined ? raw : { ...raw, value: pointAt(value, language, { expanded, languages, issues, id, type }) })
      continue
    }
    const fields = arrayFields(value)
    const members: Array<{ language: string; id: string }> = []
    for (const language of languages) {
      const versionId = fieldLanguageId(id, language, languages)
      const version: Record<string, unknown> = { ...value, _id: versionId }
      let complete = true
      for (const field of fields) {
        const found = pick(value[field], language)
        if (found.found) version[field] = found.value
        else {
          complete = false
          issues.push({
            severity: 'error',
            code: 'translation.field_missing',
            docId: id,
            docType: type,
            path: [field],
            ...issueText('translation.field_missing', { field, language, languages: [...languages] }),
            ...(raw.position ? { position: raw.position } : {}),
          })
        }
      }
      if (!complete) continue
      if ('language' in value || pageTypes.has(type)) version.language = language
      if (pageTypes.has(type) && language !== languages[0] && isRecord(value.slug) && typeof value.slug.current === 'string')
        version.slug = { ...value.slug, current: `${value.slug.current}-${language}` }
      out.push({ ...raw, value: pointAt(version, language, { expanded, languages, issues, id, type }) })
      members.push({ language, id: versionId })
    }
    if (pageTypes.has(type) && members.length > 1)
      out.push({
        value: {
          _id: `${id}__i18n_translations`,
          _type: TRANSLATION_METADATA,
          translations: members.map((member) => ({
            _key: member.language,
            _type: 'internationalizedArrayReferenceValue',
            language: member.language,
            value: { _type: 'reference', _ref: member.id },
          })),
        },
        ...(raw.position ? { position: raw.position } : {}),
      })
  }
  return { documents: out, issues }
}

/** Drafts and release versions are never exported: they keep their fields as given. */
function unpublished(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/** The translatable fields of a document of jobld's types that hold an internationalized array. */
function arrayFields(value: Record<string, unknown>): string[] {
  const fields = typeof value._type === 'string' && isDocumentType(value._type) ? translatableFields[value._type] : []
  return fields.filter((field) => isInternationalized(value[field]))
}

/** Whether a `_type` is one of jobld's document types. */
function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(translatableFields, type)
}

/** An array every item of which is a value with its language, as the array plugin stores it. */
function isInternationalized(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && 'value' in item && itemLanguage(item) !== undefined)
}

/** An item's language: its `language` field (version 5), else its `_key` (before); cleaned of stega encoding. */
function itemLanguage(item: Record<string, unknown>): string | undefined {
  const language = typeof item.language === 'string' ? item.language : typeof item._key === 'string' ? item._key : undefined
  return language === undefined ? undefined : cleanStegaText(language)
}

/** A field's value in one language: the array's item of that language, or the plain value itself. */
function pick(field: unknown, language: string): { found: true; value: unknown } | { found: false } {
  if (!isInternationalized(field)) return { found: true, value: field }
  for (const item of field) if (isRecord(item) && itemLanguage(item) === language && item.value !== undefined && item.value !== null) return { found: true, value: item.value }
  return { found: false }
}

/** What pointAt needs: the documents with versions, the languages, where to report, and whose references these are. */
interface Pointing {
  expanded: ReadonlyMap<string, ReadonlySet<string>>
  languages: ReadonlyArray<string>
  issues: Issue[]
  id: string
  type: string
}

/**
 * The document with each reference to a document with versions pointed at the version in the
 * referring document's language; a reference from a language that is no field language is an
 * error at its path.
 */
function pointAt(value: Record<string, unknown>, language: string, pointing: Pointing): Record<string, unknown> {
  const walk = (node: unknown, path: Path): unknown => {
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined
      node.forEach((item, index) => {
        const next = walk(item, [...path, index])
        if (next !== item) (copy ??= [...node])[index] = next
      })
      return copy ?? node
    }
    if (!isRecord(node)) return node
    const versions = typeof node._ref === 'string' ? pointing.expanded.get(node._ref) : undefined
    if (typeof node._ref === 'string' && versions) {
      // A version that could not be made keeps the reference on the document, whose error says why.
      if (pointing.languages.includes(language)) return versions.has(language) ? { ...node, _ref: fieldLanguageId(node._ref, language, pointing.languages) } : node
      pointing.issues.push({
        severity: 'error',
        code: 'translation.field_reference',
        docId: pointing.id,
        docType: pointing.type,
        path,
        ...issueText('translation.field_reference', { language, target: node._ref, languages: [...pointing.languages] }),
      })
      return node
    }
    let copy: Record<string, unknown> | undefined
    for (const [key, item] of Object.entries(node)) {
      const next = walk(item, [...path, key])
      if (next !== item) (copy ??= { ...node })[key] = next
    }
    return copy ?? node
  }
  const pointed = walk(value, [])
  return isRecord(pointed) ? pointed : value
}
