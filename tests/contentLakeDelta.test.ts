/**
 * Incremental export from the Content Lake: after the first read, an export asks only for what
 * changed (the documents updated since the copy's newest _updatedAt, and counts of published
 * `_id`s in ranges, listing them only in small ranges where the counts differ), and
 * its output is byte-identical to a full export, after random creates, edits, unpublishes and
 * deletes made through the real @sanity/client against the local emulator.
 */
import { createClient, type SanityClient } from '@sanity/client'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { createRandom, type Random } from '../bench/random.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { NOW, readTree, runCli, tempDir } from './support/exportRun.ts'

type Doc = Record<string, unknown> & { _id: string }

let lake: ContentLake
let client: SanityClient
let clock = Date.parse('2026-11-20T08:00:00Z')

beforeAll(async () => {
  // Every seeded document carries an _updatedAt, as the Content Lake gives it.
  const documents = [...generateDataset({ documents: 8 * 17 + 4, seed: 31 })].map((doc, i) => ({ ...doc, _updatedAt: new Date(clock - (1000 - i) * 60_000).toISOString() }))
  // The emulator stamps each write a minute after the last, so deltas have something to find.
  lake = await startContentLake({ documents, now: () => new Date((clock += 60_000)) })
  client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' })
})
afterAll(() => lake.close())

const env = () => ({ SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url, JOBLD_HTTP_RETRIES: '0' })

/** The published documents of one type, as the emulator holds them now. */
const published = (type: string): Doc[] =>
  lake.documents().flatMap((doc) => (doc._type === type && typeof doc._id === 'string' && !doc._id.startsWith('drafts.') ? [{ ...doc, _id: doc._id }] : []))

/** Random edits an editor makes, each through the API. */
const edits: Record<string, (random: Random) => Promise<string | undefined>> = {
  async editAnswer(random) {
    const faq = random.pick(published('faqEntry'))
    if (!faq) return undefined
    await client.patch(faq._id).set({ question: `Hoe werkt stap ${random.int(1, 999)}?` }).commit()
    return `edited ${faq._id}`
  },
  async editTier(random) {
    const tier = random.pick(published('salaryTier'))
    if (!tier) return undefined
    await client.patch(tier._id).set({ experienceMonths: random.int(0, 120) }).commit()
    return `edited ${tier._id}`
  },
  async createOrganisation(random) {
    const id = `organization.nieuw-${random.int(1, 99999)}`
    await client.createOrReplace({ _id: id, _type: 'organization', name: `Nieuwe werkgever ${random.int(1, 999)}` })
    return `created ${id}`
  },
  async unpublishVacancy(random) {
    const vacancy = random.pick(published('vacancy'))
    if (!vacancy) return undefined
    // Unpublishing: the draft stays, the published document goes.
    const { _rev, _createdAt, _updatedAt, ...rest } = vacancy
    await client.transaction().createOrReplace({ ...rest, _type: 'vacancy', _id: `drafts.${vacancy._id}` }).delete(vacancy._id).commit()
    return `unpublished ${vacancy._id}`
  },
  async deleteVacancy(random) {
    const vacancy = random.pick(published('vacancy'))
    if (!vacancy) return undefined
    await client.delete(vacancy._id)
    return `deleted ${vacancy._id}`
  },
  async renameProfile(random) {
    const profile = random.pick(published('jobProfile'))
    if (!profile) return undefined
    await client.patch(profile._id).set({ title: `Beroep ${random.int(1, 999)}` }).commit()
    return `renamed ${profile._id}`
  },
}

/** Requests for the whole dataset (the export endpoint) since `from`. */
const fullReads = (from: number) => lake.requests.slice(from).filter((request) => request.path.includes('/data/export/')).length

describe('an incremental export from the Content Lake', () => {
  it('reads a delta and writes the bytes of a full export, after random creates, edits, unpublishes and deletes', { timeout: 120_000 }, async () => {
    const dir = await tempDir('lake-delta')
    const out = join(dir, 'jsonld')
    const args = ['--out', out, '--cache-dir', join(dir, 'cache'), '--workers', '0', ...NOW]
    let from = lake.requests.length
    const first = await runCli(args, env())
    expect(first.code, first.stderr).toBe(0)
    expect(fullReads(from)).toBe(1)

    const random = createRandom(20261201)
    const names = Object.keys(edits)
    const done: string[] = []
    for (let step = 1; step <= 8; step++) {
      for (let n = random.int(1, 3); n > 0; n--) {
        const what = await edits[random.pick(names) ?? '']?.(random)
        if (what) done.push(what)
      }
      from = lake.requests.length
      const incremental = await runCli(args, env())
      expect(incremental.code, `${done.join('; ')}\n${incremental.stderr}`).toBe(0)
      // A delta: the changed documents and counts of ids, never the whole dataset again, nor every id:
      // no answer holds a fifth of the dataset's documents or ids.
      expect(fullReads(from), done.join('; ')).toBe(0)
      const answers = lake.requests.slice(from).map((request) => request.items ?? 0)
      expect(Math.max(...answers), done.join('; ')).toBeLessThan(lake.documents().length / 5)
      const fresh = join(dir, `full-${step}`)
      const full = await runCli(['--out', fresh, '--cache-dir', join(dir, `cache-${step}`), '--no-cache', '--workers', '0', ...NOW], env())
      expect(full.code).toBe(0)
      expect(await readTree(out), done.join('; ')).toEqual(await readTree(fresh))
    }
    expect(done.some((d) => d.startsWith('unpublished')) && done.some((d) => d.startsWith('deleted')) && done.some((d) => d.startsWith('created'))).toBe(true)
  })

  it('reads the whole dataset again when the copy is of another dataset or host', async () => {
    const dir = await tempDir('lake-other')
    const args = ['--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), '--workers', '0', ...NOW]
    expect((await runCli(args, env())).code).toBe(0)
    const from = lake.requests.length
    // Another API version is another endpoint: no mixing of copies.
    expect((await runCli(args, { ...env(), SANITY_API_VERSION: '2025-03-01' })).code).toBe(0)
    expect(fullReads(from)).toBe(1)
  })
})
