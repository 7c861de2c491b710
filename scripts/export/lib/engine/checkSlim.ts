import { checkDocument, type DocumentCheck } from '../../../core/validate/checkDocument.ts'
import { slimDocument, type SlimDocument } from '../../../core/model/slimDocument.ts'

/**
 * A document's own verdict, reduced to what the checks across documents need: the one zod pass
 * a document gets. A valid document keeps its `_updatedAt` (Sanity's), for the manifest.
 * @param value the document as the source gave it
 * @returns the verdict with a slim document when valid
 */
export function checkSlim(value: Record<string, unknown>): DocumentCheck<SlimDocument> {
  const check = checkDocument(value)
  if (check.kind !== 'valid') return check
  const slim: SlimDocument = slimDocument(check.doc)
  if (typeof value._updatedAt === 'string') slim._updatedAt = value._updatedAt
  return { ...check, doc: slim }
}
