/**
 * The .tar.gz source streamed into the content store (tarGzLoader): real archives packed per run
 * from generated datasets, exported as the CLI exports them and compared with the same documents
 * read from an NDJSON file; documents checked while the archive is still being read; damaged and
 * hostile archives refused with nothing written; incremental runs equal to full ones.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { createRandom } from '../bench/random.ts'
import { formatReport } from '../scripts/core/formatReport.ts'
import { defaultLimits } from '../scripts/core/limits.ts'
import { fileReader } from '../scripts/export/io/engine/fileReader.ts'
import { nodeSha256 } from '../scripts/export/io/engine/nodeSha256.ts'
import { exportToFolder, type FolderExportOptions } from '../scripts/export/io/exportToFolder.ts'
import { tarGzLoader } from '../scripts/export/io/loaders/tarGzLoader.ts'
import { openLmdbStore } from '../scripts/export/io/store/lmdbStore.ts'
import { discardSink } from '../scripts/export/lib/engine/discardSink.ts'
import { inlineWorkers } from '../scripts/export/lib/engine/inlineWorkers.ts'
import { runPipeline } from '../scripts/export/lib/engine/runPipeline.ts'
import type { Workers } from '../scripts/export/lib/engine/types.ts'
import { SourceError } from '../scripts/sources/sourceError.ts'
import { NOW, outputState, readTree, runCli } from './support/exportRun.ts'

type Doc = Record<string, unknown>

const now = new Date('2026-11-26T12:00:00Z')
const folder = 'production-export-2026-11-26'
const ndjson = (docs: ReadonlyArray<Doc>) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n'

let work = ''
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'jobld-targz-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

/**
 * Packs files into a .tar.gz, in the order given (paths inside the archive; a value of `null` is a
 * folder). The files are written under a folder of their own first.
 */
async function pack(name: string, files: ReadonlyArray<[string, string | Buffer | null]>, options: { preservePaths?: boolean } = {}): Promise<string> {
  const root = join(work, name)
  for (const [path, content] of files) {
    if (content === null) await mkdir(join(root, path), { recursive: true })
    else {
      await mkdir(join(root, path, '..'), { recursive: true })
      await writeFile(join(root, path), content)
    }
  }
  const archive = join(work, `${name}.tar.gz`)
  await create({ gzip: true, file: archive, cwd: root, portable: true, noDirRecurse: true, preservePaths: options.preservePaths === true }, files.map(([path]) => path))
  return archive
}

const options = (cacheDir: string, cache = true): FolderExportOptions => ({ now, baseUrl: 'https://www.example.nl/beroepen', strict: false, cache, cacheDir })

