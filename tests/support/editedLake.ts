/**
 * The Content Lake emulator on a generated dataset, edited the way an editor does through the real
 * @sanity/client: for tests that compare what jobld makes of a changed dataset with a full export.
 */
import { createClient, type SanityClient } from '@sanity/client'
import { afterAll, beforeAll } from 'vitest'
import { generateDataset } from '../../bench/generateDataset.ts'
import type { Random } from '../../bench/random.ts'
import { startContentLake, type ContentLake } from './contentLakeServer.ts'

type Doc = Record<string, unknown> & { _id: string }

/** One edit: what it did, in words, and the `_id`s it touched. */
export interface Edit {
  said: string
  ids: string[]
}

/**
 * Starts the emulator before the file's tests (and closes it after) on a generated dataset of 140
 * documents, each with an `_updatedAt`; the emulator stamps each write a minute after the last, so
 * that deltas have something to find.
 * @param seed the dataset's seed
 * @returns the emulator, the environment that points jobld at it, its published documents, and the edits
 */
export function editedLake(seed: number) {
  let lake: ContentLake | undefined
  let client: SanityClient | undefined
  let clock = Date.parse('2026-11-20T08:00:00Z')
  beforeAll(async () => {
    const documents = [...generateDataset({ documents: 8 * 17 + 4, seed })].map((doc, i) => ({ ...doc, _updatedAt: new Date(clock - (1000 - i) * 60_000).toISOString() }))
    lake = await startContentLake({ documents, now: () => new Date((clock += 60_000)) })
    client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' })
  })
  afterAll(() => lake?.close())

  const started = () => {
    if (!lake || !client) throw new Error('Unexpected use of the Content Lake emulator before beforeAll, expected it started')
    return { lake, client }
  }
  /** The published documents of one type, as the emulator holds them now. */
  const published = (type: string): Doc[] =>
    started()
      .lake.documents()
      .flatMap((doc) => (doc._type === type && typeof doc._id === 'string' && !doc._id.startsWith('drafts.') ? [{ ...doc, _id: doc._id }] : []))

  /** Random edits an editor makes, each through the API. */
  const edits = {
    async editQuestion(random: Random): Promise<Edit | undefined> {
      const faq = random.pick(published('faqEntry'))
      if (!faq) return undefined
      await started().client.patch(faq._id).set({ question: `Hoe werkt stap ${random.int(1, 999)}?` }).commit()
      return { said: `edited ${faq._id}`, ids: [faq._id] }
    },
    async editTier(random: Random): Promise<Edit | undefined> {
      const tier = random.pick(published('salaryTier'))
      if (!tier) return undefined
      await started().client.patch(tier._id).set({ experienceMonths: random.int(0, 120) }).commit()
      return { said: `edited ${tier._id}`, ids: [tier._id] }
    },
    async renameVacancySlug(random: Random): Promise<Edit | undefined> {
      const vacancy = random.pick(published('vacancy'))
      if (!vacancy) return undefined
      await started().client.patch(vacancy._id).set({ slug: { _type: 'slug', current: `vacature-${random.int(1, 99999)}` } }).commit()
      return { said: `renamed ${vacancy._id}`, ids: [vacancy._id] }
    },
    async renameProfile(random: Random): Promise<Edit | undefined> {
      const profile = random.pick(published('jobProfile'))
      if (!profile) return undefined
      await started().client.patch(profile._id).set({ title: `Beroep ${random.int(1, 999)}` }).commit()
      return { said: `renamed ${profile._id}`, ids: [profile._id] }
    },
    async createOrganisation(random: Random): Promise<Edit | undefined> {
      const id = `organization.nieuw-${random.int(1, 99999)}`
      await started().client.createOrReplace({ _id: id, _type: 'organization', name: `Nieuwe werkgever ${random.int(1, 999)}` })
      return { said: `created ${id}`, ids: [id] }
    },
    async moveVacancyToOrganisation(random: Random): Promise<Edit | undefined> {
      const vacancy = random.pick(published('vacancy'))
      const organisation = random.pick(published('organization'))
      if (!vacancy || !organisation) return undefined
      await started().client.patch(vacancy._id).set({ hiringOrganization: { _type: 'reference', _ref: organisation._id } }).commit()
      return { said: `moved ${vacancy._id}`, ids: [vacancy._id] }
    },
    async unpublishVacancy(random: Random): Promise<Edit | undefined> {
      const vacancy = random.pick(published('vacancy'))
      if (!vacancy) return undefined
      // Unpublishing: the draft stays, the published document goes.
      const { _rev, _createdAt, _updatedAt, ...rest } = vacancy
      await started().client.transaction().createOrReplace({ ...rest, _type: 'vacancy', _id: `drafts.${vacancy._id}` }).delete(vacancy._id).commit()
      return { said: `unpublished ${vacancy._id}`, ids: [vacancy._id] }
    },
    async deleteVacancy(random: Random): Promise<Edit | undefined> {
      const vacancy = random.pick(published('vacancy'))
      if (!vacancy) return undefined
      await started().client.delete(vacancy._id)
      return { said: `deleted ${vacancy._id}`, ids: [vacancy._id] }
    },
  }

  return {
    /** The emulator (once started). */
    lake: () => started().lake,
    /** The environment that points jobld at the emulator, with no retries. */
    env: () => ({ SANITY_PROJECT_ID: started().lake.projectId, SANITY_DATASET: started().lake.dataset, SANITY_API_HOST: started().lake.url, JOBLD_HTTP_RETRIES: '0' }),
    published,
    edits,
  }
}
