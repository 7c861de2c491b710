import type { Path as SanityPath } from 'sanity'
import type { Path } from '../../scripts/core/issue.ts'
import { isRecord } from '../../scripts/core/isRecord.ts'

/**
 * Turns an issue's path (array items by index, as the build reports them) into the path the
 * Studio's form uses, where items of object arrays are addressed by `_key`.
 * @param value the document as the form holds it
 * @param path the path, such as `['amounts', 1, 'value']`
 * @returns the form path, such as `['amounts', {_key: 'k2'}, 'value']`; indices stay where an item has no key
 */
export function toKeyedPath(value: unknown, path: Path): SanityPath {
  const out: SanityPath = []
  let node = value
  for (const segment of path) {
    if (typeof segment === 'number' && Array.isArray(node)) {
      const item: unknown = node[segment]
      out.push(isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : segment)
      node = item
    } else {
      out.push(segment)
      node = isRecord(node) && typeof segment === 'string' ? node[segment] : undefined
    }
  }
  return out
}
