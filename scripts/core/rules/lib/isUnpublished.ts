/**
 * Tells a draft or release version's id from a published one: the export never exports them, and
 * a reference to one is refused.
 * @param id a document id
 * @returns true for `drafts.…` and `versions.…`
 */
export function isUnpublished(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}
