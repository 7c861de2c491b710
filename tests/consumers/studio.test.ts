/**
 * examples/studio as an agency has it: a Studio with its own `post`, `author`, `organization` and
 * `blockContent` that installs the packed package and adds `jobld()`. It is built for real
 * (`sanity build`, no network) and opened in Chromium against the emulated Content Lake holding
 * the seed content as that Studio stores it (jobld's job profile under the Studio's name
 * `careerProfile`, the organisations as the Studio's own). Screenshots in Dutch and English go to
 * tests/artifacts/screenshots/ (not committed).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMarkdown } from '../../scripts/sources/readMarkdown.ts'
import { serializeJsonLd } from '../../scripts/core/html/serializeJsonLd.ts'
import { exportJsonLd } from '../../scripts/index.ts'
import { formatIssue } from '../../scripts/core/catalogue/formatIssue.ts'
import { openStudio, type StudioSession } from '../e2e/support/launchStudio.ts'
import { installExample, packJobld } from './support/pack.ts'
import { run } from './support/run.ts'

const screenshots = 'tests/artifacts/screenshots'
const projectId = 'jobldci'
const profileId = 'jobProfile.customer-service-medewerker'
const remoteId = 'vacancy.voorbeeld-customer-service-medewerker-remote'
const studioEnv = { SANITY_TELEMETRY_DISABLED: '1', SANITY_STUDIO_PROJECT_ID: projectId, SANITY_STUDIO_DATASET: 'production' }

/** The agency's own documents, beside jobld's. */
const agencyDocuments = [
  { _id: 'author.sanne', _type: 'author', name: 'Sanne de Vries', bio: 'Writes about work.' },
  { _id: 'post.hello', _type: 'post', title: 'Hello from the agency', slug: { _type: 'slug', current: 'hello' }, author: { _type: 'reference', _ref: 'author.sanne' } },
]

