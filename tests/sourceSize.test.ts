/**
 * A source is sized by its documents, which decide on worker threads and on the store's page size
 * (2 KB pages from 256 MB: lmdbStore.ts): a `.tar.gz` archive by five times its packed bytes (gzip
 * packs NDJSON five to ten times; sized as packed, the bench's archive of 299,996 documents got the
 * small store's pages and peaked 250 MB higher than its NDJSON file), a Content Lake as large.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { sourceSize } from '../scripts/export/io/exportToFolder.ts'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('a source', () => {
  it('is sized by its documents: a file by its bytes, an archive by five times its packed bytes, a Content Lake as unbounded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-source-size-'))
    dirs.push(dir)
    const text = `${JSON.stringify({ _id: 'a', _type: 'faqEntry', question: 'Wat doet een customer service medewerker?' })}\n`.repeat(1000)
    await writeFile(join(dir, 'data.ndjson'), text)
    const packed = gzipSync(text)
    await writeFile(join(dir, 'export.tar.gz'), packed)
    expect(await sourceSize({ kind: 'ndjson', file: join(dir, 'data.ndjson') })).toBe(Buffer.byteLength(text))
    expect(await sourceSize({ kind: 'tarGz', file: join(dir, 'export.tar.gz') })).toBe(packed.length * 5)
    expect(await sourceSize({ kind: 'contentLake', projectId: 'p', dataset: 'd' })).toBe(Number.POSITIVE_INFINITY)
    expect(await sourceSize({ kind: 'markdown', paths: [dir] })).toBe(0)
  })
})
