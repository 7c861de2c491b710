/**
 * Browser test of the JSON-LD view's perspective: headless Chromium against the built Studio and
 * the emulated Content Lake holding the release fixture (published documents, a draft of the
 * Utrecht vacancy, release "Nieuwe titels" with a version of it, and release "Vacatures maandag
 * 9:00" that unpublishes its employer). The editor picks the perspective in the Studio's own
 * menu; the view must say which one it shows, and show the page as that perspective reads.
 * Screenshots of each step go to tests/artifacts/screenshots/.
 */
import { createClient } from '@sanity/client'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildPages } from '../../scripts/export/lib/buildPages.ts'
import { serializeJsonLd } from '../../scripts/core/html/serializeJsonLd.ts'
import { readNdjson } from '../../scripts/sources/readNdjson.ts'
import { openBuiltStudio, type BuiltStudio } from './support/openBuiltStudio.ts'

const vacancyId = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
const editedTitle = 'Klantcontactmedewerker Utrecht (concept)'

let session: BuiltStudio

/**
 * The JSON-LD the export writes for the Utrecht vacancy when it reads the dataset in a
 * perspective: the documents come from the emulated Content Lake's own perspective view
 * (Sanity's stack semantics), not from the Studio.
 */
async function expectedJsonLd(perspective: string[]): Promise<string | undefined> {
  const { lake } = session
  const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', perspective })
  const rows: unknown = await client.fetch('*[_type != "system.release"]')
  const documents = (Array.isArray(rows) ? rows : []).map((value: Record<string, unknown>) => ({ value }))
  const page = (await buildPages(documents, { now: new Date() })).pages.find((p) => p.kind === 'vacancy' && p.sourceIds.includes(vacancyId))
  return page && serializeJsonLd(page.graph)
}

/** Picks a perspective in the Studio's global menu (the editor's own way of selecting it). */
async function selectPerspective(testId: string): Promise<void> {
  const { page } = session
  await page.getByTestId('global-perspective-menu-button').click()
  await page.getByTestId(testId).click()
}

const line = () => session.page.getByTestId('jsonld-perspective').textContent()
const code = () => session.page.getByTestId('jsonld-code').textContent({ timeout: 1_000 }).catch(() => null)

const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  // Sanity stores every document with its system fields; the Studio's version chips read them.
  const stamped = (await readNdjson('tests/fixtures/releases/dataset.ndjson')).documents.map((doc) => ({
    ...doc.value,
    _createdAt: '2026-11-20T09:00:00Z',
    _updatedAt: '2026-11-25T09:00:00Z',
    _rev: 'seed',
  }))
  session = await openBuiltStudio(stamped)
})

afterAll(async () => {
  await session?.close()
})

describe('the JSON-LD view follows the perspective the editor selects', () => {
  test('in drafts (the Studio default) it says so and shows the draft, with an edit of the title as it is typed', async () => {
    const { page, studioUrl, lake } = session
    await page.goto(`${studioUrl}/`)
    await page.getByRole('link', { name: 'Vacatures' }).click()
    await page.locator(`a[href$=";${vacancyId}"]`).click()
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    await expect.poll(line, { timeout: 30_000 }).toBe(
      'Perspectief: concepten. Zo wordt het als alle concepten gepubliceerd zijn; de export leest alleen gepubliceerde documenten.',
    )
    const drafts = await expectedJsonLd(['drafts'])
    expect(drafts).toContain('"title": "Concept: niet in een release"')
    await expect.poll(code, { timeout: 30_000 }).toBe(drafts)
    await shoot('10-perspective-drafts')

    await page.getByRole('tab', { name: 'Bewerken' }).click()
    const title = page.locator('[data-testid="document-panel-scroller"]').getByLabel('Functietitel')
    await title.fill(editedTitle)
    await expect.poll(() => lake.documents().find((doc) => doc._id === `drafts.${vacancyId}`)?.title, { timeout: 15_000 }).toBe(editedTitle)
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const edited = await expectedJsonLd(['drafts'])
    expect(edited).toContain(`"title": "${editedTitle}"`)
    await expect.poll(code, { timeout: 30_000 }).toBe(edited)
    await shoot('11-perspective-drafts-edited')
  })

  test('in published it says the export reads this now and shows the published vacancy, without the draft edit', async () => {
    await selectPerspective('release-published')
    await expect.poll(line, { timeout: 30_000 }).toBe('Perspectief: gepubliceerd. Zo leest de export de inhoud nu.')
    const published = await expectedJsonLd(['published'])
    expect(published).toContain('"title": "Customer service medewerker (voorbeeldvacature)"')
    expect(published).not.toContain(editedTitle)
    await expect.poll(code, { timeout: 30_000 }).toBe(published)
    await shoot('12-perspective-published')
  })

  test('in release "Nieuwe titels" it names the release and shows the release\'s version, not the draft', async () => {
    await selectPerspective('release-rTitles')
    await expect.poll(line, { timeout: 30_000 }).toBe(
      'Perspectief: release "Nieuwe titels". Zo wordt het als deze release live gaat (jobld validate --release rTitles controleert de hele dataset zo).',
    )
    // Sanity stacks an ASAP release over the drafts.
    const release = await expectedJsonLd(['rTitles', 'drafts'])
    expect(release).toContain('"title": "Klantenservicemedewerker Utrecht (voorbeeldvacature)"')
    await expect.poll(code, { timeout: 30_000 }).toBe(release)
    await shoot('13-perspective-release')
  })

  test('in release "Vacatures maandag 9:00", which unpublishes the employer, it shows the build refusing the page', async () => {
    const { page } = session
    await selectPerspective('release-rMonday0900')
    await expect.poll(line, { timeout: 30_000 }).toBe(
      'Perspectief: release "Vacatures maandag 9:00". Zo wordt het als deze release live gaat (jobld validate --release rMonday0900 controleert de hele dataset zo).',
    )
    // The scheduled release comes after the ASAP one: its stack holds both, and the drafts.
    expect(await expectedJsonLd(['rMonday0900', 'rTitles', 'drafts'])).toBeUndefined()
    const issue = page.locator('[data-testid="jsonld-issue"][data-code="reference.missing"]')
    await expect.poll(() => issue.getByTestId('jsonld-issue-path').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 30_000 }).toBe(
      'hiringOrganization._ref',
    )
    await expect(issue.getByTestId('jsonld-issue-message').textContent()).resolves.toBe('Dit verwijst naar "organization.voorbeeld-b-v", maar dat document bestaat niet')
    await expect(page.getByTestId('jsonld-status').textContent()).resolves.toBe('Dit document geeft geen pagina: de build weigert het om de fouten hieronder.')
    await expect(page.getByTestId('jsonld-code').count()).resolves.toBe(0)
    await shoot('14-perspective-release-refused')
  })

  test('the page reaches no outside host and every Studio request is answered locally', () => {
    expect(session.api.unhandled).toEqual([])
    expect(session.blocked.filter((url) => !/design-system-static\.sanity\.io|sanity-cdn\.com\/v1\/modules/.test(url))).toEqual([])
  })
})
