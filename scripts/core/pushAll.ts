/**
 * Appends items to a list one by one. `list.push(...items)` passes every item as an argument and
 * throws RangeError (call stack) past roughly 100,000 of them: a long table's rows, a full run's pages.
 * @param list the list (changed)
 * @param items what to append
 */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item)
}
