import type { Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { TRANSLATION_METADATA } from '../../core/translations/translationGroups.ts'

/**
 * The translation metadata document a Markdown page starts with `translationOf`: one item for the
 * page itself, in the shape `@sanity/document-internationalization` stores (an internationalized
 * array of references, keyed by language). Its `_id` names the original (`translation.metadata.<original _id>`);
 * linkTranslations adds the original's item once every file is read.
 * @param type the page's document type (`jobProfile` or `vacancy`)
 * @param id the page's `_id`
 * @param language the page's language
 * @param originalId `_id` of the page it translates
 * @param position where `translationOf` is in the file
 * @returns the document
 */
export function translationMetadataDocument(type: string, id: string, language: string, originalId: string, position: Position | undefined): RawDocument {
  return {
    value: {
      _id: `${TRANSLATION_METADATA}.${originalId}`,
      _type: TRANSLATION_METADATA,
      schemaTypes: [type],
      translations: [{ _key: language, _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: id } }],
    },
    ...(position ? { position } : {}),
  }
}
