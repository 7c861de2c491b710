/**
 * Issue 19, wrong output: the export cache is input like any other. A verdict edited on disk (every
 * vacancy's `validThrough` set in the past, a slug changed), a page entry edited, or the cache's key
 * replaced, and the export does not believe it: every document is checked again, the output is the
 * one `--no-cache` writes, and the progress line says why.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { exportToFolder, type FolderExportOptions } from '../../scripts/export/io/exportToFolder.ts'
import { readTree, tempDir } from '../support/exportRun.ts'

/** A generated dataset, its export with a cache, and the export of the same data without one. */
async function setting(label: string) {
  const dir = await tempDir(label)
  const file = join(dir, 'data.ndjson')
  const stream = createWriteStream(file)
  for (const doc of generateDataset({ documents: 600, seed: 9 })) stream.write(`${JSON.stringify(doc)}\n`)
  stream.end()
  await once(stream, 'finish')
  const out = join(dir, 'jsonld')
  const cacheDir = join(dir, 'cache', cacheFolderName(out))
  const options: FolderExportOptions = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir, workers: 0 }
  const run = async (cache = true, to = out) => {
    const lines: string[] = []
    const result = await exportToFolder({ kind: 'ndjson', file }, {}, to, { ...options, cache, cacheDir: to === out ? cacheDir : join(dir, 'cache', cacheFolderName(to)) }, (line) => lines.push(line))
    return { ...result, lines }
  }
  const first = await run()
  expect(first.ok).toBe(true)
  const full = await run(false, join(dir, 'full'))
  return { dir, out, cacheDir, run, first, fullTree: await readTree(join(dir, 'full')) }
}

/** Rewrites a cache file's text through `edit`, as a user or a tool with `sed` would. */
async function edit(file: string, change: (text: string) => string) {
  const before = await readFile(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  await writeFile(file, after)
}

describe('an export cache edited on disk', () => {
  it('is not believed when every vacancy was made to expire in the verdict log: all vacancies are written', async () => {
    const { out, cacheDir, run, first, fullTree } = await setting('edited-expiry')
    await edit(join(cacheDir, 'cache-documents.ndjson'), (text) => text.replace(/"validThrough":"[^"]*"/g, '"validThrough":"2020-01-01"'))
    const again = await run()
    expect([again.ok, again.vacancies, again.profiles]).toEqual([true, first.vacancies, first.profiles])
    expect(first.vacancies).toBeGreaterThan(150)
    expect(again.lines).toContain(`Not using the cache: a line of ${join(cacheDir, 'cache-documents.ndjson')} does not match its seal (edited?); building everything`)
    expect(await readTree(out)).toEqual(fullTree)
  })

  it('is not believed when a slug was changed in the verdict log: no page is written under it', async () => {
    const { out, cacheDir, run, fullTree } = await setting('edited-slug')
    await edit(join(cacheDir, 'cache-documents.ndjson'), (text) => text.replace(/"current":"([a-z0-9-]+)"/, '"current":"hacked-$1"'))
    const again = await run()
    expect(again.ok).toBe(true)
    const tree = await readTree(out)
    expect(Object.keys(tree).filter((path) => path.includes('hacked'))).toEqual([])
    expect(tree).toEqual(fullTree)
  })

  it('is not believed when a page entry was edited: the manifest holds the true hashes', async () => {
    const { out, cacheDir, run, fullTree } = await setting('edited-pages')
    // A page's hash, in the second line (the first holds the version the cache describes).
    await edit(join(cacheDir, 'cache-pages.ndjson'), (text) => text.replace(/(\n.*?)"[0-9a-f]{64}"/, `$1"${'0'.repeat(64)}"`))
    const again = await run()
    expect(again.reused).toBe(0)
    expect(again.lines).toContain(`Not using the cache: a line of ${join(cacheDir, 'cache-pages.ndjson')} does not match its seal (edited?); building everything`)
    await edit(join(cacheDir, 'cache-pages.ndjson'), (text) => text.replace(/"version":"[0-9a-f]{64}"/, `"version":"${'1'.repeat(64)}"`))
    const third = await run()
    expect(third.reused).toBe(0)
    expect(third.lines).toContain(`Not using the cache: the first line of ${join(cacheDir, 'cache-pages.ndjson')} does not match its seal (edited?); building everything`)
    expect(await readTree(out)).toEqual(fullTree)
  })

  it('is not used at all when its key was replaced', async () => {
    const { out, cacheDir, run, first, fullTree } = await setting('edited-key')
    await writeFile(join(cacheDir, 'cache-key'), 'f'.repeat(64))
    const again = await run()
    expect([again.reused, again.vacancies]).toEqual([0, first.vacancies])
    expect(again.lines).toContain(`Not using the cache: the first line of ${join(cacheDir, 'cache-documents.ndjson')} does not match its seal (edited?); building everything`)
    expect(await readTree(out)).toEqual(fullTree)
    // Rewritten under the new key, the cache serves the next export again.
    expect((await run()).reused).toBe(first.profiles + first.vacancies)
  })
})
