/**
 * The last check before a JSON-LD file is written: its shape and `@context`, the schema.org
 * vocabulary (validateVocabulary) and Google's rules for each node of the graph (the registry's JSON-LD layer, core/rules).
 */
import type { Issue, Path } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { MessageParams } from '../messages/wording.ts'
import { isJsonObject } from '../jsonObject.ts'
import { quote, type IssueOwner } from './_json.ts'
import type { IndexedNode } from '../rules/declare/jsonLdScope.ts'
import { jsonLdRules } from '../rules/layers/jsonLdRules.ts'
import { validateVocabulary } from './validateVocabulary.ts'
import { googleConfidentialEmployer } from '../googleConstants.ts'

/**
 * Contexts that mean schema.org. `https://schema.org` is what jobld writes; the http form and
 * the trailing slash resolve to the same context document, so they are accepted too.
 */
const schemaOrgContexts: ReadonlySet<string> = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'])

/** Whether an issue is the vocabulary's text-for-a-node warning on Google's `hiringOrganization: "confidential"`. */
function isConfidentialEmployer(doc: Record<string, unknown>, issue: Issue): boolean {
  if (issue.code !== 'vocab.text_for_node' || issue.path[issue.path.length - 1] !== 'hiringOrganization') return false
  let value: unknown = doc
  for (const step of issue.path) value = Array.isArray(value) ? value[Number(step)] : isJsonObject(value) ? value[String(step)] : undefined
  return value === googleConfidentialEmployer
}

/**
 * Validates one JSON-LD document before it is written.
 * @param doc the document: `{"@context": "https://schema.org", "@graph": [...]}` or a single node with `@context`
 * @param owner the source document (`_id` and `_type`) the issues are reported on
 * @returns all issues: document shape first, then vocabulary issues (without pending-term notices),
 *   then Google's rules per node
 *   (without a Google invalid_value where the vocabulary already reports an error on the same path)
 */
export function validateJsonLd(doc: unknown, owner: IssueOwner): Issue[] {
  const issue = (path: Path, code: string, params: MessageParams): Issue => ({ severity: 'error', code, docId: owner.docId, docType: owner.docType, path, ...issueText(code, params) })
  if (!isJsonObject(doc)) return [issue([], 'jsonld.not_object', {})]
  const issues: Issue[] = []
  const context = doc['@context']
  if (typeof context !== 'string' || !schemaOrgContexts.has(context))
    issues.push(
      issue(['@context'], 'jsonld.context', typeof context === 'string' ? { context: quote(context) } : { contextKind: context === undefined ? 'missing' : 'object' }),
    )

  const graph = doc['@graph']
  const nodes: IndexedNode[] = []
  if (graph === undefined) nodes.push({ node: doc, path: [] })
  else if (Array.isArray(graph))
    graph.forEach((node, i) => {
      if (isJsonObject(node)) nodes.push({ node, path: ['@graph', i] })
    })
  else if (isJsonObject(graph)) nodes.push({ node: graph, path: ['@graph'] })
  // Anything else in @graph is reported by validateVocabulary as vocab.not_a_node.

  // Pending terms are notices of validateVocabulary; the export leaves them out because Google
  // documents the pending job terms it uses (educationRequirements, directApply, CategoryCode …)
  // and a notice per page would bury the issues that matter.
  // Google documents one text where schema.org expects a node: hiringOrganization "confidential"
  // (a staffing agency's anonymous employer); the rule googleJobPosting checks it.
  const vocabularyIssues = validateVocabulary(doc, owner).filter((i) => !i.code.startsWith('vocab.pending_') && !isConfidentialEmployer(doc, i))
  issues.push(...vocabularyIssues)
  // A value the vocabulary already refuses (a malformed date) is not reported twice.
  let refused: Set<string> | undefined
  for (const { severity, path } of vocabularyIssues) if (severity === 'error') (refused ??= new Set()).add(path.join('\u0000'))

  // References such as hiringOrganization: {"@id": …} are followed to nodes of the same graph.
  let index: Map<string, IndexedNode> | undefined
  for (const entry of nodes) {
    const id = entry.node['@id']
    if (typeof id === 'string') (index ??= new Map()).set(id, entry)
  }
  for (const { node, path } of nodes)
    for (const found of jsonLdRules(node, owner, path, index))
      if ((found.code !== 'google.invalid_value' && found.code !== 'guidance.invalid_value') || !refused?.has(found.path.join('\u0000'))) issues.push(found)
  return issues
}
