/**
 * The live check before every notification: notify (and export --notify) fetch each page from the
 * site (tests/support/siteServer.ts, which lags until it publishes) and send only what the site
 * already shows: the exported graph for URL_UPDATED, the page gone (or without its JobPosting, or
 * with an expired one) for URL_DELETED. What does not match yet stays queued and is reported.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_CHECK_OFF } from '../scripts/notify/io/notifyExport.ts'
import { copyDutchSeed } from './support/dutchSeed.ts'
import { runCli, tempDir } from './support/exportRun.ts'
import { startGoogleIndexing, type GoogleIndexingEmulator } from './support/googleIndexingEmulator.ts'
import { startIndexNow, type IndexNowEmulator } from './support/indexNowEmulator.ts'
import { runNotifyCli, testServiceAccount, type TestServiceAccount } from './support/notifyRun.ts'
import { startSite, type Site } from './support/siteServer.ts'

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const REMOTE = 'vacatures/voorbeeld-customer-service-medewerker-remote'
const UTRECHT = 'vacatures/voorbeeld-customer-service-medewerker-utrecht'
const PROFILE = 'customer-service-medewerker'

let account: TestServiceAccount
const closers: Array<() => Promise<void>> = []
beforeAll(() => {
  account = testServiceAccount()
})
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** A copy of the Dutch seed in content/ (its pages are counted below), its export for a site on loopback, the site (publishing nothing yet) and both engines. */
async function setup(label: string) {
  const dir = await tempDir(`live-${label}`)
  const content = join(dir, 'content')
  const out = join(dir, 'jsonld')
  await copyDutchSeed(content)
  const site = await startSite({ out })
  const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey })
  const indexNow = await startIndexNow({ key: KEY })
  closers.push(() => site.close(), () => google.close(), () => indexNow.close())
  const base = site.baseUrl
  const cache = join(dir, 'cache')
  const exportTo = async (now = '2026-11-26') => {
    const result = await runCli(['--from', content, '--out', out, '--cache-dir', cache, '--base-url', base, '--now', now])
    expect(result.code, result.stderr).toBe(0)
  }
  const channels = ['--google-endpoint', google.url, '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url]
  const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }
  /** notify, with the site's origin written as `site` so that messages compare whole. */
  const notify = async (extra: string[] = [], runEnv: Record<string, string> = {}) => {
    const result = await runNotifyCli(['--out', out, '--base-url', base, '--cache-dir', cache, ...channels, ...extra], { ...env, ...runEnv })
    return { ...result, stdout: result.stdout.split(site.origin).join('site'), stderr: result.stderr.split(site.origin).join('site') }
  }
  return { dir, content, out, site, google, indexNow, exportTo, notify, cache, channels, env }
}

