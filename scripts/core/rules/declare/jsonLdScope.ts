import type { Issue, Path } from '../../issue.ts'
import type { JsonObject } from '../../jsonObject.ts'
import type { GoogleResultType } from '../../googleResults.ts'
import type { MessageParams } from '../../messages/wording.ts'

/**
 * The source document of a JSON-LD file, which its issues belong to, and the names its page must
 * not show: a confidential vacancy's employer (the build gives it; JsonLdScope.withheld).
 */
export type JsonLdOwner = Pick<Issue, 'docId' | 'docType'> & { readonly withheld?: readonly string[] }

/** A node of the JSON-LD document with the path it sits at. */
export interface IndexedNode {
  node: JsonObject
  path: Path
}

/** The document's nodes by `@id`, to follow references such as `{"@id": "#org"}`. */
export type NodeIndex = ReadonlyMap<string, IndexedNode>

/** What a JSON-LD rule gets besides the node: where it is, the rest of the graph, and how to report. */
export interface JsonLdScope<C extends string = string> {
  /** Where the node sits, such as `['@graph', 0]`. */
  readonly path: Path
  /** Names the page must not show: a confidential vacancy's employer (the build gives them; empty for any other page). */
  readonly withheld: readonly string[]
  /**
   * The node a value is, or refers to by `@id` inside the document.
   * @param value a property's value
   * @param path where the value sits
   * @returns the node and its path, or undefined for a literal
   */
  nodeOf(value: unknown, path: Path): IndexedNode | undefined
  /**
   * Reports one of the rule's messages.
   * @param message the message's id
   * @param path where, from the document's root
   * @param params the values it quotes
   */
  report(message: C, path: Path, params?: MessageParams): void
  /**
   * The same scope (its issues in the same list) under the rules of another type's consumers
   * (core/googleResults.ts): under guidance, an issue's code is `guidance.*` and its words say whose rule it is.
   * @param type the page type whose consumers' rules apply
   */
  under(type: GoogleResultType): JsonLdScope<C>
}
