/**
 * A Content Lake that streams documents without end, under the default limits: the read stops at
 * JOBLD_MAX_DOCUMENTS (2,000,000) with a message naming it, within a 512 MB heap, and the output is
 * left as it was. (It used to end after 178 s and 1.56 GB in "RangeError: Set maximum size
 * exceeded", at 16.7 million documents.)
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readNdjson } from '../../scripts/sources/readNdjson.ts'
import { startContentLake } from '../support/contentLakeServer.ts'
import { NOW, outputState, runCli, tempDir } from '../support/exportRun.ts'

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

describe('a Content Lake without end', () => {
  it('stops at 2,000,000 documents under the default limits, within a small heap', async () => {
    const { documents } = await readNdjson('tests/fixtures/robustness/network/dataset.ndjson')
    const lake = await startContentLake({ documents: documents.map((d) => d.value), faults: [{ kind: 'endless', path: '/data/export' }] })
    closers.push(() => lake.close())
    const dir = await tempDir('endless-lake')
    const out = join(dir, 'jsonld')
    expect((await runCli(['--from', 'content', '--out', out, ...NOW])).code).toBe(0)
    const before = await outputState(out)
    const child = spawn(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', 'scripts/jobld.ts', 'export', '--out', out, ...NOW], {
      env: { PATH: process.env.PATH ?? '', SANITY_PROJECT_ID: 'jobld', SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, JOBLD_CACHE_DIR: join(dir, 'cache') },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(stderr).toBe(
      `Unexpected more than 2,000,000 documents from 127.0.0.1:${lake.port}, expected the documents of dataset "production" within that many (raise JOBLD_MAX_DOCUMENTS for a larger dataset)\n`,
    )
    expect(code).toBe(2)
    expect(await outputState(out)).toEqual(before)
  })
})
