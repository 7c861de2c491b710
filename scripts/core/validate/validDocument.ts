import type { CrossView } from './crossView.ts'
import type { SlimDocument } from '../model/slimDocument.ts'

/**
 * The valid document of an `_id`: its one entry, when that entry passed its own checks. A
 * duplicated `_id` has none (every copy is refused), nor has an invalid document.
 * @param view the dataset
 * @param id the `_id`
 * @returns the slim document, or undefined
 */
export function validDocument(view: CrossView, id: string): SlimDocument | undefined {
  const entries = view.entries(id)
  const only = entries.length === 1 ? entries[0] : undefined
  return only?.check.kind === 'valid' ? only.check.doc : undefined
}
