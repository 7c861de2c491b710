import { checkDocument, type DocumentCheck } from '../../../core/validate/checkDocument.ts'
import { slimDocument, type SlimDocument } from '../../../core/model/slimDocument.ts'
import { cleanStega } from '../../../core/stega/cleanStega.ts'

/**
 * A document's own verdict, reduced to what the checks across documents need: the one zod pass
 * a document gets. A valid document keeps its `_updatedAt` (Sanity's), for the manifest. Every
 * source's documents pass here, so this is where strings are cleaned of Visual Editing's stega
 * encoding (the page builders clean the same way, trustValidated); the verdict counts them.
 * @param given the document as the source gave it
 * @returns the verdict with a slim document when valid
 */
export function checkSlim(given: Record<string, unknown>): DocumentCheck<SlimDocument> {
  const { value, strings } = cleanStega(given)
  const check = checkDocument(value)
  const stega = strings > 0 ? { stega: strings } : {}
  if (check.kind !== 'valid') return { ...check, ...stega }
  const slim: SlimDocument = slimDocument(check.doc)
  if (typeof value._updatedAt === 'string') slim._updatedAt = value._updatedAt
  return { ...check, doc: slim, ...stega }
}
