import type { Path } from '../issue.ts'

/**
 * Finds every string in a document longer than a limit, without recursion (documents can nest deeply).
 * @param value the document
 * @param limit the longest allowed length in UTF-16 code units
 * @returns the path and length of each string over the limit, in document order
 */
export function findLongTexts(value: unknown, limit: number): Array<{ path: Path; length: number }> {
  const found: Array<{ path: Path; length: number }> = []
  const stack: Array<{ value: unknown; path: Path }> = [{ value, path: [] }]
  while (stack.length) {
    const top = stack.pop()
    if (!top) break
    const v = top.value
    if (typeof v === 'string') {
      if (v.length > limit) found.push({ path: top.path, length: v.length })
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...top.path, i] })
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v)
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]
        if (entry) stack.push({ value: entry[1], path: [...top.path, entry[0]] })
      }
    }
  }
  return found
}
