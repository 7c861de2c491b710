/**
 * The webhook's entry into the export (updateOutput): one change at a time, applied to the content
 * store and the output folder, gives the bytes a full export of the dataset gives, after random
 * creates, edits, slug renames, unpublishes and deletes made through the real @sanity/client
 * against the local emulator; and its work is the change's (documents read, checked, pages built).
 */
import { execFileSync } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { cacheDirFor } from '../scripts/export/io/cacheDir.ts'
import { parseManifest } from '../scripts/export/lib/parseManifest.ts'
import { updateOutput, type OutputChange, type UpdateOutputOptions } from '../scripts/export/io/updateOutput.ts'
import { renderSitemapFiles } from '../scripts/notify/io/renderSitemaps.ts'
import { editedLake } from './support/editedLake.ts'
import { NOW, readTree, runCli, tempDir } from './support/exportRun.ts'

const BASE_URL = 'https://www.example.nl/beroepen'

const { lake, env, published, edits } = editedLake(41)
/** The edits this test makes at random, in this order. */
const names = ['editQuestion', 'renameVacancySlug', 'editTier', 'createOrganisation', 'moveVacancyToOrganisation', 'unpublishVacancy', 'deleteVacancy'] as const

/** A change as the webhook brings it: the touched documents as published now, and the ids no longer published. */
function changeOf(ids: ReadonlyArray<string>): OutputChange {
  const now = new Map(lake().documents().flatMap((doc) => (typeof doc._id === 'string' && !doc._id.startsWith('drafts.') ? [[doc._id, doc] as const] : [])))
  return { upserts: ids.flatMap((id) => { const doc = now.get(id); return doc ? [doc] : [] }), deletes: ids.filter((id) => !now.has(id)) }
}

