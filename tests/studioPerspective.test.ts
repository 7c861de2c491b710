import { createClient } from '@sanity/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defaultTypeNames } from '../scripts/core/model/documentTypes.ts'
import { previewPage } from '../scripts/export/lib/previewPage.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { fetchRelated } from '../studio/plugin/components/fetchRelated.ts'
import { perspectiveNote } from '../studio/plugin/components/perspectiveNote.ts'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'

/*
 * The Studio's JSON-LD view fetches the documents a page references with a client in the
 * perspective the editor selected (Sanity's perspective stack), and says which one it shows.
 */

const now = new Date('2026-11-26T12:00:00Z')
const vacancyId = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
let raw: Array<Record<string, unknown>> = []
let lake: ContentLake | undefined

beforeAll(async () => {
  raw = (await readNdjson('tests/fixtures/releases/dataset.ndjson')).documents.map((d) => d.value)
})

afterEach(async () => {
  await lake?.close()
  lake = undefined
})

async function previewIn(perspective: string[]) {
  lake = await startContentLake({ documents: raw })
  const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', perspective })
  const own = raw.find((doc) => doc._id === vacancyId) ?? {}
  const related = await fetchRelated(client, own, vacancyId, 'vacancy', defaultTypeNames)
  return previewPage([own, ...related.documents].map((value) => ({ value })), vacancyId, { now })
}

describe('the JSON-LD view follows the selected perspective', () => {
  it('builds the page from the published documents in the published perspective', async () => {
    const preview = await previewIn(['published'])
    expect(preview.status).toBe('written')
  })

  it('refuses the page in a release that unpublishes its organisation', async () => {
    const preview = await previewIn(['rMonday0900', 'drafts'])
    expect(preview.status).toBe('none')
    expect(preview.reason).toBe('This document gives no page: the build refuses it because of the errors below.')
    expect(preview.issues.filter((i) => i.severity === 'error').map((i) => [i.docId, i.message])).toEqual([
      [vacancyId, 'Unexpected reference to missing document "organization.voorbeeld-b-v", expected an organization'],
    ])
  })

  it('says which perspective it shows, in the Studio language', () => {
    expect(perspectiveNote('published', 'nl')).toBe('Perspectief: gepubliceerd. Zo leest de export de inhoud nu.')
    expect(perspectiveNote('drafts', 'en')).toBe('Perspective: drafts. This is how it will be once every draft is published; the export reads published documents only.')
    const release = raw.find((doc) => doc._id === '_.releases.rMonday0900') ?? {}
    expect(perspectiveNote(release, 'nl')).toBe(
      'Perspectief: release "Vacatures maandag 9:00". Zo wordt het als deze release live gaat (jobld validate --release rMonday0900 controleert de hele dataset zo).',
    )
    expect(perspectiveNote({ _id: '_.releases.rUntitled' }, 'en')).toBe(
      'Perspective: release "rUntitled". This is how it will be once this release ships (jobld validate --release rUntitled checks the whole dataset so).',
    )
  })
})
