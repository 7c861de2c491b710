/**
 * Issue 19, leaks and wrong output: the local copy of the Content Lake, which the content store
 * now is (the documents' bytes in its `documents.bin`). A document that holds the API token never
 * reaches the cache folder, not even for the moment before the export reports it (a kill at that
 * moment left it there); it is still reported, naming its field. Bytes edited in the store are not
 * trusted: the export reads the whole dataset again and says why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
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

/** The files below a folder that hold the token, read as they are at this moment. */
function holdingToken(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return names.filter((name) => {
    const path = join(dir, name)
    try {
      return statSync(path).isFile() && readFileSync(path).includes(TOKEN)
    } catch {
      return false // removed meanwhile
    }
  })
}

const choice = { kind: 'contentLake', projectId: 'jobld', dataset: 'production' } as const

describe('the content store as the local copy of the Content Lake', () => {
  it('never holds a document with the token, at any moment of the export', async () => {
    const { documents, id } = withToken()
    const { env } = await lake(documents)
    const dir = await tempDir('copy-token')
    const out = join(dir, 'jsonld')
    const cacheDir = join(dir, 'cache', cacheFolderName(out))
    // What the cache folder holds at every step the export reports (a kill there left the token before).
    const seen: string[] = []
    const result = await exportToFolder(choice, { ...env, SANITY_API_TOKEN: TOKEN }, out, { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir, secret: TOKEN, workers: 0 }, () => {
      seen.push(...holdingToken(cacheDir))
    })
    expect(seen).toEqual([])
    expect(holdingToken(cacheDir)).toEqual([])
    expect(result.ok).toBe(false)
    expect(result.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'document.contains_token', docId: id, path: ['question'] })]))
    expect(result.issues.map((issue) => issue.message).join('\n')).not.toContain(TOKEN)
  })

  it('keeps the document out of the cache folder on every export, while the export reports it with its field', async () => {
    const { documents, id } = withToken()
    const { env } = await lake(documents)
    const dir = await tempDir('copy-token-cli')
    const args = ['--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), ...NOW]
    for (const run of ['first', 'second']) {
      const result = await runCli(args, env)
      expect(result.code, run).toBe(1)
      expect(result.stderr).toMatch(
        new RegExp(`faqEntry → ${id.replace(/\./g, '\\.')}( \\([^)]*\\))?: does not validate\\.\\n  question: Unexpected API token in this field \\(its value is not shown\\), expected content without secrets: remove it, and rotate the token\\n`),
      )
      expect(result.stderr).not.toContain(TOKEN)
      expect(holdingToken(join(dir, 'cache')), run).toEqual([])
    }
  })

  it('is read whole again when a document\'s bytes were edited in the store, and the export is the one a fresh read gives', async () => {
    const { env, running } = await lake(seed)
    const dir = await tempDir('copy-edited')
    const out = join(dir, 'jsonld')
    const cacheDir = join(dir, 'cache', cacheFolderName(out))
    const options = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir, workers: 0 }
    expect((await exportToFolder(choice, env, out, options)).ok).toBe(true)
    const file = join(cacheDir, 'store', 'documents.bin')
    // An FAQ question changed in the store, as an editor never did (same length: only its bytes differ).
    const text = await readFile(file, 'utf8')
    const question = /"question":"([^"]*)"/.exec(text)?.[1] ?? ''
    expect(question.length).toBeGreaterThan(10)
    const forged = 'X'.repeat(question.length)
    await writeFile(file, text.replace(`"question":"${question}"`, `"question":"${forged}"`))
    // The profile that shows it is edited in the Content Lake: its page is built again from the store's bytes.
    const faq = seed.find((doc) => doc._type === 'faqEntry' && doc.question === question)
    const profile = seed.find((doc) => doc._type === 'jobProfile' && JSON.stringify(doc.faq ?? []).includes(`"${String(faq?._id)}"`))
    expect(profile).toBeDefined()
    const answer = await fetch(`${running.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sanity-project-id': 'jobld', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ mutations: [{ patch: { id: profile?._id, set: { title: `${String(profile?.title)} (nieuw)` } } }] }),
    })
    expect(answer.ok).toBe(true)
    const lines: string[] = []
    expect((await exportToFolder(choice, env, out, options, (line) => lines.push(line))).ok).toBe(true)
    expect(lines).toContain(`Not using the cache: the bytes of a document in ${file} are not the ones its verdict judged (edited?); building everything`)
    expect((await exportToFolder(choice, env, join(dir, 'fresh'), { ...options, cache: false, cacheDir: join(dir, 'cache', cacheFolderName(join(dir, 'fresh'))) })).ok).toBe(true)
    const tree = await readTree(out)
    expect(tree).toEqual(await readTree(join(dir, 'fresh')))
    expect(JSON.stringify(tree)).not.toContain(forged)
    expect(await readFile(file, 'utf8')).not.toContain(forged)
  })
})
