import type { Path } from '../../issue.ts'
import type { SlimDocument } from '../../model/slimDocument.ts'
import type { AcrossView } from '../declare/acrossView.ts'
import type { DocumentType } from '../../model/documentTypes.ts'

/** One reference of a document: its target, the type the field points at, and (made on demand) its path. */
export interface EachReference {
  target: string
  type: DocumentType
  path: () => Path
}

/**
 * Calls `each` for every reference of a document, in the order of its reference fields (the model's).
 * @param doc a valid document
 * @param references the reference fields of each type
 * @param each called with each reference
 */
export function eachReference(doc: SlimDocument, references: AcrossView['references'], each: (reference: EachReference) => void): void {
  const fields: Readonly<Record<string, unknown>> = doc
  for (const { field, type, many } of references(doc._type)) {
    const value = fields[field]
    // Paths are made only for an issue: a valid dataset has hundreds of thousands of references.
    const one = (ref: unknown, path: () => Path) => {
      if (!ref || typeof ref !== 'object' || !('_ref' in ref) || typeof ref._ref !== 'string') return
      each({ target: ref._ref, type, path })
    }
    if (many && Array.isArray(value)) value.forEach((ref: unknown, i) => one(ref, () => [field, i, '_ref']))
    else if (value !== undefined) one(value, () => [field, '_ref'])
  }
}
