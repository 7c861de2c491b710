import type { Issue } from '../../issue.ts'
import { allRules } from '../allRules.ts'
import type { AcrossDocuments } from '../declare/acrossDocuments.ts'
import { findingToIssue } from './findingToIssue.ts'

/**
 * The registry's layer across documents: every rule's check of all valid documents at once.
 * @param documents the valid documents and what is known of the others
 * @returns the issues, and apart those meant only for documents the export keeps (`keptOnly`),
 *   for the caller to drop where a document is refused anyway
 */
export function acrossRules(documents: AcrossDocuments): { issues: Issue[]; keptOnly: Issue[] } {
  const issues: Issue[] = []
  const keptOnly: Issue[] = []
  for (const rule of allRules) {
    if (!rule.across) continue
    const into = rule.across.keptOnly ? keptOnly : issues
    for (const finding of rule.across.check(documents)) into.push(findingToIssue(finding))
  }
  return { issues, keptOnly }
}
