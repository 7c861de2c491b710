import type { JsonObject } from '../../../jsonObject.ts'
import { schemaOrg } from '../../../vocabulary/schemaOrg.ts'

/**
 * Tells whether a node has a schema.org type, by its local name.
 * @param node a JSON-LD node
 * @param name the type's local name, such as `JobPosting`
 * @returns true when `@type` names it (alone or in a list)
 */
export function hasType(node: JsonObject, name: string): boolean {
  const raw = node['@type']
  if (typeof raw === 'string') return schemaOrg.localName(raw) === name
  return Array.isArray(raw) && raw.some((t) => typeof t === 'string' && schemaOrg.localName(t) === name)
}
