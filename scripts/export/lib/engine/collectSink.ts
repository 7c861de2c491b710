import type { PageSink } from './types.ts'

/** A sink that keeps the pages' files in memory, for exportJsonLd and the Studio's preview. */
export interface CollectSink extends PageSink {
  /** The files by path, manifest included once committed. */
  readonly files: Map<string, string>
  /** Whether the pipeline committed (nothing was an error, not a dry run). */
  readonly committed: boolean
}

/** A new in-memory sink. */
export function collectSink(): CollectSink {
  const files = new Map<string, string>()
  let committed = false
  return {
    collects: true,
    files,
    get committed() {
      return committed
    },
    has: () => false,
    keep: () => undefined,
    drop: () => undefined,
    async put(path, content) {
      const decoder = new TextDecoder()
      files.set(path, typeof content === 'string' ? content : content instanceof Uint8Array ? decoder.decode(content) : [...content].map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece))).join(''))
    },
    async commit() {
      committed = true
      return undefined
    },
    async abort() {
      committed = false
    },
  }
}
