import type { MonetaryAmount, MonetaryAmountDistribution } from 'schema-dts'
import type { OrganizationNode } from './shared.ts'

/**
 * What graph builders make once per input document rather than once per page: an FAQ answer
 * shared by many profiles is rendered once, an employer's node is built once for all its
 * vacancies, a tier's salary nodes once for its profile, a profile's description part once for
 * all of its vacancies. Keyed by `_id` (one export sees one version of each document); the nodes
 * are shared between graphs, which are only read after they are built.
 */
export interface RenderMemo {
  answers: Map<string, string>
  organizations: Map<string, OrganizationNode>
  tierSalaries: Map<string, Array<MonetaryAmountDistribution | MonetaryAmount>>
  profileDescriptions: Map<string, string>
}

/** Entries per kind before a map starts afresh: bounded memory, and a batch's documents stay. */
const LIMIT = 4096

/** A new, empty memo. */
export function createRenderMemo(): RenderMemo {
  return { answers: new Map(), organizations: new Map(), tierSalaries: new Map(), profileDescriptions: new Map() }
}

/**
 * The value for `key`, made and kept on first use.
 * @param map the memo's map of this kind, or undefined for no memo
 * @param key the document's `_id` (and anything else the value depends on)
 * @param make builds the value
 * @returns the kept value, or the one just made
 */
export function remember<V>(map: Map<string, V> | undefined, key: string, make: () => V): V {
  if (!map) return make()
  const kept = map.get(key)
  if (kept !== undefined) return kept
  const value = make()
  if (map.size >= LIMIT) map.clear()
  map.set(key, value)
  return value
}