describe('the .tar.gz source', () => {
  let big: Doc[] = []
  let bigText = ''
  let reference: Record<string, string> = {}
  beforeAll(async () => {
    big = [...generateDataset({ documents: 4000, seed: 24 })]
    bigText = ndjson(big)
    const file = join(work, 'big.ndjson')
    await writeFile(file, bigText)
    const result = await exportToFolder({ kind: 'ndjson', file }, {}, join(work, 'reference'), options(join(work, 'reference-cache'), false))
    expect(result.ok).toBe(true)
    reference = await readTree(join(work, 'reference'))
  }, 300_000)

  it('exports 4,000 documents to the bytes of the same NDJSON file, wherever data.ndjson lies among nested asset folders', { timeout: 300_000 }, async () => {
    const png = randomBytes(96 * 1024)
    const last = await pack('data-last', [
      [folder, null],
      [`${folder}/images`, null],
      [`${folder}/images/2026/11/a1b2c3-1200x800.png`, png],
      [`${folder}/files/docs/handbook.pdf`, randomBytes(8 * 1024)],
      [`${folder}/assets.json`, '{}\n'],
      [`${folder}/data.ndjson`, bigText],
    ])
    const first = await pack('data-first', [
      ['data.ndjson', bigText],
      ['images/a1b2c3-1200x800.png', png],
    ])
    for (const archive of [last, first]) {
      const out = join(work, `out-${archive.endsWith('data-last.tar.gz') ? 'last' : 'first'}`)
      const result = await exportToFolder({ kind: 'tarGz', file: archive }, {}, out, options(`${out}-cache`))
      expect(result.ok).toBe(true)
      expect(result.profiles + result.vacancies).toBeGreaterThan(1000)
      expect(await readTree(out)).toEqual(reference)
    }
  })

  it('checks documents while the archive is still being read: an archive cut off near its end fails after the first batches were checked', { timeout: 300_000 }, async () => {
    // The end of the archive is missing: a loader that read the whole archive before checking would fail before any check.
    const whole = await readFile(await pack('to-cut-late', [[`${folder}/data.ndjson`, bigText]]))
    const archive = join(work, 'cut-late.tar.gz')
    await writeFile(archive, whole.subarray(0, Math.floor(whole.length * 0.9)))
    const storeDir = join(work, 'cut-late-store')
    const store = await openLmdbStore(storeDir, (text) => createHmac('sha256', 'test').update(text).digest('base64url'))
    const reader = fileReader()
    const inline = inlineWorkers({ baseUrl: undefined, sha256: nodeSha256, reader })
    const calls: Array<{ items: number; handedBytes: number; storedBytes: number }> = []
    let handedBytes = 0
    const workers: Workers = {
      ...inline,
      size: inline.size,
      async check(items) {
        for (const { at } of items) if ('length' in at) handedBytes += at.length
        // What the loader has taken out of the archive so far is what it wrote to the store's document file.
        // Measured when the lines are handed over: an asynchronous stat let the loader read on and append
        // the next batch first (seen once, beside another whole suite).
        calls.push({ items: items.length, handedBytes, storedBytes: statSync(join(storeDir, 'documents.bin')).size })
        return inline.check(items)
      },
    }
    const loader = tarGzLoader(archive, { limits: defaultLimits, storeDir })
    let failure: unknown
    try {
      await runPipeline(loader, { store, workers, sink: discardSink(), key: 'test' }, { now })
    } catch (error) {
      failure = error
    } finally {
      reader.close()
      await store.close()
    }
    expect(failure).toBeInstanceOf(SourceError)
    expect(failure instanceof SourceError && failure.message).toBe(`Unexpected end of archive "${archive}" inside its entry ${folder}/data.ndjson, expected a complete .tar.gz (was the export or its download cut off?)`)
    // Batches of the lines read so far went to the checks before the archive's end was reached...
    expect(calls.length).toBeGreaterThanOrEqual(1)
    expect(calls.reduce((sum, call) => sum + call.items, 0)).toBeGreaterThanOrEqual(big.length / 3)
    // ...each as soon as its lines were read: nothing of the archive waited on the heap for a later check.
    for (const call of calls) expect(call.storedBytes).toBe(call.handedBytes)
  })

  it('refuses an archive cut off inside data.ndjson, naming the archive and the entry, exits 2 and leaves the output as it was', { timeout: 300_000 }, async () => {
    const whole = await readFile(
      await pack('to-cut', [
        [`${folder}/images/a.png`, randomBytes(32 * 1024)],
        [`${folder}/data.ndjson`, bigText],
      ]),
    )
    const cut = join(work, 'cut.tar.gz')
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.7)))
    const out = join(work, 'out-cut')
    const good = await runCli(['--from', join(work, 'data-first.tar.gz'), '--out', out, ...NOW])
    expect(good.code).toBe(0)
    const before = await outputState(out)
    const run = await runCli(['--from', cut, '--out', out, ...NOW])
    expect(run.stderr).toBe(`Unexpected end of archive "${cut}" inside its entry ${folder}/data.ndjson, expected a complete .tar.gz (was the export or its download cut off?)\n`)
    expect(run.code).toBe(2)
    expect(await outputState(out)).toEqual(before)
    // The next run of the whole archive is a full one, and writes what a full export writes.
    const again = await exportToFolder({ kind: 'tarGz', file: join(work, 'data-first.tar.gz') }, {}, join(work, 'after-cut'), options(join(work, 'after-cut-cache')))
    expect(again.ok).toBe(true)
    expect(await readTree(join(work, 'after-cut'))).toEqual(reference)
  })
})

