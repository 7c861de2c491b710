import { createClient } from '@sanity/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { releaseView } from '../scripts/core/releases/releaseView.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { runJobld } from './support/exportRun.ts'

const FIXTURE = 'tests/fixtures/releases/dataset.ndjson'
const TOKEN = 'skTestReadToken0123456789abcdef'
const now = '2026-11-26'
let raw: Array<Record<string, unknown>> = []
let lake: ContentLake | undefined

beforeAll(async () => {
  raw = (await readNdjson(FIXTURE)).documents.map((d) => d.value)
})

afterEach(async () => {
  await lake?.close()
  lake = undefined
})

async function lakeEnv(): Promise<Record<string, string>> {
  lake = await startContentLake({ documents: raw, token: TOKEN })
  return { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url, SANITY_API_TOKEN: TOKEN, JOBLD_HTTP_RETRIES: '0' }
}

const byId = (docs: ReadonlyArray<Record<string, unknown>>) => [...docs].sort((a, b) => (String(a._id) < String(b._id) ? -1 : 1))

describe('the Content Lake emulator answers release perspectives', () => {
  it('shows a release over the published documents, leaves out what it unpublishes, and keeps drafts out', async () => {
    await lakeEnv()
    if (!lake) throw new Error('no lake')
    const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', token: TOKEN })
    const monday = await client.fetch('*[_type == "organization"]{_id, name}', {}, { perspective: ['rMonday0900'] })
    expect(monday).toEqual([{ _id: 'organization.manpower', name: 'Manpower' }])
    const titles = await client.fetch('*[_id == $id][0]{_id, _originalId, title}', { id: 'vacancy.voorbeeld-customer-service-medewerker-utrecht' }, { perspective: ['rTitles'] })
    expect(titles).toEqual({
      _id: 'vacancy.voorbeeld-customer-service-medewerker-utrecht',
      _originalId: 'versions.rTitles.vacancy.voorbeeld-customer-service-medewerker-utrecht',
      title: 'Klantenservicemedewerker Utrecht (voorbeeldvacature)',
    })
    const published = await client.fetch('*[_type == "organization"]._id', {}, { perspective: 'published' })
    expect(published).toEqual(['organization.manpower', 'organization.voorbeeld-b-v'])
  })

  it('gives the same documents as releaseView computes from the raw dataset', async () => {
    await lakeEnv()
    if (!lake) throw new Error('no lake')
    const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', token: TOKEN })
    for (const release of ['rMonday0900', 'rTitles']) {
      const served: Array<Record<string, unknown>> = await client.fetch('*[!(_id in path("_.**"))]', {}, { perspective: [release] })
      const view = releaseView(raw, release)
      expect(byId(view.documents)).toEqual(byId(served))
    }
    expect(releaseView(raw, 'rMonday0900').unpublished).toEqual([{ id: 'organization.voorbeeld-b-v', type: 'organization' }])
  })
})

describe('jobld validate --release', () => {
  it('refuses a release that unpublishes an organisation that vacancies reference', async () => {
    const env = await lakeEnv()
    const run = await runJobld(['validate', '--release', 'rMonday0900', '--now', now], env)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'organization → organization.voorbeeld-b-v: notices.\n  (document): notice: Unpublished by release "rMonday0900": once it ships, this document is gone and every reference to it is missing\n',
    )
    expect(run.stderr).toContain(
      'vacancy → vacancy.voorbeeld-customer-service-medewerker-utrecht (sanity://jobld/production@rMonday0900:',
    )
    expect(run.stderr).toContain('  hiringOrganization._ref: Unexpected reference to missing document "organization.voorbeeld-b-v", expected an organization\n')
    expect(run.stderr).toMatch(/\d+ errors? once release rMonday0900 ships: nothing written\.\n$/)
    // The same dataset as published today passes.
    const today = await runJobld(['validate', '--now', now], env)
    expect(today.code).toBe(0)
  })

  it('passes a release that only retitles a vacancy', async () => {
    const env = await lakeEnv()
    const run = await runJobld(['validate', '--release', 'rTitles', '--now', now], env)
    expect(run.stderr).toMatch(/Valid once release rTitles ships: 1 job profile page and 2 vacancies would be written\.\n$/)
    expect(run.code).toBe(0)
  })

  it('reads through the release perspective with @sanity/client, not the export', async () => {
    const env = await lakeEnv()
    await runJobld(['validate', '--release', 'rTitles', '--now', now], env)
    const queries = (lake?.requests ?? []).map((r) => new URL(r.path, lake?.url))
    expect(queries.every((url) => url.pathname.startsWith('/v2025-02-19/data/query/'))).toBe(true)
    expect(queries.map((url) => url.searchParams.get('perspective'))).toEqual(['raw', 'rTitles'])
  })

  it('refuses a release id the dataset has no versions of', async () => {
    const env = await lakeEnv()
    const run = await runJobld(['validate', '--release', 'rNothing', '--now', now], env)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unexpected release "rNothing" without versions in dataset "production"')
  })

  it('sees an export with versions through the same release', async () => {
    const monday = await runJobld(['validate', '--from', FIXTURE, '--release', 'rMonday0900', '--now', now])
    expect(monday.code).toBe(1)
    expect(monday.stderr).toContain('  hiringOrganization._ref: Unexpected reference to missing document "organization.voorbeeld-b-v", expected an organization\n')
    expect((await runJobld(['validate', '--from', FIXTURE, '--release', 'rTitles', '--now', now])).code).toBe(0)
    const markdown = await runJobld(['validate', '--from', 'content', '--release', 'rTitles', '--now', now])
    expect(markdown.code).toBe(2)
    expect(markdown.stderr).toContain('Unexpected --release rTitles with Markdown content')
  })
})

describe('exportJsonLd with release', () => {
  it('builds the pages as the release will leave them', async () => {
    const result = await exportJsonLd(raw, { now, release: 'rTitles' })
    expect(result.ok).toBe(true)
    const page = result.pages.find((p) => p.path === 'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld')
    expect(page?.jsonld).toContain('"title": "Klantenservicemedewerker Utrecht (voorbeeldvacature)"')
    const today = await exportJsonLd(raw, { now })
    expect(today.pages.find((p) => p.path === page?.path)?.jsonld).toContain('"title": "Customer service medewerker (voorbeeldvacature)"')
  })

  it('reports the references a release removes', async () => {
    const result = await exportJsonLd(raw, { now, release: 'rMonday0900' })
    expect(result.ok).toBe(false)
    expect(result.issues.filter((i) => i.severity !== 'notice').map((i) => [i.docId, i.code, i.path.join('.')])).toEqual([
      ['vacancy.voorbeeld-customer-service-medewerker-remote', 'reference.missing', 'hiringOrganization._ref'],
      ['vacancy.voorbeeld-customer-service-medewerker-utrecht', 'reference.missing', 'hiringOrganization._ref'],
    ])
  })
})
