import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'

/**
 * The `_id` an entry is filed under in the store: none for an entry that is no document with an
 * `_id` (a line that is not JSON, a document without `_id`).
 * @param check the entry's own verdict
 * @returns the `_id`, or undefined
 */
export function entryId(check: DocumentCheck<SlimDocument>): string | undefined {
  return check.kind === 'missingId' || check.kind === 'unreadable' ? undefined : check.id
}
