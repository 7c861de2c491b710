import type { Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { toDotPath } from '../../core/toDotPath.ts'

/**
 * Where a field of an imported document came from: the position recorded for its path, else for
 * the nearest enclosing path, else the document's.
 * @param doc the document with its positions
 * @param path the field's path
 * @returns the position, or undefined when none is known
 */
export function positionOf(doc: RawDocument, path: ReadonlyArray<PropertyKey>): Position | undefined {
  for (let n = path.length; n > 0; n--) {
    const found = doc.fieldPositions?.get(toDotPath(path.slice(0, n).map((p) => (typeof p === 'number' ? p : String(p)))))
    if (found) return found
  }
  return doc.position
}
