/**
 * The `_id` of the document a version in another language was made from (`<_id>__i18n_<language>`,
 * as expandFieldLanguages names the versions), or the `_id` itself. Imports nothing: the rules read it.
 * @param id a document's `_id`
 * @returns the original's `_id`
 */
export function fieldLanguageOriginal(id: string): string {
  return id.replace(/__i18n_[A-Za-z0-9-]+$/, '')
}
