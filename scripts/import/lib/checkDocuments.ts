import type { VFile } from 'vfile'
import { documentSchemas, isDocumentType } from '../../core/model/index.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { toDotPath } from '../../core/toDotPath.ts'
import { positionOf } from './positionOf.ts'
import { reportMessage } from './reportMessage.ts'

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
