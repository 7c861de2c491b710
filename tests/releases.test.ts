import { createClient } from '@sanity/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { releaseStack } from '../scripts/core/releases/releaseStack.ts'
import { releaseView } from '../scripts/core/releases/releaseView.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { runJobld } from './support/exportRun.ts'

const FIXTURE = 'tests/fixtures/releases/dataset.ndjson'
/** Five releases to come and one shipped: ASAP rFixes; rAmsterdam (7 Dec) creates an employer and its vacancy; rRetitle (14 Dec) edits that vacancy and adds one in Rotterdam; rWest (21 Dec) unpublishes Rotterdam's employer; undecided rSomeday unpublishes the published vacancies' employer. */
const STACK_FIXTURE = 'tests/fixtures/releases/stack/dataset.ndjson'
const TOKEN = 'skTestReadToken0123456789abcdef'
const now = '2026-11-26'
let raw: Array<Record<string, unknown>> = []
let stacked: Array<Record<string, unknown>> = []
let lake: ContentLake | undefined

beforeAll(async () => {
  raw = (await readNdjson(FIXTURE)).documents.map((d) => d.value)
  stacked = (await readNdjson(STACK_FIXTURE)).documents.map((d) => d.value)
})

afterEach(async () => {
  await lake?.close()
  lake = undefined
})

async function lakeEnv(documents = raw): Promise<Record<string, string>> {
  lake = await startContentLake({ documents, token: TOKEN })
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
      const view = releaseView(raw, [release])
      expect(byId(view.documents)).toEqual(byId(served))
    }
    expect(releaseView(raw, ['rMonday0900']).unpublished).toEqual([{ id: 'organization.voorbeeld-b-v', type: 'organization', release: 'rMonday0900' }])
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
    // Scheduled for Monday, it ships after the ASAP release rTitles: the view stacks it over that one.
    expect(run.stderr).toContain('system.release → _.releases.rMonday0900: notices.\n  (document): notice: Checked as the dataset will be once release "rMonday0900" ships after rTitles, the releases that ship before it')
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
    // The release documents, the release's versions, then the dataset through its perspective.
    expect(queries.map((url) => url.searchParams.get('perspective'))).toEqual(['raw', 'raw', 'rTitles'])
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

