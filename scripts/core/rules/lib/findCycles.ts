/**
 * Finds the cycles of a directed graph, each once (as a depth-first search meets it), starting
 * from the smallest id.
 * @param edges each node's targets, in order; a target that is not a key is a leaf
 * @returns each cycle as its ids, rotated to start and end at its smallest id (`a → b → a`)
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const out: string[][] = []
  const state = new Map<string, 1 | 2>()
  const reported = new Set<string>()
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }]
    const onPath: string[] = [start]
    state.set(start, 1)
    while (stack.length) {
      const top = stack[stack.length - 1]
      if (!top) break
      const targets = edges.get(top.id) ?? []
      if (top.next >= targets.length) {
        state.set(top.id, 2)
        stack.pop()
        onPath.pop()
        continue
      }
      const next = targets[top.next++]
      if (next === undefined) continue
      const seen = state.get(next)
      if (seen === 1) {
        const cycle = onPath.slice(onPath.indexOf(next))
        const sorted = [...cycle].sort()
        const first = sorted[0] ?? next
        const key = sorted.join('|')
        if (!reported.has(key)) {
          reported.add(key)
          out.push([...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first])
        }
      } else if (seen === undefined && edges.has(next)) {
        state.set(next, 1)
        stack.push({ id: next, next: 0 })
        onPath.push(next)
      }
    }
  }
  return out
}
