/**
 * A page built again whose files come out byte for byte as the output holds them keeps those
 * files as they are (same inode, same time), whether it was built in the main thread or on a
 * worker thread; only what differs is written. Documents whose bytes change without changing
 * what they say (their keys in another order) have their pages built again and nothing rewritten.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { readTree, runCli } from './support/exportRun.ts'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

/** Each FAQ entry's keys in reverse order: other bytes, the same documents. */
const reordered = (lines: string[]) =>
  lines.map((line) => {
    const doc = JSON.parse(line) as Record<string, unknown>
    return doc._type === 'faqEntry' ? JSON.stringify(Object.fromEntries(Object.entries(doc).reverse())) : line
  })

describe('pages built again with the same bytes', () => {
  it.each([
    ['in the main thread', 1 * 17 + 4, '0'],
    // Enough profiles for more page tasks than the main thread takes before it hands them to threads.
    ['on worker threads', 300 * 17 + 4, '2'],
  ])('keep their files %s', async (_where, documents, workers) => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-kept-'))
    dirs.push(dir)
    const file = join(dir, 'data.ndjson')
    const lines = [...generateDataset({ documents, seed: 7 })].map((doc) => JSON.stringify(doc))
    await writeFile(file, `${lines.join('\n')}\n`)
    const out = join(dir, 'jsonld')
    const run = () => runCli(['--from', file, '--out', out, '--cache-dir', join(dir, 'cache'), '--now', '2026-11-26', '--workers', workers])
    expect((await run()).code).toBe(0)
    const before = new Map<string, string>()
    for (const path of Object.keys(await readTree(out))) {
      const info = await stat(join(out, path))
      before.set(path, `${info.ino}:${info.mtimeMs}`)
    }
    await writeFile(file, `${reordered(lines).join('\n')}\n`)
    const again = await run()
    expect(again.code).toBe(0)
    // Pages were built again (their inputs' bytes changed) …
    expect(again.stderr).toMatch(/; [1-9][\d,]* pages? built/)
    // … and every page file is the one that was there.
    const rewritten: string[] = []
    for (const [path, was] of before) {
      if (path === 'manifest.json') continue
      const info = await stat(join(out, path))
      if (`${info.ino}:${info.mtimeMs}` !== was) rewritten.push(path)
    }
    expect(rewritten).toEqual([])
  })
})
