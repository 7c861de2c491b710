/**
 * Browser tests of the built Studio: headless Chromium (Debian's, via playwright-core) against
 * `studio/dist` served on 127.0.0.1 and the emulated Content Lake holding the bundled content.
 * The tests run in order on one page, as an editor would: desk, profile, then an edit.
 * Screenshots of each step go to tests/artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readTier } from '../../scripts/core/rules/lib/readTier.ts'
import { readMarkdown } from '../../scripts/sources/readMarkdown.ts'
import { buildPages } from '../../scripts/export/lib/buildPages.ts'
import { serializeJsonLd } from '../../scripts/core/html/serializeJsonLd.ts'
import type { RawDocument } from '../../scripts/core/rawDocument.ts'
import { checkTierLadder } from '../../scripts/core/rules/lib/checkTierLadder.ts'
import type { TierLike } from '../../scripts/core/rules/lib/readTier.ts'
import { formatIssue } from '../../scripts/core/catalogue/formatIssue.ts'
import { formatViolation } from '../../scripts/core/rules/formatViolation.ts'
import { openBuiltStudio, type BuiltStudio } from './support/openBuiltStudio.ts'

const profileId = 'jobProfile.customer-service-medewerker'
const seniorId = 'salaryTier.customer-service-medewerker.senior'
const tierIds = ['junior', 'medior', 'senior'].map((level) => `salaryTier.customer-service-medewerker.${level}`)

let session: BuiltStudio
let seed: RawDocument[]

const utrechtId = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
const expiredId = 'vacancy.voorbeeld-customer-service-medewerker-verlopen'

/** A copy of the Utrecht vacancy that closed yesterday, whatever today is. */
function expiredCopy(documents: ReadonlyArray<RawDocument>): RawDocument {
  const utrecht = documents.find((doc) => doc.value._id === utrechtId)
  if (!utrecht) throw new Error(`Missing ${utrechtId} in content/, expected the bundled Utrecht vacancy`)
  const day = 24 * 60 * 60 * 1000
  return {
    value: {
      ...utrecht.value,
      _id: expiredId,
      title: 'Customer service medewerker (verlopen)',
      slug: { _type: 'slug', current: 'voorbeeld-customer-service-medewerker-verlopen' },
      identifier: 'VB-E2E-EXPIRED',
      datePosted: new Date(Date.now() - 60 * day).toISOString().slice(0, 10),
      validThrough: new Date(Date.now() - day).toISOString().slice(0, 10),
    },
  }
}

/** The dataset as the build would read it if every draft were published. */
function withDraftsPublished(documents: ReadonlyArray<Record<string, unknown>>): RawDocument[] {
  const drafts = new Map(documents.flatMap((doc) => (typeof doc._id === 'string' && doc._id.startsWith('drafts.') ? [[doc._id.slice(7), doc]] : [])))
  return documents
    .filter((doc) => typeof doc._id === 'string' && !doc._id.startsWith('drafts.'))
    .map((doc) => ({ value: { ...(drafts.get(String(doc._id)) ?? doc), _id: doc._id } }))
}

const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  const source = await readMarkdown(['content'])
  seed = [...source.documents, expiredCopy(source.documents)]
  session = await openBuiltStudio(seed.map((doc) => doc.value))
})

afterAll(async () => {
  await session?.close()
})