describe('hostile archives', () => {
  const doc = JSON.stringify({ _id: 'organization.een', _type: 'organization', name: 'Een werkgever' })

  it('refuses an entry whose name leads out of the archive, whatever its place', async () => {
    const archive = await pack('traversal', [
      [`${folder}/data.ndjson`, `${doc}\n`],
      [`../escape/data.png`, 'x'],
    ], { preservePaths: true })
    const run = await runCli(['--from', archive, '--out', join(work, 'out-traversal'), ...NOW])
    expect(run.stderr).toBe(`Unexpected entry "../escape/data.png" in archive "${archive}" whose name leads out of the archive's folder, expected a \`sanity dataset export\` archive\n`)
    expect(run.code).toBe(2)
    await expect(stat(join(work, 'out-traversal'))).rejects.toThrow()
  })

  it('refuses a link in the place of data.ndjson and ignores other links, following none', async () => {
    const root = join(work, 'links')
    await mkdir(join(root, folder), { recursive: true })
    await writeFile(join(root, 'real.ndjson'), `${doc}\n`)
    await symlink('../real.ndjson', join(root, folder, 'data.ndjson'))
    const linked = join(work, 'linked.tar.gz')
    await create({ gzip: true, file: linked, cwd: root, portable: true }, [`${folder}/data.ndjson`, 'real.ndjson'])
    const refused = await runCli(['--from', linked, '--out', join(work, 'out-linked'), ...NOW])
    expect(refused.stderr).toBe(`Unexpected link "${folder}/data.ndjson" in archive "${linked}", expected data.ndjson to be a file\n`)
    expect(refused.code).toBe(2)

    const other = join(work, 'links-other')
    await mkdir(join(other, folder, 'images'), { recursive: true })
    await writeFile(join(other, folder, 'data.ndjson'), `${doc}\n`)
    await symlink('/etc/passwd', join(other, folder, 'images', 'passwd.png'))
    const ignored = join(work, 'ignored.tar.gz')
    await create({ gzip: true, file: ignored, cwd: other, portable: true }, [`${folder}/images/passwd.png`, `${folder}/data.ndjson`])
    const out = join(work, 'out-ignored')
    const run = await runCli(['--from', ignored, '--out', out, ...NOW])
    expect(run.code).toBe(0)
    expect(await readdir(out)).toEqual(['manifest.json'])
  })
})

describe('an archive holding the API token', () => {
  it('is a content error at the document line inside the archive, and no byte of the token reaches the cache folder', async () => {
    const token = 'skTokenForTheArchiveTest0123456789abcdef'
    const docs = [...generateDataset({ documents: 8 * 17 + 4, seed: 9 })]
    const at = docs.findIndex((doc) => doc._type === 'organization')
    docs[at] = { ...docs[at], name: `Werkgever ${token}` }
    const archive = await pack('with-token', [[`${folder}/data.ndjson`, ndjson(docs)]])
    const cache = join(work, 'with-token-cache')
    const run = await runCli(['--from', archive, '--out', join(work, 'out-with-token'), '--cache-dir', cache, ...NOW], { SANITY_API_TOKEN: token })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `organization → ${String(docs[at]?._id)} (${archive}!/${folder}/data.ndjson:${at + 1}): does not validate.\n  name: Unexpected API token in this field (its value is not shown), expected content without secrets: remove it, and rotate the token\n`,
    )
    expect(run.stderr).not.toContain(token)
    const left = await readdir(cache, { recursive: true, withFileTypes: true }).catch(() => [])
    for (const entry of left) if (entry.isFile()) expect((await readFile(join(entry.parentPath, entry.name))).includes(token), entry.name).toBe(false)
    await expect(stat(join(cache, 'store'))).rejects.toThrow()
  })
})

