import type { Path } from '../issue.ts'

/**
 * Levels of objects and arrays the library takes in one document: Sanity documents nest a few
 * levels (Portable Text lists are flat), and walks over deeper input could exhaust the stack.
 */
export const MAX_DOCUMENT_DEPTH = 100

/** What makes a value no document: where, and what was found there. */
export interface ShapeProblem {
  path: Path
  /** The problem, worded to follow the path (`holds the object it is in (a cycle)`). */
  problem: string
}

/** The bounds of one document's shape. */
export interface ShapeBounds {
  /** Bytes of its JSON text, as near as counting strings, keys and separators gets. */
  maxBytes: number
  /** Levels of objects and arrays. */
  maxDepth: number
}

/** One object or array being walked: its children are visited one at a time, by index. */
type Frame = ({ node: ReadonlyArray<unknown>; keys: undefined } | { node: object; keys: string[] }) & {
  index: number
  key: string | number | undefined
}

/**
 * Whether a value given as a document is plain JSON data of a sane size: no object that holds
 * itself (a cycle), at most `maxDepth` levels of nesting, at most about `maxBytes` as JSON text
 * (an array's length counts before its items are visited, so a sparse array of a billion slots
 * is refused at once). The walk is iterative, its memory bounded by the depth, and it stops at
 * the first problem.
 * @param value the value
 * @param bounds the size and depth bounds
 * @returns the first problem, or undefined for a value that is plain data within the bounds
 */
export function documentShapeProblem(value: unknown, bounds: ShapeBounds): ShapeProblem | undefined {
  const stack: Frame[] = []
  const open = new Set<object>()
  let bytes = 0
  const pathTo = (key: string | number | undefined): Path => [
    ...stack.slice(1).map((frame) => frame.key ?? ''),
    ...(stack.length && key !== undefined ? [key] : []),
  ]
  const over = (key: string | number | undefined): ShapeProblem => ({
    path: pathTo(key),
    problem: `takes the document past ${bounds.maxBytes.toLocaleString('en')} bytes as JSON`,
  })

  const visit = (node: unknown, key: string | number | undefined): ShapeProblem | undefined => {
    if (typeof node === 'string') bytes += node.length + 2
    else if (typeof node === 'number' || typeof node === 'boolean' || node === null) bytes += 5
    else if (typeof node === 'bigint') return { path: pathTo(key), problem: 'is a BigInt, which JSON cannot hold' }
    else if (typeof node === 'object') {
      if (open.has(node)) return { path: pathTo(key), problem: 'holds an object it is inside of (a cycle)' }
      if (stack.length >= bounds.maxDepth) return { path: pathTo(key), problem: `nests deeper than ${bounds.maxDepth} levels` }
      const frame: Frame = Array.isArray(node) ? { node, keys: undefined, index: 0, key } : { node, keys: Object.keys(node), index: 0, key }
      bytes += 2 + (frame.keys ? frame.keys.reduce((sum, k) => sum + k.length + 4, 0) : frame.node.length)
      if (bytes > bounds.maxBytes) return over(key)
      open.add(node)
      stack.push(frame)
    }
    return bytes > bounds.maxBytes ? over(key) : undefined
  }

  const first = visit(value, undefined)
  if (first) return first
  while (stack.length) {
    const top = stack.at(-1)
    if (!top) break
    const size = top.keys ? top.keys.length : top.node.length
    if (top.index >= size) {
      open.delete(top.node)
      stack.pop()
      continue
    }
    const index = top.index++
    const key = top.keys ? (top.keys[index] ?? '') : index
    const child: unknown = top.keys ? Reflect.get(top.node, key) : top.node[index]
    const problem = visit(child, key)
    if (problem) return problem
  }
  return undefined
}
