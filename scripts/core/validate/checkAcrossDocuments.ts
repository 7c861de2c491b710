import type { Issue, Path, Position } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'
import { documentDeclarations, documentSchemas } from '../model/index.ts'
import { acrossRules } from '../rules/layers/acrossRules.ts'
import { isExpired } from '../rules/lib/isExpired.ts'
import { toDotPath } from '../toDotPath.ts'
import type { DocumentCheck } from './checkDocument.ts'
import type { DocumentOrigin } from './contentIndex.ts'
import type { SlimDocument, SlimProfile, SlimVacancy } from '../model/slimDocument.ts'

/** One document's own verdict with the place it came from. */
export interface CheckedDocument<D extends SlimDocument> {
  check: DocumentCheck<D>
  position?: Position | undefined
  fieldPositions?: ReadonlyMap<string, Position> | undefined
}

/** What the checks across documents find. */
export interface CrossCheckResult<D extends SlimDocument> {
  issues: Issue[]
  /** The valid documents by `_id` (duplicates left out). */
  byId: Map<string, D>
  origins: Map<string, DocumentOrigin>
  /** Valid job profiles and vacancies, each in `_id` order: the pages to build. */
  profileIds: string[]
  vacancyIds: string[]
  /** Vacancies left out because they expired (reported as notices). */
  expired: Set<string>
}

/**
 * The second layer of validation: reads every document's own verdict (refusing duplicate and
 * missing ids, noting unknown types), runs the content rules across documents (the registry's
 * layer, scripts/core/rules) on the valid ones, and places every issue.
 * Reads only the fields of {@link SlimDocument}, so cached slim documents give the same result
 * as full ones. Every issue is collected; nothing throws.
 * @param entries each document's own verdict and position, in source order
 * @param options the clock
 * @returns the issues (own and across documents, positioned) and the valid documents
 */
export function checkAcrossDocuments<D extends SlimDocument>(
  entries: ReadonlyArray<CheckedDocument<D>>,
  options: { now: Date },
): CrossCheckResult<D> {
  const issues: Issue[] = []
  const byId = new Map<string, D>()
  const origins = new Map<string, DocumentOrigin>()
  const seen = new Map<string, Position | undefined>()
  const typeOf = new Map<string, string>()
  const unknownTypes = new Map<string, { count: number; first: string; position?: Position }>()

  for (const { check, position, fieldPositions } of entries) {
    if (check.kind === 'unreadable') {
      // A cached verdict may come from the same bytes on another line: the place is this entry's.
      issues.push({ ...check.issue, ...(position ? { docId: `(line ${position.line})`, position } : {}) })
      continue
    }
    if (check.kind === 'missingId') {
      issues.push({
        severity: 'error',
        code: 'document.missing_id',
        docId: position ? `(line ${position.line})` : '(unknown)',
        docType: check.docType,
        path: ['_id'],
        // The verdict keeps the id as worded (cached verdicts too); "nothing" is the one word it can hold.
        ...issueText('document.missing_id', check.idText === 'nothing' ? { idKind: 'nothing' } : { idKind: 'literal', id: check.idText }),
        ...(position ? { position } : {}),
      })
      continue
    }
    const id = check.id
    // References are checked against the type each id was given, whatever became of the document.
    if (check.type !== undefined) typeOf.set(id, check.type)
    if (check.kind === 'unpublished') continue // drafts and release versions are never exported
    if (seen.has(id)) {
      const first = seen.get(id)
      issues.push({
        severity: 'error',
        code: 'document.duplicate_id',
        docId: id,
        docType: check.type ?? '(unknown)',
        path: ['_id'],
        ...issueText('document.duplicate_id', { id, ...(first ? { firstFile: first.file, firstLine: first.line } : {}) }),
        ...(position ? { position } : {}),
      })
      byId.delete(id)
      continue
    }
    seen.set(id, position)
    if (check.kind === 'unknownType') {
      const entry = unknownTypes.get(check.typeKey)
      if (entry) entry.count++
      else unknownTypes.set(check.typeKey, { count: 1, first: id, ...(position ? { position } : {}) })
      continue
    }
    // Built directly rather than by spreads: this runs once per document, 300,000 times in a big export.
    const origin: DocumentOrigin = {}
    if (position) origin.position = position
    if (fieldPositions) origin.fieldPositions = fieldPositions
    origins.set(id, origin)
    // Copies: locate() and --strict change issues, and a cached verdict must stay as it was.
    if (check.kind === 'invalid') for (const issue of check.issues) issues.push({ ...issue })
    else byId.set(id, check.doc)
  }
  for (const [type, { count, first, position }] of unknownTypes)
    issues.push({
      severity: 'notice',
      code: 'document.unknown_type',
      docId: first,
      docType: type,
      path: ['_type'],
      ...issueText('document.unknown_type', { count, type, types: Object.keys(documentSchemas) }),
      ...(position ? { position } : {}),
    })

  const slim: ReadonlyMap<string, SlimDocument> = byId
  const profiles: SlimProfile[] = []
  const vacancies: SlimVacancy[] = []
  for (const doc of slim.values()) {
    if (doc._type === 'jobProfile') profiles.push(doc)
    else if (doc._type === 'vacancy') vacancies.push(doc)
  }
  profiles.sort(byIdOrder)
  vacancies.sort(byIdOrder)
  const { now } = options
  // The content rules across documents (scripts/core/rules), on the valid documents.
  const found = acrossRules({ byId: slim, profiles, vacancies, ids: seen, typeOf, references: (type) => documentDeclarations[type].references, now })
  issues.push(...found.issues)
  // Said only of documents the export keeps: one refused for any error gets no page.
  const refused = new Set<string>()
  for (const issue of issues) if (issue.severity === 'error') refused.add(issue.docId)
  for (const issue of found.keptOnly) if (!refused.has(issue.docId)) issues.push(issue)
  const expired = new Set(vacancies.flatMap((v) => (isExpired(v.validThrough, now) ? [v._id] : [])))

  for (const issue of issues) locate(issue, origins)
  return { issues, byId, origins, profileIds: profiles.map((p) => p._id), vacancyIds: vacancies.map((v) => v._id), expired }
}

const byIdOrder = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

/** Adds the most precise known source position to an issue: its field's, else its document's. */
function locate(issue: Issue, origins: ReadonlyMap<string, DocumentOrigin>) {
  if (issue.position) return
  const origin = origins.get(issue.docId)
  if (!origin) return
  const fields = origin.fieldPositions
  if (fields) {
    const path = [...issue.path]
    while (path.length) {
      const found = fields.get(toDotPath(path))
      if (found) {
        issue.position = found
        return
      }
      path.pop()
    }
  }
  if (origin.position) issue.position = origin.position
}
