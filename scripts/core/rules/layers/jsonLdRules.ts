import type { Issue, Path } from '../../issue.ts'
import { googleResults, isGoogleResultType, type GoogleResult } from '../../googleResults.ts'
import { isJsonObject } from '../../jsonObject.ts'
import { allRules } from '../allRules.ts'
import type { IndexedNode, JsonLdOwner, JsonLdScope, NodeIndex } from '../declare/jsonLdScope.ts'
import type { Rule } from '../declare/types.ts'
import { hasType } from '../lib/google/hasType.ts'
import { findingToIssue } from './findingToIssue.ts'

/**
 * The registry's JSON-LD layer: every rule's checks of the node's schema.org types, on one
 * top-level node of the JSON-LD the build writes (other types pass).
 * @param node a node of the graph
 * @param owner the source document the issues belong to, and the names its page must not show
 * @param path where the node sits, such as `['@graph', 0]`
 * @param index the document's nodes by `@id`, to follow references such as hiringOrganization
 * @param rules the rules to run: the registry's (a rule's examples run it alone)
 * @returns the issues, empty when the node meets every rule
 */
export function jsonLdRules(node: unknown, owner: JsonLdOwner, path: Path, index?: NodeIndex, rules: readonly Rule[] = allRules): Issue[] {
  const issues: Issue[] = []
  if (!isJsonObject(node)) return issues
  const nodeOf = (value: unknown, at: Path): IndexedNode | undefined => {
    if (!isJsonObject(value)) return undefined
    const id = value['@id']
    // A reference ({"@id": …} and nothing else) is followed to its node in the same document.
    if (typeof id === 'string' && index && Object.keys(value).every((k) => k.startsWith('@'))) {
      const target = index.get(id)
      if (target) return target
    }
    return { node: value, path: at }
  }
  const withheld = owner.withheld ?? []
  const scopeOf = (authority: GoogleResult['checks']): JsonLdScope => ({
    path,
    withheld,
    nodeOf,
    report(message, at, params = {}) {
      const finding = { code: message, path: at, docId: owner.docId, docType: owner.docType }
      if (authority === 'google') issues.push(findingToIssue({ ...finding, params }))
      else {
        // The rule is schema.org's and other consumers' guidance, not Google's: its code says so, its words too.
        const issue = findingToIssue({ ...finding, params: { ...params, authority } })
        issues.push({ ...issue, code: issue.code.replace(/^google\./, 'guidance.'), messageId: message })
      }
    },
    under: (type) => scopeOf(googleResults[type].checks),
  })
  for (const rule of rules)
    for (const entry of rule.jsonld ?? []) {
      const type = entry.types.find((t) => hasType(node, t))
      if (type !== undefined) entry.check(node, scopeOf(isGoogleResultType(type) ? googleResults[type].checks : 'google'))
    }
  return issues
}