describe('incremental exports of an archive', () => {
  it('write what a full export writes after random edits, and read only what changed', { timeout: 300_000 }, async () => {
    const random = createRandom(24)
    const docs = [...generateDataset({ documents: 8 * 17 + 4, seed: 5 })]
    const dir = join(work, 'incremental')
    const options_ = (cacheDir: string, cache: boolean): FolderExportOptions => ({ ...options(cacheDir, cache), workers: 0 })
    const step = async (n: number, entries: ReadonlyArray<[string, string | Buffer | null]>) => {
      const archive = await pack(`incremental-${n}`, entries)
      const incremental = await exportToFolder({ kind: 'tarGz', file: archive }, {}, join(dir, 'inc'), { ...options_(join(dir, 'inc-cache'), true), workers: n % 2 === 1 ? 2 : 0 })
      const full = await exportToFolder({ kind: 'tarGz', file: archive }, {}, join(dir, `full-${n}`), options_(join(dir, `full-${n}-cache`), false))
      expect(incremental.ok).toBe(full.ok)
      expect(formatReport(incremental.issues)).toBe(formatReport(full.issues))
      expect(await readTree(join(dir, 'inc'))).toEqual(await readTree(join(dir, `full-${n}`)))
      await rm(join(dir, `full-${n}`), { recursive: true, force: true })
      return incremental
    }
    const first = await step(0, [[`${folder}/data.ndjson`, ndjson(docs)]])
    expect(first.full).toBe(true)
    const ofType = (type: string) => docs.flatMap((d, i) => (d._type === type ? [i] : []))
    const done: string[] = []
    for (let n = 1; n <= 8; n++) {
      const kind = random.pick(['faq', 'vacancy', 'move', 'slug', 'delete'])
      if (kind === 'faq') {
        const i = random.pick(ofType('faqEntry'))
        docs[i] = { ...docs[i], question: `Hoe lang duurt de opleiding ${n}?` }
      } else if (kind === 'vacancy') {
        const i = random.pick(ofType('vacancy'))
        docs[i] = { ...docs[i], title: `Vacature ${n}` }
      } else if (kind === 'move') {
        const [moved] = docs.splice(random.int(0, docs.length - 1), 1)
        if (moved) docs.splice(random.int(0, docs.length), 0, moved)
      } else if (kind === 'slug') {
        const i = random.pick(ofType('jobProfile'))
        docs[i] = { ...docs[i], slug: { _type: 'slug', current: `hernoemd-${n}` } }
      } else docs.splice(random.pick(ofType('vacancy')), 1)
      done.push(kind)
      // Assets before or after the dataset file, as each export packs them.
      const data: [string, string] = [`${folder}/data.ndjson`, ndjson(docs)]
      const asset: [string, Buffer] = [`${folder}/images/i${n}.png`, randomBytes(1024)]
      const result = await step(n, random.chance(0.5) ? [data, asset] : [asset, data])
      expect(result.full, done.join(', ')).toBe(false)
      expect(result.ok, done.join(', ')).toBe(true)
      // One edit changes one or two documents' bytes (a deletion none): the rest are kept, not checked again.
      expect(result.changed, done.join(', ')).toBeLessThanOrEqual(2)
    }
    // The same archive again: not read at all.
    const last = join(work, 'incremental-8.tar.gz')
    const again = await exportToFolder({ kind: 'tarGz', file: last }, {}, join(dir, 'inc'), options_(join(dir, 'inc-cache'), true))
    expect(again).toMatchObject({ ok: true, full: false, changed: 0, built: 0 })
  })
})
