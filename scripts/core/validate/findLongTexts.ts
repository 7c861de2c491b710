import type { Path } from '../issue.ts'

/** A value met on the walk, with the way back to the root (paths are only built for a hit). */
interface Step {
  value: unknown
  parent: Step | undefined
  key: string | number
}

/**
 * Finds every string in a document longer than a limit, without recursion (documents can nest deeply).
 * @param value the document
 * @param limit the longest allowed length in UTF-16 code units
 * @returns the path and length of each string over the limit, in document order
 */
export function findLongTexts(value: unknown, limit: number): Array<{ path: Path; length: number }> {
  const found: Array<{ path: Path; length: number }> = []
  const stack: Step[] = [{ value, parent: undefined, key: '' }]
  while (stack.length) {
    const top = stack.pop()
    if (!top) break
    const v = top.value
    if (typeof v === 'string') {
      if (v.length > limit) found.push({ path: pathOf(top), length: v.length })
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (typeof v[i] === 'object' || typeof v[i] === 'string') stack.push({ value: v[i], parent: top, key: i })
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v)
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]
        if (key === undefined) continue
        const child: unknown = Reflect.get(v, key)
        // Only strings and containers can hold a long text; numbers and booleans need no step.
        if (typeof child === 'object' || typeof child === 'string') stack.push({ value: child, parent: top, key })
      }
    }
  }
  return found
}

function pathOf(step: Step): Path {
  const path: Array<string | number> = []
  for (let s: Step | undefined = step; s?.parent; s = s.parent) path.push(s.key)
  return path.reverse()
}
