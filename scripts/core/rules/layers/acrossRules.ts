import type { Issue } from '../../issue.ts'
import type { SlimDocument } from '../../model/slimDocument.ts'
import { toDotPath } from '../../toDotPath.ts'
import { allRules } from '../allRules.ts'
import type { AcrossView, ReferenceGraph } from '../declare/acrossView.ts'
import type { AcrossPhase, DocumentAcrossEntry, GraphAcrossEntry, TranslationsAcrossEntry } from '../declare/types.ts'
import type { TranslationGroup } from '../../translations/translationGroups.ts'
import { findingToIssue } from './findingToIssue.ts'

/** An issue across documents; `onceKey` set when it is to be reported once however many documents find it. */
export type AcrossIssue = Issue & { onceKey?: string }

/** What the rules across documents find on one document, by phase. */
export type AcrossFound = Record<AcrossPhase, AcrossIssue[]>

// The rules of each kind, those of a document in the order they declare within their phase.
const documentEntries = allRules
  .flatMap((rule): DocumentAcrossEntry[] => (rule.across && rule.across.phase !== 'graph' && rule.across.phase !== 'translations' ? [rule.across] : []))
  .sort((a, b) => a.order - b.order)
const graphEntries = allRules.flatMap((rule): GraphAcrossEntry[] => (rule.across?.phase === 'graph' ? [rule.across] : []))
const translationEntries = allRules.flatMap((rule): TranslationsAcrossEntry[] => (rule.across?.phase === 'translations' ? [rule.across] : []))

/**
 * The registry's layer across documents, for one valid document: every rule's check of it,
 * reading the other documents through the view.
 * @param document the document
 * @param view the dataset
 * @returns the issues by phase, without positions
 */
export function acrossRules(document: SlimDocument, view: AcrossView): AcrossFound {
  const found: AcrossFound = { references: [], slug: [], profile: [], vacancy: [], organization: [], kept: [] }
  for (const entry of documentEntries) {
    const reported = new Set<string>()
    for (const finding of entry.check(document, view)) {
      const issue: AcrossIssue = findingToIssue(finding)
      if (entry.once) {
        const key = `${finding.docId}|${toDotPath(finding.path)}|${finding.code}`
        if (reported.has(key)) continue
        reported.add(key)
        issue.onceKey = key
      }
      found[entry.phase].push(issue)
    }
  }
  return found
}

/**
 * The registry's layer across documents on the references of the whole dataset (cycles). Types
 * only point "down" (vacancy → profile → tier, FAQ, organisation), so callers run it only when a
 * reference of the wrong type was found.
 * @param graph the references among valid documents
 * @returns the issues, without positions
 */
export function graphRules(graph: ReferenceGraph): Issue[] {
  return graphEntries.flatMap((entry) => entry.check(graph).map((finding) => findingToIssue(finding)))
}

/**
 * The registry's layer across documents on a translation metadata document: every rule's check of
 * its group, reading the members through the view.
 * @param group the metadata document's `_id` and its members
 * @param view the dataset
 * @returns the issues, without positions
 */
export function translationRules(group: TranslationGroup, view: AcrossView): Issue[] {
  return translationEntries.flatMap((entry) => entry.check(group, view).map((finding) => findingToIssue(finding)))
}
