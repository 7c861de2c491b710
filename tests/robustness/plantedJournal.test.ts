/**
 * Issue 19, data loss: a journal found in a cache folder (a restored CI cache, a copied folder, a
 * hand-made file) is replayed only when it is sealed with that folder's key, names the output that
 * folder is for, and fits that output as it is (the manifest it replaces, files that manifest
 * lists, bytes that still match). Anything else is removed from the cache folder with a notice and
 * nothing it names is touched, whichever command finds it: `jobld validate` included.
 */
import { randomBytes } from 'node:crypto'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheFolderName } from '../../scripts/export/io/cacheDir.ts'
import { nodeSha256 } from '../../scripts/export/io/engine/nodeSha256.ts'
import { keyedDigest } from '../../scripts/export/io/trust/cacheMac.ts'
import { sealLine } from '../../scripts/export/lib/trust/sealedLine.ts'
import { NOW, readTree, runJobld, tempDir } from '../support/exportRun.ts'

/** A folder of someone else's files, and a jobld output with its cache, all in one temporary folder. */
async function setting(label: string) {
  const dir = await tempDir(label)
  const victim = join(dir, 'other')
  await mkdir(victim)
  await writeFile(join(victim, 'a.txt'), 'mine')
  await writeFile(join(victim, 'b.txt'), 'mine too')
  const cache = join(dir, 'cache')
  const out = join(dir, 'jsonld')
  const exported = await runJobld(['export', '--from', 'content', '--out', out, ...NOW], { JOBLD_CACHE_DIR: cache })
  expect(exported.code, exported.stderr).toBe(0)
  return { dir, victim, cache, out, own: join(cache, cacheFolderName(out)) }
}

/** The journal a killed export would have left, with the fields given. */
function journal(fields: Record<string, unknown>) {
  return {
    format: 'jobld-output-journal',
    version: 2,
    id: '0123456789abcdef',
    staging: 'cache',
    whole: false,
    replaces: null,
    manifest: nodeSha256('{}'),
    put: ['manifest.json'],
    remove: [],
    createdOut: null,
    createdFolders: [],
    ...fields,
  }
}

/** Writes a journal into `<folder>/write-1-<id>/`, sealed with the folder's key (made when absent), as only jobld could. */
async function plant(folder: string, value: Record<string, unknown>, sealed = true) {
  await mkdir(join(folder, 'write-1-0123456789abcdef', 'files'), { recursive: true })
  await writeFile(join(folder, 'write-1-0123456789abcdef', 'files', 'manifest.json'), '{"generator":"jobld","version":1,"pages":[]}\n')
  const keyFile = join(folder, 'cache-key')
  const key = await readFile(keyFile, 'utf8').catch(async () => {
    const made = randomBytes(32).toString('hex')
    await writeFile(keyFile, made)
    return made
  })
  const mac = keyedDigest(key)
  const text = JSON.stringify(value)
  await writeFile(join(folder, 'write-1-0123456789abcdef', 'journal.json'), `${sealed ? sealLine(mac, 'jobld-output-journal', text) : text}\n`)
  return join(folder, 'write-1-0123456789abcdef', 'journal.json')
}

const validate = (cache: string) => runJobld(['validate', '--from', 'content', ...NOW], { JOBLD_CACHE_DIR: cache })

describe('a journal planted in a cache folder', () => {
  it('is removed unread when it is not sealed with the folder key, and jobld validate touches nothing', async () => {
    const { victim, cache, own } = await setting('planted-unsealed')
    // The first version's journal format, as the attack wrote it.
    const file = await plant(own, { format: 'jobld-output-journal', out: victim, mode: 'files', put: ['manifest.json'], remove: ['a.txt'] }, false)
    const run = await validate(cache)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(`Removed ${file}: its seal does not match this cache folder (it was edited, or written elsewhere); no output was touched.`)
    expect(await readTree(victim)).toEqual({ 'a.txt': 'mine', 'b.txt': 'mine too' })
  })

  it('is removed when it is sealed but names another output than the one its folder is for', async () => {
    const { victim, cache, own } = await setting('planted-elsewhere')
    const file = await plant(own, journal({ out: victim, remove: [{ path: 'sitemap.xml', sha256: nodeSha256('x') }] }))
    const run = await validate(cache)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(`Removed ${file}: it names ${victim}, which this cache folder is not for; no output was touched.`)
    expect(await readTree(victim)).toEqual({ 'a.txt': 'mine', 'b.txt': 'mine too' })
  })

  it('is thrown away when sealed and bound to a folder that holds no jobld manifest: nothing is removed or put there', async () => {
    const { victim, cache } = await setting('planted-bound')
    await writeFile(join(victim, 'sitemap.xml'), '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    const before = await readTree(victim)
    const folder = join(cache, cacheFolderName(victim))
    await mkdir(folder, { recursive: true })
    await plant(folder, journal({ out: victim, remove: [{ path: 'sitemap.xml', sha256: nodeSha256(before['sitemap.xml'] ?? '') }] }))
    const run = await validate(cache)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(
      `A write of ${victim} that a killed run decided was not finished: ${victim} changed since (its manifest.json is not the one that write replaced), so it was thrown away and nothing in ${victim} was touched.`,
    )
    expect(await readTree(victim)).toEqual(before)
  })

  it('is thrown away when the output it is for has another manifest than the one it replaces', async () => {
    const { out, cache, own } = await setting('planted-stale')
    const before = await readTree(out)
    await plant(
      own,
      journal({ out, replaces: nodeSha256('an older manifest'), remove: [{ path: 'customer-service-medewerker.jsonld', sha256: nodeSha256(before['customer-service-medewerker.jsonld'] ?? '') }] }),
    )
    const run = await validate(cache)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toContain(`A write of ${out} that a killed run decided was not finished: ${out} changed since`)
    expect(await readTree(out)).toEqual(before)
  })

  it('removes no file that the manifest it replaces does not list, even with the right hash', async () => {
    const { out, cache, own } = await setting('planted-unlisted')
    await writeFile(join(out, 'sitemap-extra.xml'), '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    const before = await readTree(out)
    await plant(
      own,
      journal({ out, replaces: nodeSha256(before['manifest.json'] ?? ''), remove: [{ path: 'sitemap-extra.xml', sha256: nodeSha256(before['sitemap-extra.xml'] ?? '') }] }),
    )
    const run = await validate(cache)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toContain(`A write of ${out} that a killed run decided was not finished`)
    expect(await readTree(out)).toEqual(before)
  })

  it('copied with a whole cache into another checkout, is for the output it was made for only', async () => {
    const { dir, victim, cache, own } = await setting('planted-copied')
    const copy = join(dir, 'restored')
    await cp(cache, copy, { recursive: true })
    await plant(join(copy, own.slice(cache.length + 1)), journal({ out: victim, remove: [] }))
    const run = await validate(copy)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toContain(`it names ${victim}, which this cache folder is not for; no output was touched.`)
    expect(await readTree(victim)).toEqual({ 'a.txt': 'mine', 'b.txt': 'mine too' })
  })
})
