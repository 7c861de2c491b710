/**
 * End to end: two real exports of the bundled content/, one vacancy edited and one expired by
 * `--now` in between; notify's dry run prints exactly one URL_UPDATED and one URL_DELETED, and
 * its URLs are the `url`s the export put into the pages' JSON-LD.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from './support/exportRun.ts'
import { copyDutchSeed } from './support/dutchSeed.ts'
import { startGoogleIndexing } from './support/googleIndexingEmulator.ts'
import { startIndexNow } from './support/indexNowEmulator.ts'
import { exportContent, runNotifyCli, testServiceAccount } from './support/notifyRun.ts'

const BASE = 'https://www.example.nl/beroepen'
const KEY = '0123456789abcdef0123456789abcdef'
const REMOTE = 'voorbeeld-customer-service-medewerker-remote'
const UTRECHT = 'voorbeeld-customer-service-medewerker-utrecht'
const closers: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** The `url` of the first node of an exported page. */
async function jsonLdUrl(out: string, path: string): Promise<unknown> {
  const graph: unknown = JSON.parse(await readFile(join(out, path), 'utf8'))['@graph']
  return Array.isArray(graph) ? (graph[0] as { url?: unknown }).url : undefined
}

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`)
  await writeFile(file, text.replace(from, to))
}

describe('notify after two exports of content/', () => {
  it('prints one URL_UPDATED for the edited vacancy and one URL_DELETED for the expired one, then sends exactly those', { timeout: 120_000 }, async () => {
    const dir = await tempDir('notify-exports')
    const content = join(dir, 'content')
    const out = join(dir, 'jsonld')
    // The Dutch seed: the English translations would add pages of their own to every count below.
    await copyDutchSeed(content)
    // The remote vacancy runs until the end of 2026, so the second export's --now expires it.
    await edit(join(content, 'vacancies', `${REMOTE}.md`), 'validThrough: 2027-06-30', 'validThrough: 2026-12-31')

    const first = await exportContent(content, out, '2026-11-26', BASE)
    expect(first.code, first.stderr).toBe(0)
    const remoteUrl = await jsonLdUrl(out, `vacatures/${REMOTE}.jsonld`)

    const account = testServiceAccount()
    const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey })
    const indexNow = await startIndexNow({ key: KEY })
    closers.push(() => google.close(), () => indexNow.close())
    const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--google-endpoint', google.url, '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url, '--no-live-check']
    const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }
    const initial = await runNotifyCli(args, env)
    expect(initial.code, initial.stderr).toBe(0)
    expect(google.notifications).toHaveLength(2)

    await edit(join(content, 'vacancies', `${UTRECHT}.md`), 'title: Customer service medewerker (voorbeeldvacature)', 'title: Senior customer service medewerker (voorbeeldvacature)')
    const second = await exportContent(content, out, '2027-01-15', BASE)
    expect(second.code, second.stderr).toBe(0)
    const utrechtUrl = await jsonLdUrl(out, `vacatures/${UTRECHT}.jsonld`)

    const plan = await runNotifyCli([...args, '--dry-run'], env)
    expect(plan.stdout).toBe(
      [`URL_DELETED ${BASE}/vacatures/${REMOTE}`, `URL_UPDATED ${BASE}/vacatures/${UTRECHT}`, `INDEXNOW ${BASE}/vacatures/${REMOTE}`, `INDEXNOW ${BASE}/vacatures/${UTRECHT}`, ''].join('\n'),
    )
    expect(plan.code).toBe(0)
    // The notified URLs are the pages' own JSON-LD urls.
    expect([remoteUrl, utrechtUrl]).toEqual([`${BASE}/vacatures/${REMOTE}`, `${BASE}/vacatures/${UTRECHT}`])

    google.notifications.splice(0)
    indexNow.submissions.splice(0)
    const sent = await runNotifyCli(args, env)
    expect(sent.code, sent.stderr).toBe(0)
    expect(google.notifications.map((n) => `${n.type} ${n.url}`)).toEqual([`URL_DELETED ${remoteUrl}`, `URL_UPDATED ${utrechtUrl}`])
    expect(indexNow.submissions.map((s) => s.urlList)).toEqual([[remoteUrl, utrechtUrl]])
    expect((await runNotifyCli([...args, '--dry-run'], env)).stdout).toBe('')
  })
})
