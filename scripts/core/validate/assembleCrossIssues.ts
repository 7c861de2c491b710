import type { Issue } from '../issue.ts'
import { toDotPath } from '../toDotPath.ts'
import type { DocumentOrigin } from './contentIndex.ts'

/** The issues of the checks across documents, by phase, each list in the order the phase finds them. */
export interface CrossIssueParts {
  /** Issues of single entries in source order: lines that are not documents, own issues of invalid documents, duplicates. */
  entries: ReadonlyArray<Issue>
  /** One notice per type jobld does not export (unknownTypeNotices). */
  unknownTypes: ReadonlyArray<Issue>
  /** References, per valid document in source order. */
  references: ReadonlyArray<Issue>
  /** Reference cycles (the rule referenceCycle). */
  cycles: ReadonlyArray<Issue>
  /** Duplicate slugs: profiles, then vacancies, each in `_id` order. */
  slugs: ReadonlyArray<Issue>
  /** Profiles' issues in `_id` order; ladder issues carry a key and are kept once, at the first profile. */
  profiles: ReadonlyArray<Issue & { ladderKey?: string }>
  /** Vacancies' issues in `_id` order, estimates apart. */
  vacancies: ReadonlyArray<Issue>
  /** Organisations' issues (their logos), in source order. */
  organizations: ReadonlyArray<Issue>
  /** Translations that state other facts than their originals, per translation metadata document in `_id` order. */
  translations: ReadonlyArray<Issue>
  /** Each current vacancy's estimate notice, in `_id` order. */
  estimates: ReadonlyArray<Issue>
}

/**
 * Puts the issues of the checks across documents together: ladder issues of profiles that share
 * a tier once, estimate notices of refused vacancies left out (a refused vacancy gets no page,
 * so there is nothing to say about its JobPosting's pay), and every issue placed at the most
 * precise known position: its field's, else its document's.
 * @param parts the issues by phase
 * @param origin where a document came from, by `_id` (its first entry, when that is a document of jobld's)
 * @returns new issues, in phase order
 */
export function assembleCrossIssues(parts: CrossIssueParts, origin: (id: string) => DocumentOrigin | undefined): Issue[] {
  const issues: Issue[] = [...parts.entries, ...parts.unknownTypes, ...parts.references, ...parts.cycles, ...parts.slugs].map((issue) => ({ ...issue }))
  const ladder = new Set<string>()
  for (const { ladderKey, ...issue } of parts.profiles) {
    if (ladderKey !== undefined) {
      if (ladder.has(ladderKey)) continue
      ladder.add(ladderKey)
    }
    issues.push({ ...issue })
  }
  for (const issue of parts.vacancies) issues.push({ ...issue })
  for (const issue of parts.organizations) issues.push({ ...issue })
  for (const issue of parts.translations) issues.push({ ...issue })
  const refused = new Set<string>()
  for (const issue of issues) if (issue.severity === 'error') refused.add(issue.docId)
  for (const notice of parts.estimates) if (!refused.has(notice.docId)) issues.push({ ...notice })
  const located = new Map<string, DocumentOrigin | undefined>()
  for (const issue of issues) {
    if (issue.position) continue
    if (!located.has(issue.docId)) located.set(issue.docId, origin(issue.docId))
    locate(issue, located.get(issue.docId))
  }
  return issues
}

/** Adds the most precise known source position to an issue: its field's, else its document's. */
function locate(issue: Issue, found: DocumentOrigin | undefined): void {
  if (!found) return
  const fields = found.fieldPositions
  if (fields) {
    const path = [...issue.path]
    while (path.length) {
      const at = fields.get(toDotPath(path))
      if (at) {
        issue.position = at
        return
      }
      path.pop()
    }
  }
  if (found.position) issue.position = found.position
}
