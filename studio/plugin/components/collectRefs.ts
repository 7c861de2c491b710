import { isRecord } from '../../../scripts/core/isRecord.ts'

/**
 * Collects the `_id`s a document points at: every `_ref` string anywhere in its value
 * (references, arrays of references, references inside objects).
 * @param value a document or any part of one
 * @returns the referenced ids, each once, in the order found
 */
export function collectRefs(value: unknown): string[] {
  const found = new Set<string>()
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
    } else if (isRecord(node)) {
      if (typeof node._ref === 'string') found.add(node._ref)
      for (const [key, child] of Object.entries(node)) if (key !== '_ref') walk(child)
    }
  }
  walk(value)
  return [...found]
}
