/**
 * A notify run killed with SIGKILL at any moment: after the next run, no notification is lost
 * and none is sent twice (IndexNow: at least once, see scripts/notify/io/notifyStateStore.ts).
 * Notify runs as a real child process (`node --import tsx scripts/notify/command.ts`); the emulators
 * live in the test process, so they can hold a request and the test kills the child then.
 */
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { tempDir } from './support/exportRun.ts'
import { startGoogleIndexing, type GoogleIndexingEmulator } from './support/googleIndexingEmulator.ts'
import { startIndexNow } from './support/indexNowEmulator.ts'
import { manifestEntry, notifyChild, runNotifyCli, testServiceAccount, writeManifest, type TestServiceAccount } from './support/notifyRun.ts'
import { LIVE_CHECK_OFF } from '../scripts/notify/io/notifyExport.ts'

const BASE = 'https://www.example.nl/beroepen'
const KEY = 'f0e1d2c3b4a5968778695a4b3c2d1e0f'
const SEED = 20261201

let account: TestServiceAccount
const closers: Array<() => Promise<void>> = []

beforeAll(() => {
  account = testServiceAccount()
})

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

const vacancies = (slugs: ReadonlyArray<string>, version = '1') => slugs.map((slug) => manifestEntry('vacancy', slug, version))
const published = (google: GoogleIndexingEmulator) => google.notifications.map((n) => `${n.type} ${n.url}`)
const publishes = (google: GoogleIndexingEmulator) => google.requests.filter((r) => r.path.startsWith('/v3/urlNotifications:publish')).length

async function setup(label: string, options: { delayMs?: number } = {}) {
  const dir = await tempDir(`notify-kill-${label}`)
  const out = join(dir, 'jsonld')
  const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey, ...options })
  closers.push(() => google.close())
  const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--google-endpoint', google.url, '--no-live-check']
  const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }
  return { dir, out, google, args, env }
}

