import { compareCodePoints } from '../../../core/compareCodePoints.ts'
import type { ContentStore, MultiTable, Table } from './contentStore.ts'

/**
 * The content store in memory: for documents held in memory (the library, the Studio's preview)
 * and for tests, where one run sees the whole dataset anyway. The same tables as the store on
 * disk, in Maps; iteration in key order.
 * @returns an empty store
 */
export function memoryStore(): ContentStore {
  const tables = new Map<string, Map<string, unknown>>()
  const multis = new Map<string, Map<string, Set<string>>>()
  const tableOf = <V,>(name: string): Table<V> => {
    let map = tables.get(name)
    if (!map) {
      map = new Map()
      tables.set(name, map)
    }
    const data = map
    return {
      get: (key) => data.get(key) as V | undefined,
      put: (key, value) => {
        data.set(key, value)
      },
      remove: (key) => {
        data.delete(key)
      },
      *entries(range = {}) {
        for (const key of sortedKeys(data.keys(), range)) yield [key, data.get(key) as V]
      },
      count: (range = {}) => sortedKeys(data.keys(), range).length,
      keys: ({ offset = 0, limit = Number.POSITIVE_INFINITY, ...range } = {}) => sortedKeys(data.keys(), range).slice(offset, offset + limit),
    }
  }
  const multiOf = (name: string): MultiTable => {
    let map = multis.get(name)
    if (!map) {
      map = new Map()
      multis.set(name, map)
    }
    const data = map
    return {
      values: (key) => sortedKeys(data.get(key)?.values() ?? [], {}),
      add: (key, value) => {
        const set = data.get(key)
        if (set) set.add(value)
        else data.set(key, new Set([value]))
      },
      remove: (key, value) => {
        const set = data.get(key)
        if (!set) return
        set.delete(value)
        if (set.size === 0) data.delete(key)
      },
      *entries(range = {}) {
        for (const key of sortedKeys(data.keys(), range)) for (const value of sortedKeys(data.get(key)?.values() ?? [], {})) yield [key, value]
      },
    }
  }
  return {
    meta: tableOf('meta'),
    docs: tableOf('docs'),
    strays: tableOf('strays'),
    units: tableOf('units'),
    unitIssues: tableOf('unitIssues'),
    pages: tableOf('pages'),
    dirty: tableOf('dirty'),
    pageIssues: tableOf('pageIssues'),
    referrers: multiOf('referrers'),
    slugs: multiOf('slugs'),
    expiry: multiOf('expiry'),
    unknown: multiOf('unknown'),
    paths: multiOf('paths'),
    table: (name) => tableOf(`loader:${name}`),
    multi: (name) => multiOf(`loader:${name}`),
    counts() {
      const counts: Record<string, number> = {}
      for (const [name, map] of tables) if (name !== 'meta') counts[name] = map.size
      for (const [name, map] of multis) counts[`${name}[]`] = [...map.values()].reduce((sum, set) => sum + set.size, 0)
      return counts
    },
    transaction: (write) => write(),
    clear() {
      tables.clear()
      multis.clear()
    },
    close: async () => undefined,
  }
}

/** Keys in the order the store on disk iterates them: by code point (UTF-8 byte order), within the range. */
function sortedKeys(keys: Iterable<string>, range: { start?: string | undefined; end?: string | undefined }): string[] {
  const inRange = [...keys].filter((key) => (range.start === undefined || compareCodePoints(key, range.start) >= 0) && (range.end === undefined || compareCodePoints(key, range.end) < 0))
  return inRange.sort(compareCodePoints)
}
