/**
 * `jobld export --notify` and the sitemaps an export writes with `--base-url`: one command exports,
 * writes the sitemaps into the output (listed in the manifest as jobld's), and tells Google (the
 * vacancies) and IndexNow (every page) what changed; a later export without a base URL removes
 * the sitemaps it wrote, as any file of its own.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readTree, runCli, tempDir } from './support/exportRun.ts'
import { copyDutchSeed } from './support/dutchSeed.ts'
import { startGoogleIndexing } from './support/googleIndexingEmulator.ts'
import { startIndexNow } from './support/indexNowEmulator.ts'
import { testServiceAccount } from './support/notifyRun.ts'

const BASE = 'https://www.example.nl/beroepen'
const KEY = '0123456789abcdef0123456789abcdef'
const NOW = ['--now', '2026-11-26']
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

describe('jobld export --notify', () => {
  it('writes the sitemaps with the pages and notifies what the export changed, in one command', { timeout: 60_000 }, async () => {
    const dir = await tempDir('export-notify')
    const out = join(dir, 'jsonld')
    // The Dutch seed: the English translations would add pages of their own to every count below.
    const content = join(dir, 'content')
    await copyDutchSeed(content)
    const account = testServiceAccount()
    const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey })
    const indexNow = await startIndexNow({ key: KEY })
    closers.push(() => google.close(), () => indexNow.close())
    const args = ['--from', content, '--out', out, '--cache-dir', join(dir, 'cache'), '--base-url', BASE, ...NOW]
    const channels = ['--google-endpoint', google.url, '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url, '--no-live-check']
    const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }

    const run = await runCli([...args, '--notify', ...channels], env)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('Wrote 1 job profile page and 2 vacancies (10 files) to')
    expect(run.stderr).toContain('Google: sent 2 notifications (2 URL_UPDATED, 0 URL_DELETED)')
    expect(google.notifications.map((n) => [n.type, n.url]).sort()).toEqual([
      ['URL_UPDATED', `${BASE}/vacatures/voorbeeld-customer-service-medewerker-remote`],
      ['URL_UPDATED', `${BASE}/vacatures/voorbeeld-customer-service-medewerker-utrecht`],
    ])
    expect(indexNow.submissions.flatMap((s) => s.urlList).sort()).toEqual([
      `${BASE}/customer-service-medewerker`,
      `${BASE}/vacatures/voorbeeld-customer-service-medewerker-remote`,
      `${BASE}/vacatures/voorbeeld-customer-service-medewerker-utrecht`,
    ])
    const files = await readTree(out)
    expect(Object.keys(files).filter((path) => path.startsWith('sitemap'))).toEqual(['sitemap-beroepen.xml', 'sitemap-vacatures.xml', 'sitemap.xml'])
    expect(files['sitemap-vacatures.xml']).toContain(`<loc>${BASE}/vacatures/voorbeeld-customer-service-medewerker-utrecht</loc>`)
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).files).toEqual(['sitemap.xml', 'sitemap-vacatures.xml', 'sitemap-beroepen.xml'])

    // The same export again: nothing changed, nothing is sent.
    const again = await runCli([...args, '--notify', ...channels], env)
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain('Nothing to notify')
    expect(google.notifications).toHaveLength(2)

    // Without a base URL there are no sitemaps: the ones jobld wrote go.
    const plain = await runCli(['--from', content, '--out', out, '--cache-dir', join(dir, 'cache'), ...NOW])
    expect(plain.code, plain.stderr).toBe(0)
    expect(Object.keys(await readTree(out)).filter((path) => path.startsWith('sitemap'))).toEqual([])
  })

  it('needs a base URL, and a written export', async () => {
    const dir = await tempDir('export-notify-usage')
    const noBase = await runCli(['--from', 'content', '--out', join(dir, 'a'), '--notify', ...NOW])
    expect([noBase.code, noBase.stderr]).toEqual([2, "Unexpected --notify without --base-url, expected the site's base URL the pages are at\n"])
    const dry = await runCli(['--from', 'content', '--out', join(dir, 'b'), '--notify', '--dry-run', '--base-url', BASE, ...NOW])
    expect([dry.code, dry.stderr]).toEqual([2, 'Unexpected --notify with --dry-run, expected a written export to notify about (jobld notify --dry-run shows the plan)\n'])
  })
})
