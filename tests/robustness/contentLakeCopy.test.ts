/**
 * Issue 19, leaks and wrong output: the local copy of the Content Lake in the cache folder. A
 * document that holds the API token never reaches the copy, not even for the moment before the
 * export reports it (a kill at that moment left it there); it is still reported, naming its field.
 * A copy edited on disk is not trusted: the next export reads the whole dataset again and says why.
 */
import { createHmac } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { defaultLimits } from '../../scripts/core/limits.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { copyContentLake } from '../../scripts/export/io/engine/contentLakeCopy.ts'
import { exportToFolder } from '../../scripts/export/io/exportToFolder.ts'
import { startContentLake } from '../support/contentLakeServer.ts'
import { NOW, readTree, runCli, tempDir } from '../support/exportRun.ts'

const TOKEN = 'skCopyRobustness0a1b2c3d4e5f60718293a4'
let seed: Array<Record<string, unknown>> = []
const closers: Array<() => Promise<void>> = []

beforeAll(() => {
  seed = [...generateDataset({ documents: 8 * 17 + 4, seed: 12 })].map((doc, i) => ({ ...doc, _updatedAt: new Date(Date.parse('2026-11-01') + i * 60_000).toISOString() }))
})
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function lake(documents: ReadonlyArray<Record<string, unknown>>) {
  const running = await startContentLake({ documents, token: TOKEN })
  closers.push(() => running.close())
  return {
    running,
    env: { SANITY_PROJECT_ID: 'jobld', SANITY_DATASET: 'production', SANITY_API_TOKEN: TOKEN, SANITY_API_HOST: running.url, JOBLD_HTTP_RETRIES: '0' },
  }
}

/** The seed with the token pasted into the answer of one FAQ entry. */
function withToken() {
  const index = seed.findIndex((doc) => doc._type === 'faqEntry')
  const faq = seed[index] ?? {}
  const documents = [...seed]
  documents[index] = { ...faq, question: `Wat is ${TOKEN}?` }
  return { documents, id: String(faq._id), line: index + 1 }
}

describe('the local copy of the Content Lake', () => {
  it('never holds a document with the token, from the moment it is written', async () => {
    const { documents, id } = withToken()
    const { env } = await lake(documents)
    const cacheDir = join(await tempDir('copy-token'), 'cache')
    const key = 'a'.repeat(64)
    const mac = (text: string) => createHmac('sha256', Buffer.from(key, 'hex')).update(text).digest('base64url')
    // What the export has on disk right after the copy, before anything else runs (a kill there left the token before).
    const copy = await copyContentLake({ kind: 'contentLake', projectId: 'jobld', dataset: 'production' }, env, defaultLimits, cacheDir, true, { mac, secret: TOKEN })
    for (const name of await readdir(cacheDir)) expect((await readFile(join(cacheDir, name), 'utf8')).includes(TOKEN), name).toBe(false)
    const ids = (await readFile(copy.file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line)._id)
    expect(ids).toHaveLength(seed.length - 1)
    expect(ids).not.toContain(id)
    expect(copy.refused).toEqual([
      {
        line: expect.any(Number),
        check: {
          kind: 'invalid',
          id,
          type: 'faqEntry',
          issues: [expect.objectContaining({ code: 'document.contains_token', docId: id, path: ['question'] })],
        },
      },
    ])
  })

  it('keeps the document out of every copy, full or delta, while the export reports it with its field', async () => {
    const { documents, id, line } = withToken()
    const { env } = await lake(documents)
    const dir = await tempDir('copy-token-cli')
    const args = ['--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), ...NOW]
    for (const run of ['full', 'delta']) {
      const result = await runCli(args, env)
      expect(result.code, run).toBe(1)
      // A delta read fetches it by id: it has no place in a stream then.
      expect(result.stderr).toContain(
        `faqEntry → ${id}${run === 'full' ? ` (sanity://jobld/production:${line})` : ''}: does not validate.\n  question: Unexpected API token in this field (its value is not shown), expected content without secrets: remove it, and rotate the token\n`,
      )
      expect(result.stderr).not.toContain(TOKEN)
      const own = join(dir, 'cache', cacheFolderName(join(dir, 'jsonld')))
      for (const name of await readdir(own)) expect((await readFile(join(own, name), 'utf8')).includes(TOKEN), `${run}: ${name}`).toBe(false)
    }
  })

  it('is read whole again when it was edited on disk, and the export is the one a fresh copy gives', async () => {
    const { env } = await lake(seed)
    const dir = await tempDir('copy-edited')
    const out = join(dir, 'jsonld')
    const cacheDir = join(dir, 'cache', cacheFolderName(out))
    const options = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir }
    const choice = { kind: 'contentLake', projectId: 'jobld', dataset: 'production' } as const
    expect((await exportToFolder(choice, env, out, options)).ok).toBe(true)
    const fresh = await readTree(out)
    const file = join(cacheDir, 'content-lake.ndjson')
    // An FAQ question changed in the copy, as an editor never did: the export must not publish it.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"question":"[^"]*"/, '"question":"Staat dit in het Content Lake?"'))
    const lines: string[] = []
    expect((await exportToFolder(choice, env, out, options, (line) => lines.push(line))).ok).toBe(true)
    expect(lines).toContain('Not using the local copy of the Content Lake: its bytes are not the ones jobld wrote (edited?); reading the whole dataset')
    expect(await readTree(out)).toEqual(fresh)
    expect(await readFile(file, 'utf8')).not.toContain('Staat dit in het Content Lake?')
  })
})
