import type { VFile } from 'vfile'
import type { RawDocument } from '../../core/rawDocument.ts'
import { maxTextLength } from '../../core/constants.ts'
import { toDotPath } from '../../core/toDotPath.ts'
import { findLongTexts } from '../../core/validate/findLongTexts.ts'
import { positionOf } from './positionOf.ts'
import { reportMessage } from './reportMessage.ts'

/**
 * Applies the export's own text limit (core/constants.ts `maxTextLength`, checked by
 * validate/checkDocument.ts) at import: every text longer is an error at the line it came from,
 * so the file fails here and not only later in the export.
 * @param file the file the documents came from
 * @param documents its documents
 * @returns true when every text is within the limit
 */
export function checkTextLengths(file: VFile, documents: ReadonlyArray<RawDocument>): boolean {
  let ok = true
  for (const doc of documents) {
    for (const { path, length } of findLongTexts(doc.value, maxTextLength)) {
      ok = false
      const at = positionOf(doc, path)
      const id = String(doc.value._id)
      reportMessage(
        file,
        `${String(doc.value._type)} → ${id}: ${toDotPath(path)}: Unexpected text of ${length.toLocaleString('en')} characters, expected at most ${maxTextLength.toLocaleString('en')} (the export refuses longer texts)`,
        { place: at ? { line: at.line, column: at.column ?? 1 } : undefined, ruleId: 'text-length', level: 'error', docId: id, fieldPath: path },
      )
    }
  }
  return ok
}