describe('the Studio for editors', () => {
  test('the desk lists Beroepen, Vacatures, Salarisniveaus, Veelgestelde vragen and Organisaties in Dutch', async () => {
    const { page, studioUrl } = session
    await page.goto(`${studioUrl}/`)
    const desk = page.locator('[data-testid="structure-tool-list-pane"]').first()
    await desk.getByText('Inhoud').waitFor({ timeout: 60_000 })
    const items = await desk.getByRole('link').allInnerTexts()
    expect(items.map((text) => text.trim())).toEqual(['Beroepen', 'Vacatures', 'Salarisniveaus', 'Veelgestelde vragen', 'Organisaties', 'Problemen'])
    await shoot('01-desk')
  })

  test('opening the seed profile shows its fields and the JSON-LD view with the Occupation and FAQPage', async () => {
    const { page } = session
    await page.getByRole('link', { name: 'Beroepen' }).click()
    await page.getByRole('link', { name: /Customer service medewerker/ }).click()
    const form = page.locator('[data-testid="document-panel-scroller"]')
    await expect.poll(() => form.getByLabel('Functietitel').inputValue(), { timeout: 30_000 }).toBe('Customer service medewerker')
    await expect(form.getByText('Samenvatting', { exact: true }).count()).resolves.toBe(1)
    await shoot('02-profile-form')

    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const code = page.getByTestId('jsonld-code')
    await code.waitFor({ timeout: 30_000 })
    const expected = (await buildPages(seed, { now: new Date() })).pages.find((p) => p.kind === 'profile' && p.sourceIds.includes(profileId))
    expect(expected?.types).toEqual(['Occupation', 'FAQPage', 'Organization'])
    // Byte for byte the file the export writes.
    expect(await code.textContent()).toBe(serializeJsonLd(expected?.graph))
    await expect(page.getByTestId('jsonld-status').textContent()).resolves.toBe(
      'De export schrijft deze JSON-LD naar customer-service-medewerker.jsonld.',
    )
    await shoot('03-profile-jsonld')
  })

  test('a senior tier lower than the medior one shows the Dutch validation message, and the JSON-LD view the build error', async () => {
    const { page, lake } = session
    await page.getByRole('link', { name: 'Salarisniveaus' }).click()
    await page.locator('a[href$=";salaryTier.customer-service-medewerker.senior"]').click()
    const form = page.locator('[data-testid="document-panel-scroller"]')
    await form.getByRole('button', { name: '3100 p/m' }).click()
    await page.getByRole('dialog').getByLabel('Bedrag', { exact: true }).fill('2750')
    await page.keyboard.press('Escape')
    await expect.poll(() => lake.documents().find((doc) => doc._id === `drafts.${seniorId}`)?.amounts, { timeout: 15_000 }).toEqual([
      expect.objectContaining({ period: 'HOUR', value: 17.5 }),
      expect.objectContaining({ period: 'MONTH', value: 2750 }),
    ])

    // The Dutch message comes from the same rule the build runs, worded for the Studio.
    const tiers = withDraftsPublished(lake.documents())
      .filter((doc) => tierIds.includes(String(doc.value._id)))
      .flatMap((doc): TierLike[] => {
        const tier = readTier(doc.value, String(doc.value._id))
        return tier ? [tier] : []
      })
    const [violation] = checkTierLadder(tiers)
    expect(violation?.code).toBe('tier.order')
    const dutch = violation ? formatViolation(violation, 'nl') : ''
    expect(dutch).toBe('Senior verdient 2750 EUR per maand, minder dan het lagere niveau Medior (2800); salarisniveaus moeten oplopen')
    await page.getByRole('button', { name: 'Validatie' }).click()
    await page.getByText(dutch).first().waitFor({ timeout: 15_000 })
    await shoot('04-tier-validation')

    // The JSON-LD view of the tier shows its profile's page, refused for the build's own error.
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const pageSection = page.locator(`[data-testid="jsonld-page"][data-target="${profileId}"]`)
    await pageSection.waitFor({ timeout: 30_000 })
    const build = await buildPages(withDraftsPublished(lake.documents()), { now: new Date() })
    const buildError = build.issues.find((issue) => issue.code === 'tier.order')
    expect(buildError?.message).toBe('Unexpected 2750 EUR per MONTH for Senior, expected at least 2800 as at the lower level Medior')
    const shown = pageSection.locator('[data-testid="jsonld-issue"][data-code="tier.order"]')
    // The build's own issue, worded in the Studio's language from the same catalogue entry.
    await expect(shown.getByTestId('jsonld-issue-message').textContent()).resolves.toBe(
      'Senior verdient 2750 EUR per maand, minder dan het lagere niveau Medior (2800); salarisniveaus moeten oplopen',
    )
    expect(buildError && formatIssue(buildError, 'nl')).toBe(dutch)
    await expect(shown.getByTestId('jsonld-issue-path').textContent()).resolves.toBe('amounts[1].value')
    await expect(pageSection.getByTestId('jsonld-status').textContent()).resolves.toBe(
      'De build weigert deze inhoud: 1 fout (hieronder). Zolang die er is, schrijft de export niets.',
    )
    await shoot('05-tier-jsonld-error')

    // The path leads back to the field in the form.
    await shown.getByTestId('jsonld-issue-path').click()
    const amount = page.getByRole('dialog').getByLabel('Bedrag', { exact: true })
    await expect.poll(() => amount.evaluate((input) => input === document.activeElement), { timeout: 15_000 }).toBe(true)
    await shoot('06-tier-field-focused')
  })

  test('a current vacancy shows the JobPosting the export writes', async () => {
    const { page } = session
    await page.getByRole('link', { name: 'Vacatures' }).click()
    // Links to documents end in their id (the expired copy says Utrecht too).
    await page.locator(`a[href$=";${utrechtId}"]`).click()
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const code = page.getByTestId('jsonld-code')
    await code.waitFor({ timeout: 30_000 })
    const expected = (await buildPages(seed, { now: new Date() })).pages.find((p) => p.kind === 'vacancy' && p.sourceIds.includes(utrechtId))
    expect(expected?.types).toEqual(['JobPosting'])
    expect(await code.textContent()).toBe(serializeJsonLd(expected?.graph))
    await shoot('07-vacancy-jsonld')
  })

  test('an expired vacancy carries the Verlopen badge and its JSON-LD view says why nothing is written', async () => {
    const { page } = session
    await page.locator(`a[href$=";${expiredId}"]`).click()
    await page.getByTestId('pane-footer').getByText('Verlopen', { exact: true }).waitFor({ timeout: 30_000 })
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const status = page.getByTestId('jsonld-status')
    await status.waitFor({ timeout: 30_000 })
    await expect(status.textContent()).resolves.toBe(
      'Deze vacature is verlopen: de datum bij "Geldig tot" ligt in het verleden, dus de export laat haar weg.',
    )
    const notice = (await buildPages(seed, { now: new Date() })).issues.find((issue) => issue.docId === expiredId && issue.code === 'vacancy.expired')
    const shown = page.locator('[data-testid="jsonld-issue"][data-code="vacancy.expired"]')
    expect(notice?.message).toMatch(/^Left out expired vacancy: validThrough /)
    await expect(shown.getByTestId('jsonld-issue-message').textContent()).resolves.toBe(notice && formatIssue(notice, 'nl'))
    await expect(page.getByTestId('jsonld-code').count()).resolves.toBe(0)
    await shoot('08-vacancy-expired')
  })

  test('the page reaches no outside host and answers every Studio request locally', () => {
    expect(session.api.unhandled).toEqual([])
    // Fonts and the version check are refused; nothing else should be.
    expect(session.blocked.filter((url) => !/design-system-static\.sanity\.io|sanity-cdn\.com\/v1\/modules/.test(url))).toEqual([])
  })
})
