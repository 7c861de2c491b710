/**
 * The worker threads give their memory back once the pages are built: the report, the manifest and
 * the store's commit that end a run need no thread, and a thread's heap held through that end was
 * part of the run's peak memory.
 */
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { nodeSha256 } from '../scripts/export/io/engine/nodeSha256.ts'
import { threadWorkers } from '../scripts/export/io/engine/threadWorkers.ts'
import { collectSink } from '../scripts/export/lib/engine/collectSink.ts'
import { inlineWorkers } from '../scripts/export/lib/engine/inlineWorkers.ts'
import { memoryLoader } from '../scripts/export/lib/engine/memoryLoader.ts'
import { runPipeline } from '../scripts/export/lib/engine/runPipeline.ts'
import type { Workers } from '../scripts/export/lib/engine/types.ts'
import { memoryStore } from '../scripts/export/lib/store/memoryStore.ts'

const documents = [...generateDataset({ documents: 600, seed: 7 })].map((value) => ({ value }))

describe('the workers after the build', () => {
  it('are let go after the last page is built and before the manifest is written', async () => {
    const events: string[] = []
    const inline = inlineWorkers({ baseUrl: undefined, sha256: nodeSha256 })
    const workers: Workers = {
      ...inline,
      size: inline.size,
      async build(task) {
        events.push('build')
        return inline.build(task)
      },
      async idle() {
        events.push('idle')
      },
    }
    const sink = collectSink()
    const put = sink.put.bind(sink)
    const result = await runPipeline(memoryLoader(documents), { store: memoryStore(), workers, sink: { ...sink, put: async (path, content) => (events.push(`put ${path}`), put(path, content)) }, key: 'test' }, { now: new Date('2026-11-26T00:00:00Z') })
    expect(result.written).toBe(true)
    const idle = events.indexOf('idle')
    expect(events.filter((event) => event === 'idle')).toHaveLength(1)
    expect(events.lastIndexOf('build')).toBeLessThan(idle)
    expect(events.indexOf('build')).toBeGreaterThanOrEqual(0)
    expect(events.indexOf('put manifest.json')).toBeGreaterThan(idle)
  })

  it('start again for a task that comes after they were let go, with the same answers', { timeout: 60_000 }, async () => {
    const pool = threadWorkers({ threads: 2, baseUrl: undefined })
    try {
      const items = documents.slice(0, 40).map(({ value }) => ({ at: { value } }))
      const first = await pool.check(items)
      await pool.idle?.()
      const again = await pool.check(items)
      expect(again).toEqual(first)
      expect(first).toHaveLength(40)
    } finally {
      await pool.close()
    }
  })
})
