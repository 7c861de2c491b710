import type { PageSink } from './types.ts'

/** A sink that keeps nothing, for `--dry-run`: every page is built and checked, none is written. */
export function discardSink(): PageSink {
  return {
    has: () => false,
    keep: () => undefined,
    drop: () => undefined,
    put: async () => undefined,
    commit: async () => undefined,
    abort: async () => undefined,
  }
}