describe('stacked releases', () => {
  const client = (served: ContentLake) =>
    createClient({ projectId: served.projectId, dataset: served.dataset, apiHost: served.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', token: TOKEN })

  it('the Content Lake emulator answers a perspective of several releases with the last-shipping one on top, as releaseView stacks them', async () => {
    await lakeEnv(stacked)
    if (!lake) throw new Error('no lake')
    const amsterdam = await client(lake).fetch('*[_id == $id][0]{_originalId, title, "employer": hiringOrganization->name}', { id: 'vacancy.voorbeeld-customer-service-medewerker-amsterdam' }, { perspective: ['rRetitle', 'rAmsterdam'] })
    expect(amsterdam).toEqual({
      _originalId: 'versions.rRetitle.vacancy.voorbeeld-customer-service-medewerker-amsterdam',
      title: 'Klantenservicemedewerker Amsterdam (voorbeeldvacature)',
      employer: 'Nieuwe Werkgever B.V.',
    })
    // rRetitle alone: the vacancy it edits is there, the employer rAmsterdam creates is not.
    expect(await client(lake).fetch('*[_id == $id][0].hiringOrganization->name', { id: 'vacancy.voorbeeld-customer-service-medewerker-amsterdam' }, { perspective: ['rRetitle'] })).toBeNull()
    for (const stack of [['rAmsterdam', 'rRetitle'], ['rFixes', 'rAmsterdam', 'rRetitle', 'rWest'], ['rRetitle', 'rWest'], ['rWest', 'rSomeday']]) {
      const served: Array<Record<string, unknown>> = await client(lake).fetch('*[!(_id in path("_.**"))]', {}, { perspective: [...stack].reverse() })
      expect(byId(releaseView(stacked, stack).documents)).toEqual(byId(served))
    }
  })

  it('stacks a release over the releases that ship before it: ASAP ones, then scheduled ones by their time; not undecided or shipped ones', () => {
    const stackOf = (release: string) => releaseStack(stacked, [release])
    expect(stackOf('rFixes')).toEqual({ releases: ['rFixes'], by: 'schedule' })
    expect(stackOf('rAmsterdam')).toEqual({ releases: ['rFixes', 'rAmsterdam'], by: 'schedule' })
    expect(stackOf('rRetitle')).toEqual({ releases: ['rFixes', 'rAmsterdam', 'rRetitle'], by: 'schedule' })
    expect(stackOf('rWest')).toEqual({ releases: ['rFixes', 'rAmsterdam', 'rRetitle', 'rWest'], by: 'schedule' })
    expect(stackOf('rSomeday')).toEqual({ releases: ['rFixes', 'rAmsterdam', 'rRetitle', 'rWest', 'rSomeday'], by: 'schedule' })
    expect(releaseStack(stacked, ['rAmsterdam', 'rFixes'])).toEqual({ releases: ['rAmsterdam', 'rFixes'], by: 'given' })
    expect(releaseStack(raw.filter((doc) => doc._type !== 'system.release'), ['rTitles'])).toEqual({ releases: ['rTitles'], by: 'unknown' })
  })

  it('attributes an unpublished document to the release that takes it out, also when an earlier release of the stack created it', () => {
    const created = { _id: 'versions.rA.organization.x', _type: 'organization', name: 'X' }
    const removed = { _id: 'versions.rB.organization.x', _type: 'organization', _system: { delete: true } }
    expect(releaseView([created, removed], ['rA', 'rB']).unpublished).toEqual([{ id: 'organization.x', type: 'organization', release: 'rB' }])
    // Nothing to take out without rA; and a later release that brings it back wins.
    expect(releaseView([created, removed], ['rB']).unpublished).toEqual([])
    expect(releaseView([created, removed], ['rB', 'rA']).documents.map((doc) => doc._id)).toEqual(['organization.x'])
  })

  /** A run's report without the documents' positions, which name the source. */
  const withoutPositions = (text: string) => text.replace(/ \((?:tests\/|sanity:\/\/)[^)]*:\d+\)/g, '')

  const cases = [
    {
      argv: ['--release', 'rRetitle'],
      code: 0,
      says: [
        'system.release → _.releases.rRetitle: notices.\n  (document): notice: Checked as the dataset will be once release "rRetitle" ships after rFixes and rAmsterdam, the releases that ship before it (ASAP ones first, then scheduled ones by their time), in that order\n',
        'Valid once release rRetitle ships: 1 job profile page and 4 vacancies would be written.\n',
      ],
    },
    {
      // Without rAmsterdam under it, rRetitle's vacancy names an employer that does not exist yet.
      argv: ['--release', 'rFixes,rRetitle'],
      code: 1,
      says: [
        'notice: Checked as the dataset will be once release "rRetitle" ships after rFixes, the stack given, in that order\n',
        'vacancy → vacancy.voorbeeld-customer-service-medewerker-amsterdam: does not validate.\n  hiringOrganization._ref: Unexpected reference to missing document "organization.nieuwe-werkgever", expected an organization\n',
        '1 error once release rRetitle ships: nothing written.\n',
      ],
    },
    {
      // rWest alone takes out an employer nothing published names; stacked, rRetitle's new vacancy names it.
      argv: ['--release', 'rWest'],
      code: 1,
      says: [
        'ships after rFixes, rAmsterdam and rRetitle, the releases that ship before it',
        'organization → organization.uitzendbureau-west: notices.\n  (document): notice: Unpublished by release "rWest": once it ships, this document is gone and every reference to it is missing\n',
        'vacancy → vacancy.voorbeeld-customer-service-medewerker-rotterdam: does not validate.\n  hiringOrganization._ref: Unexpected reference to missing document "organization.uitzendbureau-west", expected an organization\n',
        '1 error once release rWest ships: nothing written.\n',
      ],
    },
  ]

  it('jobld validate --release gives the same report from the Content Lake and from an export with versions', async () => {
    for (const { argv, code, says } of cases) {
      const fromFile = await runJobld(['validate', '--from', STACK_FIXTURE, ...argv, '--now', now])
      const env = await lakeEnv(stacked)
      const fromLake = await runJobld(['validate', ...argv, '--now', now], env)
      await lake?.close()
      lake = undefined
      expect(fromFile.code, fromFile.stderr).toBe(code)
      for (const text of says) expect(withoutPositions(fromFile.stderr)).toContain(text)
      expect(withoutPositions(fromLake.stderr)).toBe(withoutPositions(fromFile.stderr))
      expect(fromLake.code).toBe(code)
    }
  })

  it('reads the stack through one perspective of its releases, the last-shipping first', async () => {
    const env = await lakeEnv(stacked)
    await runJobld(['validate', '--release', 'rWest', '--now', now], env)
    const perspectives = (lake?.requests ?? []).map((r) => new URL(r.path, lake?.url).searchParams.get('perspective'))
    // Release documents, the stack's versions, the published documents its versions unpublish, then the view.
    expect(perspectives).toEqual(['raw', 'raw', 'raw', 'rWest,rRetitle,rAmsterdam,rFixes'])
  })

  it('exportJsonLd stacks the same way, and takes a stack as a list', async () => {
    const retitled = await exportJsonLd(stacked, { now, release: 'rRetitle' })
    expect(retitled.ok).toBe(true)
    expect(retitled.pages.find((p) => p.path === 'vacatures/voorbeeld-customer-service-medewerker-amsterdam.jsonld')?.jsonld).toContain('"title": "Klantenservicemedewerker Amsterdam (voorbeeldvacature)"')
    expect(retitled.issues.find((i) => i.code === 'release.stack')?.params).toEqual({ release: 'rRetitle', under: ['rFixes', 'rAmsterdam'], by: 'schedule' })
    const alone = await exportJsonLd(stacked, { now, release: ['rFixes', 'rRetitle'] })
    expect(alone.issues.filter((i) => i.severity === 'error').map((i) => [i.docId, i.path.join('.')])).toEqual([
      ['vacancy.voorbeeld-customer-service-medewerker-amsterdam', 'hiringOrganization._ref'],
    ])
    const west = await exportJsonLd(stacked, { now, release: 'rWest' })
    expect(west.issues.filter((i) => i.severity === 'error').map((i) => [i.docId, i.path.join('.')])).toEqual([
      ['vacancy.voorbeeld-customer-service-medewerker-rotterdam', 'hiringOrganization._ref'],
    ])
  })

  it('refuses a stack that names a release twice, or a perspective as a release', async () => {
    await expect(exportJsonLd(stacked, { now, release: 'rFixes,rFixes' })).rejects.toThrow('Unexpected release rFixes,rFixes: "rFixes" named twice, expected a release id')
    const run = await runJobld(['validate', '--from', STACK_FIXTURE, '--release', 'rFixes,drafts', '--now', now])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unexpected --release rFixes,drafts: "drafts" is a perspective of its own, not a release, expected a release id')
  })
})
