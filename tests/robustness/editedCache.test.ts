/**
 * Issue 19, wrong output: the export cache (the content store) is input like any other. A verdict
 * edited in the store (every vacancy's `validThrough` set in the past, a slug changed), a page's
 * record edited, an index entry moved or removed, or the cache's key replaced, and the export does not
 * believe it: the store is emptied, every document is checked again, the output is the one
 * `--no-cache` writes, and the progress line says why.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { open } from 'lmdb'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { exportToFolder, type FolderExportOptions } from '../../scripts/export/io/exportToFolder.ts'
import { readTree, tempDir } from '../support/exportRun.ts'

/** A generated dataset, its export with a cache, and a way to export an edited source with and without one. */
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
  /** Edits the source's line of one document of a type (its title or question), so that the export reads what the store holds for it. */
  const touch = async (type: string) => {
    const lines = (await readFile(file, 'utf8')).split('\n')
    const at = lines.findIndex((line) => line.includes(`"_type":"${type}"`))
    lines[at] = (lines[at] ?? '').replace(/"(title|question)":"/, '"$1":"Nieuw: ')
    await writeFile(file, lines.join('\n'))
  }
  /** The output a full export without a cache writes from the source as it is now. */
  const full = async () => {
    expect((await run(false, join(dir, 'full'))).ok).toBe(true)
    return readTree(join(dir, 'full'))
  }
  return { dir, out, cacheDir, storeDir: join(cacheDir, 'store'), run, first, touch, full }
}

/**
 * Rewrites values of one table of the store as someone with write access to the cache folder but
 * not its key would: the payload after the seal (a tag and 43 characters) changed, the seal kept.
 */
async function edit(storeDir: string, table: string, change: (text: string) => string): Promise<number> {
  const env = open({ path: storeDir, maxDbs: 32, compression: false })
  let edited = 0
  try {
    const db = env.openDB({ name: table, keyEncoding: 'binary', encoding: 'binary' })
    for (const { key, value } of [...db.getRange()]) {
      if (!Buffer.isBuffer(value) || !Buffer.isBuffer(key)) continue
      const text = value.subarray(44).toString('utf8')
      const after = change(text)
      if (after === text) continue
      db.putSync(key, Buffer.concat([value.subarray(0, 44), Buffer.from(after, 'utf8')]))
      edited += 1
    }
  } finally {
    await env.close()
  }
  return edited
}

const doubted = (storeDir: string) => `Not using the cache: an entry of ${storeDir} does not match its seal (edited?); building everything`

