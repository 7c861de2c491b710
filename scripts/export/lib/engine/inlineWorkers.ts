import type { IdOptions } from '../../../core/jsonld/ids.ts'
import { createRenderMemo } from '../../../core/jsonld/renderMemo.ts'
import type { ContentDocument } from '../../../core/model/index.ts'
import { sha256Hex, type Sha256Hex } from '../../../core/sha256Hex.ts'
import { buildTaskPages } from './buildTask.ts'
import { checkSlim } from './checkSlim.ts'
import { memoryReader } from './memoryReader.ts'
import { trustValidated } from './trustValidated.ts'
import type { DocumentReader, Workers } from './types.ts'

/**
 * Workers that run in this thread, one task at a time: for documents held in memory, and wherever
 * starting threads would cost more than it saves.
 * @param options base URL and Sanity project for the nodes' IRIs, and the SHA-256 to use
 * @returns the workers
 */
export function inlineWorkers(options: IdOptions & { sha256?: Sha256Hex; reader?: DocumentReader }): Workers {
  const memo = createRenderMemo()
  const reader = options.reader ?? memoryReader()
  const ids: IdOptions = { baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset }
  return {
    size: 1,
    async check(items) {
      return items.map((item) => {
        const parsed = reader.parse(item)
        return 'issue' in parsed ? { kind: 'unreadable', issue: parsed.issue } : checkSlim(parsed.value)
      })
    },
    async build(task) {
      const byId = new Map(task.documents.map((doc) => [doc.id, doc]))
      // Each document is read once per task, however many of its pages use it.
      const read = new Map<string, ContentDocument | undefined>()
      const get = (id: string) => {
        if (read.has(id)) return read.get(id)
        const doc = byId.get(id)
        const value = doc ? trustValidated(reader.read(doc), id) : undefined
        read.set(id, value)
        return value
      }
      return buildTaskPages(task, get, ids, memo, options.sha256 ?? sha256Hex)
    },
    close: () => undefined,
  }
}
