import type { ContentDocument } from '../../../core/model/index.ts'
import { cleanStega } from '../../../core/stega/cleanStega.ts'

/**
 * A document's value as the page builders read it, without a second zod pass. The pipeline hands
 * a builder only documents whose verdict was `valid`, read again from the very bytes that were
 * validated (file sources check the content hash; memory sources hand back the same object), and
 * the model has no defaults or transforms, so the value is what zod returned, apart from keys zod
 * would have dropped and no builder reads; buildPage still checks each document's `_type`.
 * This is the one place the pipeline takes a document on trust; everywhere else it is parsed.
 * Its strings are cleaned of stega encoding as they were for its verdict (checkSlim).
 * @param given the document's value, read again
 * @param id the `_id` it was validated under
 * @returns the value as a content document, or undefined when it is not that document
 */
export function trustValidated(given: Record<string, unknown>, id: string): ContentDocument | undefined {
  const value = cleanStega(given).value
  if (value._id !== id) return undefined
  // Sound by the argument above: these bytes passed documentSchemas[_type] in the first pass.
  return value as unknown as ContentDocument
}
