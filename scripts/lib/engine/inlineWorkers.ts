import { createRenderMemo } from '../jsonld/renderMemo.ts'
import { sha256Hex, type Sha256Hex } from '../sha256Hex.ts'
import { buildTaskPages } from './buildTask.ts'
import { checkSlim } from './checkSlim.ts'
import { trustValidated } from './trustValidated.ts'
import type { DocumentSource, SourceEntry, Workers } from './types.ts'

/**
 * Workers that run in this thread, one task at a time: for documents held in memory, and wherever
 * starting threads would cost more than it saves.
 * @param options base URL for `@id`s and the SHA-256 to use
 * @returns the workers
 */
export function inlineWorkers(options: { baseUrl?: string | undefined; sha256?: Sha256Hex }): Workers {
  const memo = createRenderMemo()
  return {
    size: 1,
    async check(entries: ReadonlyArray<SourceEntry>, source: DocumentSource) {
      return entries.map((entry) => checkSlim(source.read(entry)))
    },
    async build(task, source) {
      const byId = new Map(task.documents.map((doc) => [doc.id, doc]))
      const get = (id: string) => {
        const doc = byId.get(id)
        return doc ? trustValidated(source.read({ hash: doc.hash, handle: doc.handle }), id) : undefined
      }
      return buildTaskPages(task, get, { baseUrl: options.baseUrl }, memo, options.sha256 ?? sha256Hex)
    },
    close: () => undefined,
  }
}
