import type { PageSink } from '../../lib/engine/types.ts'
import type { OutputWriter } from '../outputFolder.ts'

/**
 * The pipeline's sink for an output folder: pages are staged for its next version, here, in the
 * main thread (the one writer), files with the same bytes as the current version are kept, and the
 * commit goes through the folder's journal (outputFolder.ts).
 * @param writer the opened output folder
 * @returns the sink
 */
export function folderSink(writer: OutputWriter): PageSink {
  return {
    currentDir: writer.current.size > 0 ? writer.out : undefined,
    has: (path) => writer.has(path),
    keep: (path) => writer.keep(path),
    drop: (path) => writer.drop(path),
    put: (path, content) => (typeof content === 'string' && writer.current.has(path) ? writer.putIfChanged(path, content) : writer.put(path, content)),
    commit: async () => (await writer.commit()).manifestHash,
    abort: () => writer.abort(),
  }
}
