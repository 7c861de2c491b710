/**
 * Finds the cycles of a directed graph, each once (as a depth-first search meets it).
 * @param ids the nodes, in the order to start from
 * @param edges a node's targets, in order; undefined for an id that is no node (a leaf)
 * @returns each cycle as its ids, rotated to start and end at its smallest id (`a → b → a`)
 */
export function findCycles(ids: readonly string[], edges: (id: string) => readonly string[] | undefined): string[][] {
  const out: string[][] = []
  const state = new Map<string, 1 | 2>()
  const reported = new Set<string>()
  for (const start of ids) {
    if (state.has(start)) continue
    const stack: Array<{ id: string; out: readonly string[]; next: number }> = [{ id: start, out: edges(start) ?? [], next: 0 }]
    const onPath: string[] = [start]
    state.set(start, 1)
    while (stack.length) {
      const top = stack[stack.length - 1]
      if (!top) break
      if (top.next >= top.out.length) {
        state.set(top.id, 2)
        stack.pop()
        onPath.pop()
        continue
      }
      const next = top.out[top.next++]
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
      } else if (seen === undefined) {
        const out = edges(next)
        if (out === undefined) continue
        state.set(next, 1)
        stack.push({ id: next, out, next: 0 })
        onPath.push(next)
      }
    }
  }
  return out
}
