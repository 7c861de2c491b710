import type { Issue, Position } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'
import { documentSchemas } from '../model/index.ts'

/** A document of a type jobld does not export: its `_id`, its type as text, and where it is. */
export interface UnknownTypeEntry {
  id: string
  typeKey: string
  order: number
  position?: Position | undefined
}

/**
 * One notice per type jobld does not export, at the first such document in source order, with
 * how many there are (a dataset holds images, settings and other content besides jobld's).
 * @param found every such document, in any order
 * @returns the notices, in the order each type first appears
 */
export function unknownTypeNotices(found: ReadonlyArray<UnknownTypeEntry>): Issue[] {
  const byType = new Map<string, { count: number; first: UnknownTypeEntry }>()
  for (const entry of [...found].sort((a, b) => a.order - b.order)) {
    const seen = byType.get(entry.typeKey)
    if (seen) seen.count += 1
    else byType.set(entry.typeKey, { count: 1, first: entry })
  }
  return [...byType].map(([type, { count, first }]) => ({
    severity: 'notice',
    code: 'document.unknown_type',
    docId: first.id,
    docType: type,
    path: ['_type'],
    ...issueText('document.unknown_type', { count, type, types: Object.keys(documentSchemas) }),
    ...(first.position ? { position: first.position } : {}),
  }))
}
