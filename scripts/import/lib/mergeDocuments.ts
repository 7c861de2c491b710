import { quoteText } from '../../core/messages/quoteText.ts'
import { compareById } from './compareById.ts'
import type { Issue, Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'

const where = (position: Position | undefined) =>
  position ? ` (${position.file}:${position.line}${position.column !== undefined ? `:${position.column}` : ''})` : ''

/**
 * Merges the documents of several files into one set with one document per `_id`: the same
 * document twice (an employer named by two vacancies) is kept once; an organization given
 * with more fields in a later file gains them; any other difference is reported and the
 * first document is kept.
 * @param documents the documents of all files, in file order
 * @returns one document per `_id`, sorted by `_id`, and an issue per conflict
 */
export function mergeDocuments(documents: ReadonlyArray<RawDocument>): { documents: RawDocument[]; issues: Issue[] } {
  const byId = new Map<string, RawDocument>()
  const issues: Issue[] = []
  for (const doc of documents) {
    const id = String(doc.value._id)
    const type = String(doc.value._type)
    const first = byId.get(id)
    if (!first) {
      byId.set(id, doc)
      continue
    }
    if (type === 'organization' && first.value._type === 'organization') {
      const merged = { ...first.value }
      for (const [key, value] of Object.entries(doc.value)) {
        if (merged[key] === undefined) merged[key] = value
        else if (JSON.stringify(merged[key]) !== JSON.stringify(value))
          issues.push({
            severity: 'warning',
            code: 'markdown.organization_conflict',
            docId: id,
            docType: type,
            path: [key],
            message: `Unexpected ${key} ${quoteText(value)}, expected ${quoteText(merged[key])} as given before${where(first.position)}; kept the first`,
            ...(doc.position ? { position: doc.position } : {}),
          })
      }
      byId.set(id, { ...first, value: merged })
      continue
    }
    if (JSON.stringify(first.value) === JSON.stringify(doc.value)) continue
    issues.push({
      severity: 'error',
      code: 'markdown.duplicate_id',
      docId: id,
      docType: type,
      path: [],
      message: `Unexpected second document with _id ${quoteText(id)}, expected one per _id (first${where(first.position)}); kept the first`,
      ...(doc.position ? { position: doc.position } : {}),
    })
  }
  const merged = [...byId.values()].sort(compareById)
  return { documents: merged, issues }
}
