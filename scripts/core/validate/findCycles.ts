import type { Issue } from '../issue.ts'
import { issueText } from '../messages/issueText.ts'

/**
 * Finds reference cycles, each reported once at its smallest `_id`. Types only point "down"
 * (vacancy → profile → tier, FAQ, organisation), so a cycle needs a wrongly typed reference:
 * callers look only when checkAcross saw one.
 * @param ids the valid documents that have reference fields, in `_id` order
 * @param edges the reference targets of such a document (undefined for any other `_id`)
 * @param typeOf the type of a valid document, for the issue
 * @returns one error per cycle
 */
export function findCycles(ids: ReadonlyArray<string>, edges: (id: string) => ReadonlyArray<string> | undefined, typeOf: (id: string) => string | undefined): Issue[] {
  const issues: Issue[] = []
  const state = new Map<string, 1 | 2>()
  const reported = new Set<string>()
  for (const start of ids) {
    if (state.has(start)) continue
    const stack: Array<{ id: string; out: ReadonlyArray<string>; next: number }> = [{ id: start, out: edges(start) ?? [], next: 0 }]
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
      const s = state.get(next)
      if (s === 1) {
        const cycle = onPath.slice(onPath.indexOf(next))
        const sorted = [...cycle].sort()
        const first = sorted[0] ?? next
        const key = sorted.join('|')
        if (reported.has(key)) continue
        reported.add(key)
        const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first]
        issues.push({ severity: 'error', code: 'reference.cycle', docId: first, docType: typeOf(first) ?? '(unknown)', path: [], ...issueText('reference.cycle', { cycle: rotated }) })
      } else if (s === undefined) {
        const out = edges(next)
        if (out === undefined) continue
        state.set(next, 1)
        stack.push({ id: next, out, next: 0 })
        onPath.push(next)
      }
    }
  }
  return issues
}
