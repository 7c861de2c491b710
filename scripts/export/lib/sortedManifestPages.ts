import { translationKey, type ManifestPage, type ManifestPages } from './manifestPages.ts'

/**
 * Pages held in memory, asked for by ranges of paths.
 * @param pages the pages, in any order (paths unique)
 * @returns them sorted by path, found by binary search
 */
export function sortedManifestPages(pages: ReadonlyArray<ManifestPage>): ManifestPages {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  // The index of the first page whose path is at or after `path`.
  const lower = (path: string) => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid]?.path ?? '') < path) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // The translation groups, found in one pass when first asked for.
  let groups: Map<string, ManifestPage[]> | undefined
  return {
    count: (from, to) => Math.max(0, lower(to) - lower(from)),
    first(from, to) {
      const path = sorted[lower(from)]?.path
      return path !== undefined && path < to ? path : undefined
    },
    range: (from, to) => sorted.slice(lower(from), Math.max(lower(from), lower(to))),
    translations(key) {
      if (!groups) {
        groups = new Map()
        for (const page of sorted) {
          const group = translationKey(page)
          if (group === undefined) continue
          const members = groups.get(group)
          if (members) members.push(page)
          else groups.set(group, [page])
        }
      }
      return [...(groups.get(key) ?? [])]
    },
  }
}