describe('a content store edited on disk', { timeout: 120_000 }, () => {
  it('is not believed when every vacancy was made to expire in it: all vacancies are written', async () => {
    const { out, storeDir, run, first, touch, full } = await setting('edited-expiry')
    expect(first.vacancies).toBeGreaterThan(150)
    expect(await edit(storeDir, 'docs', (text) => text.replace(/"validThrough":"[^"]*"/g, '"validThrough":"2020-01-01"'))).toBeGreaterThan(150)
    await touch('vacancy')
    const again = await run()
    expect([again.ok, again.vacancies, again.profiles]).toEqual([true, first.vacancies, first.profiles])
    expect(again.lines).toContain(doubted(storeDir))
    expect(await readTree(out)).toEqual(await full())
  })

  it('is not believed when a slug was changed in it: no page is written under it', async () => {
    const { out, storeDir, run, touch, full } = await setting('edited-slug')
    expect(await edit(storeDir, 'docs', (text) => (text.includes('"_type":"jobProfile"') ? text.replace(/"current":"([a-z0-9-]+)"/, '"current":"hacked-$1"') : text))).toBeGreaterThan(0)
    await touch('jobProfile')
    const again = await run()
    expect(again.ok).toBe(true)
    expect(again.lines).toContain(doubted(storeDir))
    const tree = await readTree(out)
    expect(Object.keys(tree).filter((path) => path.includes('hacked'))).toEqual([])
    expect(tree).toEqual(await full())
  })

  it('is not believed when a page record was edited: the manifest holds the true hashes', async () => {
    const { out, storeDir, run, touch, full } = await setting('edited-pages')
    expect(await edit(storeDir, 'pages', (text) => text.replace(/"sha256":"[0-9a-f]{64}"/g, `"sha256":"${'0'.repeat(64)}"`))).toBeGreaterThan(0)
    await touch('faqEntry')
    const again = await run()
    expect(again.reused).toBe(0)
    expect(again.lines).toContain(doubted(storeDir))
    expect(await readTree(out)).toEqual(await full())
  })

  it('is not believed when an index entry was moved: the referrers of a document are its own', async () => {
    const { out, storeDir, run, touch, full } = await setting('edited-index')
    // An index member is `<referrer>\0<seal>`: another referrer's name under the old seal does not pass.
    const env = open({ path: storeDir, maxDbs: 32, compression: false })
    const db = env.openDB({ name: 'referrers', dupSort: true, keyEncoding: 'binary', encoding: 'binary' })
    const members = [...db.getRange()].flatMap(({ key, value }) => (Buffer.isBuffer(key) && Buffer.isBuffer(value) ? [{ key, value: Buffer.from(value) }] : []))
    expect(members.length).toBeGreaterThan(100)
    for (const { key, value } of members) {
      db.removeSync(key, value)
      db.putSync(key, Buffer.from(value.toString('utf8').replace(/^[^\u0000]+/, 'jobProfile.elsewhere')))
    }
    await env.close()
    await touch('faqEntry')
    await touch('salaryTier')
    const again = await run()
    expect(again.ok).toBe(true)
    expect(again.lines).toContain(doubted(storeDir))
    expect(await readTree(out)).toEqual(await full())
  })

  it('is not believed when a value was removed from it: the page of an edited FAQ entry is written though its referrers were taken out', async () => {
    const { out, dir, storeDir, run, touch, full } = await setting('removed-value')
    const line = (await readFile(join(dir, 'data.ndjson'), 'utf8')).split('\n').find((text) => text.includes('"_type":"faqEntry"')) ?? ''
    const faq = String(JSON.parse(line)._id)
    // Removed, not edited: every value left passes its seal.
    const env = open({ path: storeDir, maxDbs: 32, compression: false })
    const db = env.openDB({ name: 'referrers', dupSort: true, keyEncoding: 'binary', encoding: 'binary' })
    const recorded = [...db.getRange()].length
    const key = Buffer.from(faq, 'utf8')
    const members = [...db.getRange({ start: key, end: Buffer.concat([key, Buffer.from([0])]) })].flatMap(({ key: at, value }) => (Buffer.isBuffer(at) && at.equals(key) && Buffer.isBuffer(value) ? [Buffer.from(value)] : []))
    expect(members.length).toBeGreaterThan(0)
    for (const value of members) db.removeSync(key, value)
    await env.close()
    await touch('faqEntry')
    const again = await run()
    expect(again.ok).toBe(true)
    expect(again.lines).toContain(`Not using the cache: the content store holds ${recorded - members.length} entries in referrers[] where it recorded ${recorded} (edited?); building everything`)
    expect(await readTree(out)).toEqual(await full())
  })

  it('is emptied, as one an earlier jobld wrote, when its values carry the earlier seal\'s tags', async () => {
    const { out, storeDir, run, first, full } = await setting('earlier-store')
    // Until the seals were keyed SHA-512/256, a value's payload was tagged J (JSON) or B (bytes).
    const env = open({ path: storeDir, maxDbs: 32, compression: false })
    const meta = env.openDB({ name: 'meta', keyEncoding: 'binary', encoding: 'binary' })
    for (const { key, value } of [...meta.getRange()]) {
      if (Buffer.isBuffer(key) && Buffer.isBuffer(value)) meta.putSync(key, Buffer.concat([Buffer.from([value[0] === 0x62 ? 0x42 : 0x4a]), value.subarray(1)]))
    }
    await env.close()
    const again = await run()
    expect([again.ok, again.reused, again.vacancies]).toEqual([true, 0, first.vacancies])
    expect(again.lines).toContain(`Not using the cache: ${storeDir} was written by an earlier version of jobld; building everything`)
    expect(await readTree(out)).toEqual(await full())
    expect((await run()).reused).toBe(first.profiles + first.vacancies)
  })

  it('is not used at all when its key was replaced', async () => {
    const { out, cacheDir, storeDir, run, first, full } = await setting('edited-key')
    await writeFile(join(cacheDir, 'cache-key'), 'f'.repeat(64))
    const again = await run()
    expect([again.reused, again.vacancies]).toEqual([0, first.vacancies])
    expect(again.lines).toContain(doubted(storeDir))
    expect(await readTree(out)).toEqual(await full())
    // Rewritten under the new key, the store serves the next export again.
    expect((await run()).reused).toBe(first.profiles + first.vacancies)
  })
})
