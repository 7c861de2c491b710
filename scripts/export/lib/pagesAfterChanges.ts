import type { ManifestEntry } from './renderFiles.ts'
import { manifestPage, type ManifestPage, type ManifestPages } from './manifestPages.ts'
import { sortedManifestPages } from './sortedManifestPages.ts'

/**
 * The pages of the next version: the current version's, with the changed entries replaced,
 * added or removed, without making the whole list (the same version spliceManifest writes).
 * @param before the current version's pages
 * @param changes the new entry of each changed path, or undefined for a page that is gone
 * @returns the next version's pages
 */
export function pagesAfterChanges(before: ManifestPages, changes: ReadonlyMap<string, ManifestEntry | undefined>): ManifestPages {
  const added = sortedManifestPages([...changes.values()].flatMap((entry) => (entry ? [manifestPage(entry)] : [])))
  const changed = [...changes.keys()].sort()
  // The index of the first changed path at or after `path`.
  const lower = (path: string) => {
    let lo = 0
    let hi = changed.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((changed[mid] ?? '') < path) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const kept = (page: ManifestPage) => !changes.has(page.path)
  const merge = (a: ManifestPage[], b: ManifestPage[]) => [...a, ...b].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
  return {
    count(from, to) {
      let count = before.count(from, to) + added.count(from, to)
      for (let i = lower(from); i < changed.length && (changed[i] ?? to) < to; i += 1) {
        const path = changed[i] ?? ''
        if (before.count(path, `${path}\u0000`) > 0) count -= 1
      }
      return Math.max(0, count)
    },
    first(from, to) {
      let cursor = from
      let old = before.first(cursor, to)
      // A changed path of the current version is the next version's only if it was added again.
      while (old !== undefined && changes.has(old)) {
        cursor = `${old}\u0000`
        old = before.first(cursor, to)
      }
      const add = added.first(from, to)
      return old === undefined ? add : add === undefined || old < add ? old : add
    },
    range: (from, to) => merge(before.range(from, to).filter(kept), added.range(from, to)),
    translations: (key) => merge(before.translations(key).filter(kept), added.translations(key)),
  }
}