describe('a notify run killed with SIGKILL', () => {
  it('between Google recording a notification and the run recording the answer: the next run asks Google and does not send it again', async () => {
    const { out, google, args, env } = await setup('after')
    await writeManifest(out, vacancies(['a', 'b', 'c']))
    google.setFaults([{ kind: 'holdAfterRecording', path: 'publish', skip: 1, times: 1 }])
    const { child, exit } = notifyChild(args, env)
    await google.held()
    child.kill('SIGKILL')
    expect(await exit).toEqual([null, 'SIGKILL'])
    expect(published(google)).toEqual([`URL_UPDATED ${BASE}/vacatures/a`, `URL_UPDATED ${BASE}/vacatures/b`])

    // Google cannot say now: b is not sent blind, c goes on.
    const host = new URL(google.url).host
    google.setFaults([{ kind: 'status', status: 503, path: 'metadata', times: 1 }])
    const unsure = await runNotifyCli(args, env)
    expect(unsure).toEqual({
      code: 2,
      stdout: `URL_UPDATED ${BASE}/vacatures/c\n`,
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected HTTP 503 from ${host} for the metadata of ${BASE}/vacatures/b, expected HTTP 200 or 404: Scripted 503`,
        `Google: sent 1 notification (1 URL_UPDATED, 0 URL_DELETED) to ${host}.`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
    google.setFaults([])
    const next = await runNotifyCli(args, env)
    expect(next).toEqual({ code: 0, stdout: '', stderr: `${LIVE_CHECK_OFF}\nNothing to notify: no page changed since the last run.\n` })
    expect(published(google)).toEqual(['a', 'b', 'c'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))
    expect(google.requests.filter((r) => r.path.startsWith('/v3/urlNotifications/metadata')).map((r) => new URL(r.path, google.url).searchParams.get('url'))).toEqual([
      `${BASE}/vacatures/b`,
      `${BASE}/vacatures/b`,
    ])
  })

  it('while the request was on its way and Google never got it: the next run sends it', async () => {
    const { out, google, args, env } = await setup('before')
    await writeManifest(out, vacancies(['a', 'b', 'c']))
    google.setFaults([{ kind: 'holdBeforeRecording', path: 'publish', skip: 1, times: 1 }])
    const { child, exit } = notifyChild(args, env)
    await google.held()
    child.kill('SIGKILL')
    await exit
    expect(published(google)).toEqual([`URL_UPDATED ${BASE}/vacatures/a`])
    google.setFaults([])
    const next = await runNotifyCli(args, env)
    expect(next.stdout).toBe(`URL_UPDATED ${BASE}/vacatures/b\nURL_UPDATED ${BASE}/vacatures/c\n`)
    expect(published(google)).toEqual(['a', 'b', 'c'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))
  })

  it('during an IndexNow batch: the next run sends the batch again, and nothing is lost', async () => {
    const dir = await tempDir('notify-kill-indexnow')
    const out = join(dir, 'jsonld')
    const indexNow = await startIndexNow({ key: KEY, faults: [{ kind: 'holdAfterRecording', times: 1 }] })
    closers.push(() => indexNow.close())
    const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url, '--no-live-check']
    await writeManifest(out, [manifestEntry('profile', 'kok'), ...vacancies(['a'])])
    const { child, exit } = notifyChild(args, {})
    await indexNow.held()
    child.kill('SIGKILL')
    await exit
    const urls = [`${BASE}/kok`, `${BASE}/vacatures/a`]
    expect(indexNow.submissions.map((s) => s.urlList)).toEqual([urls])
    // IndexNow cannot be asked what it got: the batch in doubt goes again (at least once).
    expect((await runNotifyCli(args, {})).stdout).toBe(urls.map((url) => `INDEXNOW ${url}\n`).join(''))
    expect(indexNow.submissions.map((s) => s.urlList)).toEqual([urls, urls])
    expect((await runNotifyCli(args, {})).stdout).toBe('')
  })

  it('at random moments of a run and of a later one: every change reaches Google exactly once', { timeout: 120_000 }, async () => {
    const random = createRandom(SEED)
    // Each answer waits 30 ms after Google recorded it: kills land between its recording and ours.
    const { out, google, args, env } = await setup('random', { delayMs: 30 })
    const slugs = Array.from({ length: 12 }, (_, i) => `vacature-${String(i + 1).padStart(2, '0')}`)
    const phases = [
      { manifest: vacancies(slugs), expected: slugs.map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`) },
      {
        // Six edited, three expired (gone from the manifest), three unchanged.
        manifest: [...vacancies(slugs.slice(0, 6), '2'), ...vacancies(slugs.slice(9))],
        expected: [...slugs.slice(6, 9).map((s) => `URL_DELETED ${BASE}/vacatures/${s}`), ...slugs.slice(0, 6).map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`)],
      },
    ]
    const landed: string[] = []
    for (const phase of phases) {
      await writeManifest(out, phase.manifest)
      const before = google.notifications.length
      for (let kill = 0; kill < 4; kill++) {
        const start = publishes(google)
        const { child, exit } = notifyChild(args, env)
        let exited = false
        void exit.then(() => (exited = true))
        // Kill after the n-th publish request of this run arrived, plus up to 40 ms.
        const target = random.int(1, 5)
        while (!exited && publishes(google) - start < target) await new Promise((resolve) => setTimeout(resolve, 2))
        await new Promise((resolve) => setTimeout(resolve, random.int(0, 40)))
        child.kill('SIGKILL')
        const [code, signal] = await exit
        landed.push(signal === 'SIGKILL' ? `killed after ${publishes(google) - start} publishes` : `finished (${String(code)})`)
      }
      const final = await runNotifyCli(args, env)
      expect(final.code).toBe(0)
      expect((await runNotifyCli(args, env)).stdout).toBe('')
      // Exactly the expected notifications, each once, in any order the kills allowed.
      expect(published(google).slice(before).sort()).toEqual([...phase.expected].sort())
    }
    // The kills did land mid-run.
    expect(landed.filter((l) => l.startsWith('killed')).length).toBeGreaterThanOrEqual(4)
  })
})