describe('updateOutput', () => {
  it('writes the bytes of a full export after each random change, doing the change\'s work alone', { timeout: 300_000 }, async () => {
    const dir = await tempDir('update-output')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    const first = await runCli(['--out', out, '--cache-dir', root, '--workers', '0', '--base-url', BASE_URL, ...NOW], env())
    expect(first.code, first.stderr).toBe(0)
    const options: UpdateOutputOptions = {
      now: new Date('2026-11-26'),
      baseUrl: BASE_URL,
      // The sitemaps list every page: an update makes them from the current manifest and the change.
      extraFiles: (input) => renderSitemapFiles(input, BASE_URL),
      strict: false,
      cache: true,
      cacheDir: cacheDirFor(root, out),
      workers: 0,
      out,
      source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset },
      env: env(),
    }
    const random = createRandom(20261202)
    const done: string[] = []
    for (let step = 1; step <= 10; step++) {
      const name = random.pick(names) ?? 'editQuestion'
      const ids = (await edits[name](random))?.ids ?? []
      done.push(`${name} ${ids.join(',')}`)
      const result = await updateOutput(options, changeOf(ids))
      expect(result.ok, `${done.join('; ')}\n${JSON.stringify(result.issues.filter((i) => i.severity === 'error'))}`).toBe(true)
      // The change's work: its own documents read, a handful checked, only its pages built.
      expect(result.work, done.join('; ')).toMatchObject({ full: false })
      expect(result.work.documentsRead, done.join('; ')).toBeLessThanOrEqual(ids.length)
      expect(result.work.documentsChecked, done.join('; ')).toBeLessThan(60)
      const fresh = join(dir, `full-${step}`)
      const full = await runCli(['--out', fresh, '--cache-dir', join(dir, `cache-${step}`), '--no-cache', '--workers', '0', '--base-url', BASE_URL, ...NOW], env())
      expect(full.code).toBe(0)
      const [mine, theirs] = [await readTree(out), await readTree(fresh)]
      expect(Object.keys(mine).filter((path) => path.startsWith('sitemap')).length, 'sitemaps').toBeGreaterThan(1)
      expect(mine, done.join('; ')).toEqual(theirs)
      // Every page it reports is in the output, but those it removed.
      for (const page of result.pages) expect(mine[page.path] === undefined, `${page.path} ${page.action}`).toBe(page.action === 'removed')
    }
  })

  it('splits and joins small sitemap files as vacancies come, go and change slugs, writing only the files a change touches and the bytes of a full export', { timeout: 300_000 }, async () => {
    const dir = await tempDir('update-sitemaps')
    const out = join(dir, 'jsonld')
    // Three URLs per file: the vacancies' file is split by the slugs' first characters, and a rename moves a page between files.
    const limits = { urls: 3, bytes: 52_428_800 }
    let written: string[] = []
    const options = (into: string, cache: string): UpdateOutputOptions => ({
      now: new Date('2026-11-26'),
      baseUrl: BASE_URL,
      extraFiles: async (input) => {
        const files = await renderSitemapFiles(input, BASE_URL, limits)
        written = files.put.map((file) => file.path)
        return files
      },
      strict: false,
      cache: true,
      cacheDir: cacheDirFor(join(dir, cache), into),
      workers: 0,
      out: into,
      source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset },
      env: env(),
    })
    // The first update finds no store: a full export, with every sitemap file.
    expect((await updateOutput(options(out, 'cache'), changeOf([]))).work.full).toBe(true)
    const random = createRandom(20261207)
    const done: string[] = []
    const kinds = ['renameVacancySlug', 'renameVacancySlug', 'unpublishVacancy', 'deleteVacancy', 'editQuestion'] as const
    let fewer = 0
    for (let step = 1; step <= 8; step++) {
      const name = random.pick(kinds) ?? 'renameVacancySlug'
      const ids = (await edits[name](random))?.ids ?? []
      done.push(`${name} ${ids.join(',')}`)
      const result = await updateOutput(options(out, 'cache'), changeOf(ids))
      expect(result.ok, done.join('; ')).toBe(true)
      expect(result.work.full, done.join('; ')).toBe(false)
      const mine = await readTree(out)
      const sitemaps = Object.keys(mine).filter((path) => path.startsWith('sitemap'))
      if (written.length < sitemaps.length - 1) fewer += 1
      // A full export of the same content, with the same bounds.
      const fresh = join(dir, `full-${step}`)
      expect((await updateOutput(options(fresh, `cache-${step}`), changeOf([]))).work.full).toBe(true)
      expect(sitemaps.length, 'sitemaps').toBeGreaterThan(4)
      expect(mine, done.join('; ')).toEqual(await readTree(fresh))
    }
    // Most changes touch one or two of the files.
    expect(fewer).toBeGreaterThan(4)
  })

  it('reports the pages of an unchanged document as unchanged, and builds none', async () => {
    const dir = await tempDir('update-same')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    expect((await runCli(['--out', out, '--cache-dir', root, '--workers', '0', ...NOW], env())).code).toBe(0)
    const faq = published('faqEntry')[0]
    if (!faq) throw new Error('Unexpected dataset without FAQ entries')
    const result = await updateOutput(
      { now: new Date('2026-11-26'), baseUrl: 'https://www.example.nl/beroepen', strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset }, env: env() },
      changeOf([faq._id]),
    )
    expect(result.ok).toBe(true)
    expect(result.work).toEqual({ full: true, documentsRead: expect.any(Number), documentsChecked: expect.any(Number), pagesBuilt: expect.any(Number) })
    // The first update with another base URL is a full one; the next, with nothing changed, builds nothing.
    const again = await updateOutput(
      { now: new Date('2026-11-26'), baseUrl: 'https://www.example.nl/beroepen', strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset }, env: env() },
      changeOf([faq._id]),
    )
    expect(again.work).toEqual({ full: false, documentsRead: 0, documentsChecked: 0, pagesBuilt: 0 })
    expect(again.pages.length).toBeGreaterThan(0)
    for (const page of again.pages) {
      expect(page.action).toBe('unchanged')
      expect(page.url).toMatch(/^https:\/\/www\.example\.nl\/beroepen\//)
    }
  })

  it('trusts the manifest\'s recorded hash only while the file is the one jobld wrote: bytes edited in place, size and modification time kept, mean a full export', async () => {
    const dir = await tempDir('update-stamped-manifest')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    const options: UpdateOutputOptions = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset }, env: env() }
    expect((await updateOutput(options, changeOf([]))).work.full).toBe(true)
    // Nothing changed since: the store is trusted, with the hash it recorded for this very file.
    expect((await updateOutput(options, changeOf([]))).work).toEqual({ full: false, documentsRead: 0, documentsChecked: 0, pagesBuilt: 0 })
    const file = join(out, 'manifest.json')
    const written = await readFile(file, 'utf8')
    const page = parseManifest(written)?.pages[0]
    if (!page) throw new Error('Unexpected export without pages')
    // Another page hash of the same length, written in place; the modification time set back.
    const edited = written.replace(`"sha256": "${page.sha256}"`, `"sha256": "${page.sha256.replace(/^./, (c) => (c === '0' ? '1' : '0'))}"`)
    expect(edited.length).toBe(written.length)
    const { mtimeNs } = await stat(file, { bigint: true })
    await writeFile(file, edited)
    // To the nanosecond (fs.utimes takes seconds as a double: microseconds at best).
    execFileSync('touch', ['-m', '-d', `@${mtimeNs / 1_000_000_000n}.${String(mtimeNs % 1_000_000_000n).padStart(9, '0')}`, file])
    expect((await stat(file, { bigint: true })).mtimeNs).toBe(mtimeNs)
    const result = await updateOutput(options, changeOf([]))
    expect(result.ok).toBe(true)
    expect(result.work.full).toBe(true)
    expect(await readFile(file, 'utf8')).toBe(written)
  })

  it('reads a manifest edited in place with its schema though the content store is unchanged: an html path out of the folder is refused, nothing written', async () => {
    const dir = await tempDir('update-edited-manifest')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    expect((await runCli(['--out', out, '--cache-dir', root, '--workers', '0', ...NOW], env())).code).toBe(0)
    const file = join(out, 'manifest.json')
    const written = await readFile(file, 'utf8')
    const page = parseManifest(written)?.pages[0]
    if (!page) throw new Error('Unexpected export without pages')
    // Edited byte for byte where jobld wrote it: the layout is jobld's, only the hash of the bytes differs.
    await writeFile(file, written.replace(`"html": "${page.html}"`, '"html": "../victim.html"'))
    const before = await readTree(out)
    const options: UpdateOutputOptions = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset }, env: env() }
    const faq = published('faqEntry')[0]
    if (!faq) throw new Error('Unexpected dataset without FAQ entries')
    await expect(updateOutput(options, changeOf([faq._id]))).rejects.toThrow(
      `Unexpected ${out}/manifest.json: it is jobld's manifest, damaged or edited (pages[0].html: Unexpected path "../victim.html", expected ${page.path.replace(/\.jsonld$/, '.html')} beside ${page.path}), so jobld cannot tell which files in ${out} are its own`,
    )
    expect(await readTree(out)).toEqual(before)
  })
  it('refuses a change while a document it did not touch has an error, or under --strict a warning of the checks across documents, as a full export does, and writes again once it is fixed', { timeout: 300_000 }, async () => {
    const dir = await tempDir('update-refused')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    expect((await runCli(['--out', out, '--cache-dir', root, '--workers', '0', ...NOW], env())).code).toBe(0)
    const options = (strict: boolean): UpdateOutputOptions => ({ now: new Date('2026-11-26'), baseUrl: undefined, strict, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake().projectId, dataset: lake().dataset }, env: env() })
    const vacancy = published('vacancy')[0]
    const [faq, foreign] = published('faqEntry')
    if (!vacancy || !faq || !foreign) throw new Error('Unexpected dataset without a vacancy and two FAQ entries')
    const mutate = async (mutation: Record<string, unknown>) => {
      const answer = await fetch(`${lake().url}/v2025-02-19/data/mutate/${lake().dataset}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sanity-project-id': lake().projectId }, body: JSON.stringify({ mutations: [mutation] }) })
      expect(answer.ok).toBe(true)
    }
    const fullExport = async (...flags: string[]) => runCli(['--out', join(dir, `full-${flags.length}`), '--cache-dir', join(dir, `full-cache-${flags.length}`), '--no-cache', '--workers', '0', '--dry-run', ...flags, ...NOW], env())
    const question = (n: number) => mutate({ patch: { id: faq._id, set: { question: `Wat verandert er in stap ${n}?` } } })

    // An error in one vacancy (no title): refused when it comes, and on a later change to another document.
    await mutate({ patch: { id: vacancy._id, unset: ['title'] } })
    expect((await fullExport()).code).toBe(1)
    expect((await updateOutput(options(false), changeOf([vacancy._id]))).ok).toBe(false)
    const before = await readTree(out)
    await question(1)
    const refused = await updateOutput(options(false), changeOf([faq._id]))
    expect(refused.ok).toBe(false)
    expect(refused.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.docId)).toContain(vacancy._id)
    expect(await readTree(out)).toEqual(before)

    // A warning of its profile instead (an FAQ entry in English on a Dutch profile, which no page states): written, but refused under --strict, as a full export.
    await mutate({ patch: { id: vacancy._id, set: { title: vacancy.title } } })
    await mutate({ patch: { id: foreign._id, set: { language: 'en' } } })
    expect((await updateOutput(options(false), changeOf([vacancy._id, foreign._id]))).ok).toBe(true)
    await question(2)
    expect((await fullExport('--strict')).code).toBe(1)
    expect((await updateOutput(options(true), changeOf([faq._id]))).ok).toBe(false)
    expect((await updateOutput(options(false), changeOf([faq._id]))).ok).toBe(true)

    // Fixed: written under --strict too, the bytes of a full export.
    await mutate({ patch: { id: foreign._id, set: { language: 'nl' } } })
    await question(3)
    const fixed = await updateOutput(options(true), changeOf([foreign._id, faq._id]))
    expect(fixed.ok, JSON.stringify(fixed.issues.filter((issue) => issue.severity !== 'notice'))).toBe(true)
    expect(fixed.work.full).toBe(false)
    const fresh = join(dir, 'fresh')
    expect((await runCli(['--out', fresh, '--cache-dir', join(dir, 'fresh-cache'), '--no-cache', '--workers', '0', '--strict', ...NOW], env())).code).toBe(0)
    expect(await readTree(out)).toEqual(await readTree(fresh))
  })
})