const sent = (google: GoogleIndexingEmulator) => google.notifications.map((n) => `${n.type} ${n.url}`)
const submitted = (indexNow: IndexNowEmulator) => indexNow.submissions.flatMap((s) => s.urlList)
const url = (site: Site, path: string) => `${site.baseUrl}/${path}`

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`)
  await writeFile(file, text.replace(from, to))
}

describe('the live check before notifying', () => {
  it('sends nothing while the site does not have the pages, says which wait and why, and sends them once it does', async () => {
    const { site, google, indexNow, exportTo, notify } = await setup('first')
    await exportTo()
    const early = await notify()
    expect(early).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        'Waiting for the site: 5 notifications stay queued until the page shows what it announces (checked again on the next run):',
        `  URL_UPDATED site/beroepen/${REMOTE}: the page answers HTTP 404`,
        `  URL_UPDATED site/beroepen/${UTRECHT}: the page answers HTTP 404`,
        `  INDEXNOW site/beroepen/${PROFILE}: the page answers HTTP 404`,
        `  INDEXNOW site/beroepen/${REMOTE}: the page answers HTTP 404`,
        `  INDEXNOW site/beroepen/${UTRECHT}: the page answers HTTP 404`,
        '',
      ].join('\n'),
    })
    expect(sent(google)).toEqual([])
    expect(indexNow.submissions).toEqual([])

    await site.publish()
    const live = await notify()
    expect(live.code, live.stderr).toBe(0)
    expect(live.stdout).toBe([`URL_UPDATED site/beroepen/${REMOTE}`, `URL_UPDATED site/beroepen/${UTRECHT}`, `INDEXNOW site/beroepen/${PROFILE}`, `INDEXNOW site/beroepen/${REMOTE}`, `INDEXNOW site/beroepen/${UTRECHT}`, ''].join('\n'))
    expect(sent(google)).toEqual([`URL_UPDATED ${url(site, REMOTE)}`, `URL_UPDATED ${url(site, UTRECHT)}`])
    expect(await notify()).toEqual({ code: 0, stdout: '', stderr: 'Nothing to notify: no page changed since the last run.\n' })
  })

  it('waits while the site still serves the previous version of an edited vacancy', async () => {
    const { content, site, google, exportTo, notify } = await setup('edited')
    await exportTo()
    await site.publish()
    expect((await notify()).code).toBe(0)
    google.notifications.splice(0)
    await edit(join(content, 'vacancies', 'voorbeeld-customer-service-medewerker-utrecht.md'), 'title: Customer service medewerker (voorbeeldvacature)', 'title: Senior customer service medewerker (voorbeeldvacature)')
    await exportTo()
    const stale = await notify()
    expect(stale.stdout).toBe('')
    expect(stale.stderr).toContain(`  URL_UPDATED site/beroepen/${UTRECHT}: the page's JSON-LD is not the exported graph (an older version?)\n`)
    expect(sent(google)).toEqual([])
    await site.publish([`/beroepen/${UTRECHT}`])
    expect((await notify()).stdout).toBe(`URL_UPDATED site/beroepen/${UTRECHT}\nINDEXNOW site/beroepen/${UTRECHT}\n`)
    expect(sent(google)).toEqual([`URL_UPDATED ${url(site, UTRECHT)}`])
  })

  it('sends URL_DELETED only once the page is gone or its JobPosting has expired on the site', async () => {
    const { site, google, indexNow, exportTo, notify } = await setup('removed')
    await exportTo()
    await site.publish()
    expect((await notify()).code).toBe(0)
    google.notifications.splice(0)
    indexNow.submissions.splice(0)
    // Both vacancies run until 2027-06-30: an export of 2027-07-01 leaves them out.
    await exportTo('2027-07-01')
    const still = await notify(['--now', '2027-06-01'])
    expect(still.stderr).toContain(`  URL_DELETED site/beroepen/${REMOTE}: the page still carries its JobPosting\n`)
    expect(sent(google)).toEqual([])
    // The site now serves the old page of Utrecht (whose validThrough has passed), and none of the remote one.
    await site.publish([`/beroepen/${REMOTE}`])
    const gone = await notify(['--now', '2027-07-02'])
    expect(gone.code, gone.stderr).toBe(0)
    expect(sent(google)).toEqual([`URL_DELETED ${url(site, REMOTE)}`, `URL_DELETED ${url(site, UTRECHT)}`])
    expect(submitted(indexNow)).toEqual([url(site, REMOTE), url(site, UTRECHT)])
  })

  it('follows redirects within the site only, and bounds each page in time and size', async () => {
    const { site, google, exportTo, notify } = await setup('bounds')
    await exportTo()
    await site.publish()
    site.setRoute(`/beroepen/${REMOTE}`, { status: 301, location: `/beroepen/${REMOTE}-nieuw` })
    site.setRoute(`/beroepen/${REMOTE}-nieuw`, { status: 302, location: `${site.origin}/beroepen/${UTRECHT}` })
    site.setRoute(`/beroepen/${UTRECHT}`, { status: 307, location: `https://elders.example/${UTRECHT}` })
    site.setRoute(`/beroepen/${PROFILE}`, { silent: true })
    const result = await notify(['--indexnow-key', KEY], { JOBLD_HTTP_TIMEOUT_MS: '500', JOBLD_MAX_LIVE_PAGE_BYTES: '100000' })
    // The remote page redirects (twice, on the site) to Utrecht's, which redirects off the site.
    expect(result.stderr).toContain(`  URL_UPDATED site/beroepen/${REMOTE}: the page redirects off the site, to elders.example\n`)
    expect(result.stderr).toContain(`  URL_UPDATED site/beroepen/${UTRECHT}: the page redirects off the site, to elders.example\n`)
    expect(result.stderr).toContain(`  INDEXNOW site/beroepen/${PROFILE}: the site did not answer within 500 ms (JOBLD_HTTP_TIMEOUT_MS)\n`)
    expect(sent(google)).toEqual([])

    site.setRoute(`/beroepen/${UTRECHT}`, undefined)
    site.setRoute(`/beroepen/${PROFILE}`, undefined)
    const small = await notify([], { JOBLD_MAX_LIVE_PAGE_BYTES: '2000' })
    expect(small.stderr).toContain(`  INDEXNOW site/beroepen/${PROFILE}: the page is larger than 2,000 bytes (JOBLD_MAX_LIVE_PAGE_BYTES)\n`)
    // Within the site, the redirects are followed to Utrecht's page, which is not the remote vacancy's graph.
    const within = await notify()
    expect(within.stderr).toContain(`  URL_UPDATED site/beroepen/${REMOTE}: the page's JSON-LD is not the exported graph (an older version?)\n`)
  })

  it('sends without looking with --no-live-check, and says so', async () => {
    const { google, exportTo, notify } = await setup('off')
    await exportTo()
    const result = await notify(['--no-live-check'])
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toBe(LIVE_CHECK_OFF)
    expect(sent(google)).toHaveLength(2)
  })

  it('checks the site after export --notify too: a site that is not deployed yet keeps every notification queued', async () => {
    const { dir, content, out, site, google, cache, channels, env, notify } = await setup('export')
    const result = await runCli(['--from', content, '--out', out, '--cache-dir', cache, '--base-url', site.baseUrl, '--now', '2026-11-26', '--notify', ...channels], env)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('Waiting for the site: 5 notifications stay queued')
    expect(sent(google)).toEqual([])
    await site.publish()
    expect((await notify()).stdout.split('\n').filter(Boolean)).toHaveLength(5)
    expect(dir).toBeTruthy()
  })
})
