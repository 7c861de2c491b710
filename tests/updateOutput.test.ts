/**
 * The webhook's entry into the export (updateOutput): one change at a time, applied to the content
 * store and the output folder, gives the bytes a full export of the dataset gives, after random
 * creates, edits, slug renames, unpublishes and deletes made through the real @sanity/client
 * against the local emulator; and its work is the change's (documents read, checked, pages built).
 */
import { createClient, type SanityClient } from '@sanity/client'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { createRandom, type Random } from '../bench/random.ts'
import { cacheDirFor } from '../scripts/export/io/cacheDir.ts'
import { parseManifest } from '../scripts/export/lib/parseManifest.ts'
import { updateOutput, type OutputChange, type UpdateOutputOptions } from '../scripts/export/io/updateOutput.ts'
import { renderSitemaps } from '../scripts/notify/io/renderSitemaps.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { NOW, readTree, runCli, tempDir } from './support/exportRun.ts'

type Doc = Record<string, unknown> & { _id: string }

const BASE_URL = 'https://www.example.nl/beroepen'

let lake: ContentLake
let client: SanityClient
let clock = Date.parse('2026-11-20T08:00:00Z')

beforeAll(async () => {
  const documents = [...generateDataset({ documents: 8 * 17 + 4, seed: 41 })].map((doc, i) => ({ ...doc, _updatedAt: new Date(clock - (1000 - i) * 60_000).toISOString() }))
  lake = await startContentLake({ documents, now: () => new Date((clock += 60_000)) })
  client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' })
})
afterAll(() => lake.close())

const env = () => ({ SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url, JOBLD_HTTP_RETRIES: '0' })

const published = (type: string): Doc[] =>
  lake.documents().flatMap((doc) => (doc._type === type && typeof doc._id === 'string' && !doc._id.startsWith('drafts.') ? [{ ...doc, _id: doc._id }] : []))

/** Random edits an editor makes, each through the API; each returns the `_id`s it touched. */
const edits: Record<string, (random: Random) => Promise<string[]>> = {
  async editQuestion(random) {
    const faq = random.pick(published('faqEntry'))
    if (!faq) return []
    await client.patch(faq._id).set({ question: `Hoe werkt stap ${random.int(1, 999)}?` }).commit()
    return [faq._id]
  },
  async renameVacancySlug(random) {
    const vacancy = random.pick(published('vacancy'))
    if (!vacancy) return []
    await client.patch(vacancy._id).set({ slug: { _type: 'slug', current: `vacature-${random.int(1, 99999)}` } }).commit()
    return [vacancy._id]
  },
  async editTierAmounts(random) {
    const tier = random.pick(published('salaryTier'))
    if (!tier) return []
    await client.patch(tier._id).set({ experienceMonths: random.int(0, 120) }).commit()
    return [tier._id]
  },
  async createOrganisation(random) {
    const id = `organization.nieuw-${random.int(1, 99999)}`
    await client.createOrReplace({ _id: id, _type: 'organization', name: `Nieuwe werkgever ${random.int(1, 999)}` })
    return [id]
  },
  async moveVacancyToOrganisation(random) {
    const vacancy = random.pick(published('vacancy'))
    const organisation = random.pick(published('organization'))
    if (!vacancy || !organisation) return []
    await client.patch(vacancy._id).set({ hiringOrganization: { _type: 'reference', _ref: organisation._id } }).commit()
    return [vacancy._id]
  },
  async unpublishVacancy(random) {
    const vacancy = random.pick(published('vacancy'))
    if (!vacancy) return []
    const { _rev, _createdAt, _updatedAt, ...rest } = vacancy
    await client.transaction().createOrReplace({ ...rest, _type: 'vacancy', _id: `drafts.${vacancy._id}` }).delete(vacancy._id).commit()
    return [vacancy._id]
  },
  async deleteVacancy(random) {
    const vacancy = random.pick(published('vacancy'))
    if (!vacancy) return []
    await client.delete(vacancy._id)
    return [vacancy._id]
  },
}

/** A change as the webhook brings it: the touched documents as published now, and the ids no longer published. */
function changeOf(ids: ReadonlyArray<string>): OutputChange {
  const now = new Map(lake.documents().flatMap((doc) => (typeof doc._id === 'string' && !doc._id.startsWith('drafts.') ? [[doc._id, doc] as const] : [])))
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
      extraFiles: (pages) => renderSitemaps(pages, BASE_URL),
      strict: false,
      cache: true,
      cacheDir: cacheDirFor(root, out),
      workers: 0,
      out,
      source: { kind: 'contentLake', projectId: lake.projectId, dataset: lake.dataset },
      env: env(),
    }
    const random = createRandom(20261202)
    const names = Object.keys(edits)
    const done: string[] = []
    for (let step = 1; step <= 10; step++) {
      const name = random.pick(names) ?? ''
      const ids = (await edits[name]?.(random)) ?? []
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

  it('reports the pages of an unchanged document as unchanged, and builds none', async () => {
    const dir = await tempDir('update-same')
    const out = join(dir, 'jsonld')
    const root = join(dir, 'cache')
    expect((await runCli(['--out', out, '--cache-dir', root, '--workers', '0', ...NOW], env())).code).toBe(0)
    const faq = published('faqEntry')[0]
    if (!faq) throw new Error('Unexpected dataset without FAQ entries')
    const result = await updateOutput(
      { now: new Date('2026-11-26'), baseUrl: 'https://www.example.nl/beroepen', strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake.projectId, dataset: lake.dataset }, env: env() },
      changeOf([faq._id]),
    )
    expect(result.ok).toBe(true)
    expect(result.work).toEqual({ full: true, documentsRead: expect.any(Number), documentsChecked: expect.any(Number), pagesBuilt: expect.any(Number) })
    // The first update with another base URL is a full one; the next, with nothing changed, builds nothing.
    const again = await updateOutput(
      { now: new Date('2026-11-26'), baseUrl: 'https://www.example.nl/beroepen', strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake.projectId, dataset: lake.dataset }, env: env() },
      changeOf([faq._id]),
    )
    expect(again.work).toEqual({ full: false, documentsRead: 0, documentsChecked: 0, pagesBuilt: 0 })
    expect(again.pages.length).toBeGreaterThan(0)
    for (const page of again.pages) {
      expect(page.action).toBe('unchanged')
      expect(page.url).toMatch(/^https:\/\/www\.example\.nl\/beroepen\//)
    }
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
    const options: UpdateOutputOptions = { now: new Date('2026-11-26'), baseUrl: undefined, strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake.projectId, dataset: lake.dataset }, env: env() }
    const faq = published('faqEntry')[0]
    if (!faq) throw new Error('Unexpected dataset without FAQ entries')
    await expect(updateOutput(options, changeOf([faq._id]))).rejects.toThrow(
      `Unexpected ${out}/manifest.json: it is jobld's manifest, damaged or edited (pages[0].html: Unexpected path "../victim.html", expected ${page.path.replace(/\.jsonld$/, '.html')} beside ${page.path}), so jobld cannot tell which files in ${out} are its own`,
    )
    expect(await readTree(out)).toEqual(before)
  })
})