describe('examples/studio: jobld in a Studio of its own', () => {
  let dir = ''
  let session: StudioSession
  /** The seed content under jobld's names, and as the agency's Studio stores it. */
  let seed: Record<string, unknown>[] = []
  let stored: Record<string, unknown>[] = []
  const today = new Date().toISOString().slice(0, 10)

  const shoot = (name: string) => session.page.screenshot({ path: join(screenshots, `${name}.png`) })

  beforeAll(async () => {
    dir = await installExample('examples/studio', await packJobld())
    await run('npm', ['run', 'build'], { cwd: dir, offline: true, env: studioEnv })
    await mkdir(screenshots, { recursive: true })
    // The remote example vacancy without its own salary: the build then has a message on it
    // (Google recommends baseSalary), which the JSON-LD view must show in the Studio's language.
    seed = (await readMarkdown(['content'])).documents
      .map((doc) => doc.value)
      .map((doc) => {
        if (doc._id !== remoteId) return doc
        const { salary: _, ...rest } = doc
        return rest
      })
    stored = [...seed.map((doc) => (doc._type === 'jobProfile' ? { ...doc, _type: 'careerProfile' } : doc)), ...agencyDocuments]
    session = await openStudio({ dist: join(dir, 'dist'), documents: stored })
  })

  afterAll(async () => {
    await session?.close()
  })

  it('lists its own types beside jobld\'s in the desk, in Dutch, with no schema error', async () => {
    const { page, studioUrl } = session
    await page.goto(`${studioUrl}/`)
    const desk = page.locator('[data-testid="structure-tool-list-pane"]').first()
    await desk.getByText('Content', { exact: true }).waitFor({ timeout: 60_000 })
    const items = (await desk.getByRole('link').allInnerTexts()).map((text) => text.trim())
    expect(items).toEqual(['Posts', 'Authors', 'Organizations', 'Beroepen', 'Vacatures', 'Salarisniveaus', 'Veelgestelde vragen', 'Problemen'])
    await expect(page.getByText(/schema error/i).count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Posts' }).click()
    await page.getByRole('link', { name: /Hello from the agency/ }).waitFor({ timeout: 30_000 })
    await shoot('studio-example-01-desk-nl')
  })

  it('opens a jobld profile with the JSON-LD tab, the same JSON-LD as jobld\'s own export', async () => {
    const { page } = session
    await page.getByRole('link', { name: 'Beroepen' }).click()
    await page.getByRole('link', { name: /Customer service medewerker/ }).click()
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    const code = page.getByTestId('jsonld-code')
    await code.waitFor({ timeout: 30_000 })
    // jobld's own export of the seed under jobld's names...
    const own = await exportJsonLd(seed, { now: today })
    const expected = own.pages.find((p) => p.kind === 'profile' && p.sourceIds.includes(profileId))
    expect(expected?.types).toEqual(['Occupation', 'FAQPage', 'Organization'])
    expect(await code.textContent()).toBe(serializeJsonLd(expected?.graph))
    // ...and the packed CLI on the documents as this Studio stores them, told its names.
    await writeFile(join(dir, 'studio.ndjson'), `${stored.map((doc) => JSON.stringify(doc)).join('\n')}\n`)
    await run('npx', ['jobld', 'export', '--from', 'studio.ndjson', '--out', 'jsonld', '--now', today, '--types', 'jobProfile=careerProfile'], { cwd: dir, offline: true })
    expect(await readFile(join(dir, 'jsonld', `${expected?.path}`), 'utf8')).toBe(expected?.jsonld)
    await expect(page.getByTestId('jsonld-status').textContent()).resolves.toBe('De export schrijft deze JSON-LD naar customer-service-medewerker.jsonld.')
    await shoot('studio-example-02-profile-jsonld-nl')
  })

  it("shows the build's messages in Dutch, and in English once the Studio is switched to English", async () => {
    const { page, studioUrl } = session
    const own = await exportJsonLd(seed, { now: today })
    const notice = own.issues.find((issue) => issue.docId === remoteId)
    if (!notice) throw new Error(`Expected a message of the build on ${remoteId}`)
    const message = () => page.locator(`[data-testid="jsonld-issue"][data-code="${notice.code}"]`).getByTestId('jsonld-issue-message')
    /** Opens the form and counts jobld's words in it: a field title, an option and a group, in one language. */
    const formWords = async (language: 'nl' | 'en', screenshot: string) => {
      const words = language === 'nl'
        ? { tab: 'Bewerken', field: 'Soort dienstverband', option: 'Deeltijd', group: 'Salaris', back: 'JSON-LD' }
        : { tab: 'Edit', field: 'Employment type', option: 'Part time', group: 'Salary', back: 'JSON-LD' }
      await page.getByRole('tab', { name: words.tab }).click()
      const form = page.locator('[data-testid="document-panel-scroller"]')
      await form.getByText(words.field, { exact: true }).first().waitFor({ timeout: 30_000 })
      const counts = {
        field: await form.getByText(words.field, { exact: true }).count(),
        option: await form.getByText(words.option, { exact: true }).count(),
        group: await page.getByRole('tab', { name: words.group, exact: true }).count(),
      }
      await shoot(screenshot)
      await page.getByRole('tab', { name: words.back }).click()
      return counts
    }

    await page.getByRole('link', { name: 'Vacatures' }).click()
    await page.locator(`a[href$=";${remoteId}"]`).click()
    await page.getByRole('tab', { name: 'JSON-LD' }).click()
    await message().waitFor({ timeout: 30_000 })
    await expect(message().textContent()).resolves.toBe(formatIssue(notice, 'nl'))
    await shoot('studio-example-03-vacancy-jsonld-nl')
    // The form's titles, descriptions, options and groups follow the Studio's language too.
    await expect(formWords('nl', 'studio-example-04-vacancy-form-nl')).resolves.toEqual({ field: 1, option: 1, group: 1 })

    // What Sanity's own locale switch stores; this Sanity has no language menu of its own.
    await page.evaluate((key) => localStorage.setItem(key, 'en-US'), `sanity-locale:${projectId}:default`)
    await page.reload()
    await page.getByRole('tab', { name: 'JSON-LD' }).click({ timeout: 60_000 })
    const desk = page.locator('[data-testid="structure-tool-list-pane"]').first()
    await desk.getByText('Job profiles', { exact: true }).waitFor({ timeout: 60_000 })
    const items = (await desk.getByRole('link').allInnerTexts()).map((text) => text.trim())
    expect(items).toEqual(['Posts', 'Authors', 'Organizations', 'Job profiles', 'Vacancies', 'Salary tiers', 'Frequently asked questions', 'Problems'])
    await message().waitFor({ timeout: 30_000 })
    await expect(message().textContent()).resolves.toBe(notice.message)
    await expect(page.getByText('Messages of the build', { exact: true }).count()).resolves.toBe(1)
    await page.getByTestId('jsonld-code').waitFor({ timeout: 30_000 })
    await shoot('studio-example-05-vacancy-jsonld-en')
    await expect(formWords('en', 'studio-example-06-vacancy-form-en')).resolves.toEqual({ field: 1, option: 1, group: 1 })
  })

  it('reaches no outside host and answers every Studio request locally', () => {
    expect(session.api.unhandled).toEqual([])
    expect(session.blocked.filter((url) => !/design-system-static\.sanity\.io|sanity-cdn\.com\/v1\/modules/.test(url))).toEqual([])
  })
})
