import type { Issue } from '../../scripts/core/issue.ts'
import { documentDeclarations, documentTypes } from '../../scripts/core/model/index.ts'
import type { ExampleInput, Finding, Rule } from '../../scripts/core/rules/declare/types.ts'
import { findingToIssue } from '../../scripts/core/rules/layers/findingToIssue.ts'
import { isJsonObject } from '../../scripts/core/jsonObject.ts'
import type { IndexedNode } from '../../scripts/core/rules/declare/jsonLdScope.ts'
import { jsonLdRules } from '../../scripts/core/rules/layers/jsonLdRules.ts'
import { euPayTransparency } from '../../scripts/core/rules/lib/payTransparencyDates.ts'
import { exampleNow } from '../../scripts/core/rules/lib/exampleNow.ts'
import { fieldText } from '../../scripts/core/rules/lib/fieldText.ts'
import { formatIssue } from '../../scripts/core/catalogue/formatIssue.ts'
import { sortIssues } from '../../scripts/core/formatReport.ts'
import { toDotPath } from '../../scripts/core/toDotPath.ts'
import { parseSlimDocument, type SlimDocument } from '../../scripts/core/model/slimDocument.ts'
import type { DocumentType } from '../../scripts/core/model/documentTypes.ts'
import type { AcrossView } from '../../scripts/core/rules/declare/acrossView.ts'
import { referenceTargets } from '../../scripts/core/validate/checkAcross.ts'
import { TRANSLATION_METADATA, translationMembers } from '../../scripts/core/translations/translationGroups.ts'

/** The lines one rule gives on an example, in English (as the report words them) and in Dutch (as the Studio does). */
export interface ExampleLines {
  /** The ids of the messages given, one per line. */
  ids: string[]
  report: string[]
  nl: string[]
}

const isDocumentType = (type: unknown) => documentTypes.find((t) => t === type)

/** Runs a rule's document layer on each document of its type: its field checks on the field's text, its whole-document checks on the document. */
function documentFindings(rule: Rule, documents: ReadonlyArray<Readonly<Record<string, unknown>>>): Finding[] {
  const out: Finding[] = []
  for (const document of documents) {
    const docType = isDocumentType(document._type)
    const docId = String(document._id)
    if (!docType) continue
    for (const entry of rule.document ?? []) {
      if (entry.type !== docType) continue
      if (entry.field === undefined) {
        for (const violation of entry.check(document)) out.push({ ...violation, docId, docType })
        continue
      }
      const text = fieldText(document[entry.field])
      const violation = text === undefined ? undefined : entry.check(text)
      if (violation) out.push({ ...violation, docId, docType })
    }
  }
  return out
}

/**
 * Runs a rule's layer across documents on the example's documents, read as slim documents (all
 * valid): on each document in `_id` order, on their references at once, or on the group of each
 * translation metadata document; findings to report once are reported once.
 */
function acrossFindings(rule: Rule, documents: ReadonlyArray<Readonly<Record<string, unknown>>>): Finding[] {
  const across = rule.across
  if (!across) return []
  // Translation metadata documents are no content of their own: they link the others (translationMembers).
  const metadata = documents.filter((document) => document._type === TRANSLATION_METADATA)
  const slim = documents
    .filter((document) => document._type !== TRANSLATION_METADATA)
    .map((document) => parseSlimDocument(document))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  const byId = new Map<string, SlimDocument>(slim.map((doc) => [doc._id, doc]))
  const references = (type: DocumentType) => documentDeclarations[type].references
  if (across.phase === 'graph') {
    const ids = slim.filter((doc) => references(doc._type).length > 0).map((doc) => doc._id)
    const targets = (id: string) => {
      const doc = byId.get(id)
      return doc && references(doc._type).length > 0 ? referenceTargets(doc) : undefined
    }
    return across.check({ ids, targets, typeOf: (id) => byId.get(id)?._type })
  }
  const view: AcrossView = {
    valid: (id) => byId.get(id),
    has: (id) => byId.has(id),
    typeOf: (id) => byId.get(id)?._type,
    slugOwners: (type, slug) => slim.filter((doc) => doc._type === type && 'slug' in doc && doc.slug.current === slug).map((doc) => doc._id),
    references,
    now: exampleNow,
    project: undefined,
    payTransparency: euPayTransparency,
  }
  if (across.phase === 'translations') return metadata.flatMap((document) => across.check({ id: String(document._id), members: translationMembers(document) }, view))
  const reported = new Set<string>()
  return slim.flatMap((doc) =>
    across.check(doc, view).filter((finding) => {
      if (!across.once) return true
      const key = `${finding.docId}|${toDotPath(finding.path)}|${finding.code}`
      return reported.has(key) ? false : Boolean(reported.add(key))
    }),
  )
}

/** Runs a rule's JSON-LD layer on each node of the example's @graph, as the build's JSON-LD check does (references followed by @id). */
function jsonLdIssues(rule: Rule, jsonld: Readonly<Record<string, unknown>>, withheld?: readonly string[]): Issue[] {
  const graph = jsonld['@graph']
  const nodes: IndexedNode[] = (Array.isArray(graph) ? graph : []).flatMap((node: unknown, i) => (isJsonObject(node) ? [{ node, path: ['@graph', i] }] : []))
  const index = new Map(nodes.flatMap((entry): Array<[string, IndexedNode]> => (typeof entry.node['@id'] === 'string' ? [[entry.node['@id'], entry]] : [])))
  return nodes.flatMap(({ node, path }) => jsonLdRules(node, { docId: '', docType: 'vacancy', ...(withheld ? { withheld } : {}) }, path, index, [rule]))
}

/** An issue as one line: `<_id> <path>: <severity: >message`, the path left out when empty, the severity when an error. */
const line = (issue: Issue, message: string) => {
  const path = issue.path.length ? toDotPath(issue.path) : ''
  return `${[issue.docId, path].filter(Boolean).join(' ')}: ${issue.severity === 'error' ? '' : `${issue.severity}: `}${message}`
}

/**
 * Runs one rule, in every layer it has, on one of its examples.
 * @param rule the rule
 * @param input the example's documents, or its JSON-LD
 * @returns the lines of the rule's own messages, in the report's order
 */
export function runRuleExample(rule: Rule, input: ExampleInput): ExampleLines {
  const issues = sortIssues(
    'documents' in input
      ? [...documentFindings(rule, input.documents), ...acrossFindings(rule, input.documents)].map((finding) => findingToIssue(finding))
      : jsonLdIssues(rule, input.jsonld, input.withheld),
  )
  return { ids: issues.map((issue) => issue.messageId ?? issue.code), report: issues.map((issue) => line(issue, issue.message)), nl: issues.map((issue) => line(issue, formatIssue(issue, 'nl'))) }
}
