import type { VFile } from 'vfile'
import { documentSchemas, isDocumentType } from '../model/index.ts'
import type { RawDocument } from '../rawDocument.ts'
import { toDotPath } from '../toDotPath.ts'
import { reportMessage } from './reportMessage.ts'

/** The position recorded for a path or, failing that, for the nearest enclosing path, else the document's. */
function positionOf(doc: RawDocument, path: ReadonlyArray<PropertyKey>) {
  for (let n = path.length; n > 0; n--) {
    const found = doc.fieldPositions?.get(toDotPath(path.slice(0, n).map((p) => (typeof p === 'number' ? p : String(p)))))
    if (found) return found
  }
  return doc.position
}

/**
 * Checks imported documents against the content model (the zod schema of their `_type`)
 * and reports each problem as an error on the file, at the line of the field it concerns:
 * a file whose documents would not pass the export's validation has not imported cleanly.
 * @param file the file the documents came from
 * @param documents its documents
 * @returns true when every document passes
 */
export function checkDocuments(file: VFile, documents: ReadonlyArray<RawDocument>): boolean {
  let ok = true
  for (const doc of documents) {
    const id = String(doc.value._id)
    const type = String(doc.value._type)
    if (!isDocumentType(type)) continue
    const result = documentSchemas[type].safeParse(doc.value)
    if (result.success) continue
    ok = false
    for (const issue of result.error.issues) {
      const at = positionOf(doc, issue.path)
      reportMessage(file, `${type} → ${id}: ${toDotPath(issue.path.map((p) => (typeof p === 'number' ? p : String(p))))}: ${issue.message}`, {
        place: at ? { line: at.line, column: at.column ?? 1 } : undefined,
        ruleId: 'schema',
        level: 'error',
        docId: id,
        fieldPath: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      })
    }
  }
  return ok
}
