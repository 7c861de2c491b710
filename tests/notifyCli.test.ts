import { createServer } from 'node:net'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from './support/exportRun.ts'
import { GOOGLE_TOKEN_AUDIENCE, startGoogleIndexing, type GoogleIndexingEmulator, type GoogleIndexingOptions } from './support/googleIndexingEmulator.ts'
import { startIndexNow, type IndexNowEmulator } from './support/indexNowEmulator.ts'
import { manifestEntry, runNotifyCli, testServiceAccount, writeManifest, type TestServiceAccount } from './support/notifyRun.ts'
import { LIVE_CHECK_OFF } from '../scripts/notify/io/notifyExport.ts'

const BASE = 'https://www.example.nl/beroepen'
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
// These manifests have no pages behind them: the live check (tests/notifyLive.test.ts) is off, and says so.
const OFF = `${LIVE_CHECK_OFF}\n`

let account: TestServiceAccount
const closers: Array<() => Promise<void>> = []

beforeAll(() => {
  account = testServiceAccount()
})

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** Emulators, an output folder, and the command line that points notify at them. */
async function setup(label: string, google: Partial<GoogleIndexingOptions> = {}, indexNowOptions: { pending?: boolean } = {}) {
  const dir = await tempDir(`notify-${label}`)
  const out = join(dir, 'jsonld')
  const googleApi = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey, ...google })
  const indexNow = await startIndexNow({ key: KEY, ...indexNowOptions })
  closers.push(() => googleApi.close(), () => indexNow.close())
  const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--google-endpoint', googleApi.url, '--indexnow-key', KEY, '--indexnow-endpoint', indexNow.url, '--no-live-check']
  const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(googleApi.tokenUri) }
  /** Replaces the emulators' ports with names, so messages can be compared whole. */
  const named = (text: string) => text.split(new URL(googleApi.url).host).join('google').split(new URL(indexNow.url).host).join('indexnow')
  const run = async (extra: string[] = [], runEnv: Record<string, string> = env) => {
    const result = await runNotifyCli([...args, ...extra], runEnv)
    return { ...result, stdout: named(result.stdout), stderr: named(result.stderr) }
  }
  return { dir, out, googleApi, indexNow, args, env, run }
}

const vacancies = (...slugs: string[]) => slugs.map((slug) => manifestEntry('vacancy', slug))
const published = (google: GoogleIndexingEmulator) => google.notifications.map((n) => `${n.type} ${n.url}`)
const submitted = (indexNow: IndexNowEmulator) => indexNow.submissions.map((s) => s.urlList)

describe('notify against the emulators', () => {
  it('sends URL_UPDATED per vacancy to Google and every page to IndexNow, then nothing until a page changes', async () => {
    const { out, googleApi, indexNow, run } = await setup('first')
    await writeManifest(out, [manifestEntry('profile', 'kok'), ...vacancies('kok-utrecht', 'kok-remote')])
    const first = await run()
    expect(first.stdout).toBe(
      [
        `URL_UPDATED ${BASE}/vacatures/kok-remote`,
        `URL_UPDATED ${BASE}/vacatures/kok-utrecht`,
        `INDEXNOW ${BASE}/kok`,
        `INDEXNOW ${BASE}/vacatures/kok-remote`,
        `INDEXNOW ${BASE}/vacatures/kok-utrecht`,
        '',
      ].join('\n'),
    )
    expect(first.stderr).toBe(OFF + 'Google: sent 2 notifications (2 URL_UPDATED, 0 URL_DELETED) to google.\nIndexNow: sent 3 URLs in 1 batch to indexnow.\n')
    expect(first.code).toBe(0)
    expect(published(googleApi)).toEqual([`URL_UPDATED ${BASE}/vacatures/kok-remote`, `URL_UPDATED ${BASE}/vacatures/kok-utrecht`])
    expect(indexNow.submissions).toEqual([
      {
        host: 'www.example.nl',
        key: KEY,
        keyLocation: `https://www.example.nl/${KEY}.txt`,
        urlList: [`${BASE}/kok`, `${BASE}/vacatures/kok-remote`, `${BASE}/vacatures/kok-utrecht`],
      },
    ])
    // One JWT grant, for the Indexing API's scope, with Google's token URL as its audience.
    expect(googleApi.grants).toEqual([expect.objectContaining({ iss: account.email, aud: GOOGLE_TOKEN_AUDIENCE, scope: 'https://www.googleapis.com/auth/indexing' })])

    const requests = googleApi.requests.length
    const again = await run()
    expect(again).toEqual({ code: 0, stdout: '', stderr: OFF + 'Nothing to notify: no page changed since the last run.\n' })
    expect(googleApi.requests.length).toBe(requests)
    expect(indexNow.submissions).toHaveLength(1)
  })

  it('follows creates, edits, expiries and deletions from one export to the next', async () => {
    const { out, googleApi, indexNow, run } = await setup('changes')
    await writeManifest(out, [manifestEntry('profile', 'kok'), manifestEntry('profile', 'bakker'), ...vacancies('kok-utrecht', 'kok-remote', 'kok-delft')])
    expect((await run()).code).toBe(0)
    googleApi.notifications.splice(0)
    indexNow.submissions.splice(0)
    // kok-utrecht edited; kok-remote expired and kok-delft deleted (both simply absent); bakker
    // deleted; kok-amsterdam new; kok unchanged.
    await writeManifest(out, [manifestEntry('profile', 'kok'), manifestEntry('vacancy', 'kok-utrecht', '2'), ...vacancies('kok-amsterdam')])
    const second = await run()
    expect(second.code).toBe(0)
    expect(published(googleApi)).toEqual([
      `URL_DELETED ${BASE}/vacatures/kok-delft`,
      `URL_DELETED ${BASE}/vacatures/kok-remote`,
      `URL_UPDATED ${BASE}/vacatures/kok-amsterdam`,
      `URL_UPDATED ${BASE}/vacatures/kok-utrecht`,
    ])
    expect(submitted(indexNow)).toEqual([
      [`${BASE}/bakker`, `${BASE}/vacatures/kok-delft`, `${BASE}/vacatures/kok-remote`, `${BASE}/vacatures/kok-amsterdam`, `${BASE}/vacatures/kok-utrecht`],
    ])
    expect(second.stderr).toBe(OFF + 'Google: sent 4 notifications (2 URL_UPDATED, 2 URL_DELETED) to google.\nIndexNow: sent 5 URLs in 1 batch to indexnow.\n')
  })

  it('keeps the rest queued when Google\'s quota runs out halfway, and sends it first on the next run', async () => {
    const { out, googleApi, run } = await setup('quota', { quota: 3 })
    await writeManifest(out, vacancies('a', 'b', 'c', 'd', 'e'))
    const first = await run()
    expect(first.stderr).toBe(
      [
        LIVE_CHECK_OFF,
        'Google: sent 3 notifications (3 URL_UPDATED, 0 URL_DELETED) to google.',
        `Google: 2 notifications stay queued for the next run (Unexpected HTTP 429 from google for URL_UPDATED ${BASE}/vacatures/d, expected HTTP 200: Quota exceeded for quota metric 'Publish requests' and limit 'Publish requests per day' of service 'indexing.googleapis.com'.).`,
        'IndexNow: sent 5 URLs in 1 batch to indexnow.',
        '',
      ].join('\n'),
    )
    // Quota is a normal day's end, not a failure.
    expect(first.code).toBe(0)
    expect(published(googleApi)).toEqual(['a', 'b', 'c'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))

    // A new day; meanwhile f was added: d and e (queued) go first.
    googleApi.setQuota(200)
    await writeManifest(out, vacancies('a', 'b', 'c', 'd', 'e', 'f'))
    const second = await run()
    expect(second.code).toBe(0)
    expect(published(googleApi).slice(3)).toEqual(['d', 'e', 'f'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))
    expect(second.stdout.split('\n').slice(0, 3)).toEqual(['d', 'e', 'f'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))
  })

  it('stops at --google-quota per Pacific day of --now without asking Google, and goes on the next day', async () => {
    const { out, googleApi, run } = await setup('budget')
    await writeManifest(out, vacancies('a', 'b', 'c'))
    const first = await run(['--google-quota', '2', '--now', '2026-11-26T20:00:00Z'])
    expect(first.code).toBe(0)
    expect(first.stderr).toContain(
      "Google: 1 notification stays queued for the next run (Google's daily quota of 2 publish requests is used up for 2026-11-26 (Pacific time); --google-quota sets it).",
    )
    const publishes = () => googleApi.requests.filter((r) => r.path.startsWith('/v3/urlNotifications:publish')).length
    expect(publishes()).toBe(2)
    // Later the same Pacific day (07:59 UTC is still the 26th in California): nothing goes out.
    await run(['--google-quota', '2', '--now', '2026-11-27T07:59:00Z'])
    expect(publishes()).toBe(2)
    const nextDay = await run(['--google-quota', '2', '--now', '2026-11-27T08:00:00Z'])
    expect(nextDay.stdout).toBe(`URL_UPDATED ${BASE}/vacatures/c\n`)
    expect(published(googleApi)).toEqual(['a', 'b', 'c'].map((s) => `URL_UPDATED ${BASE}/vacatures/${s}`))
  })

  it('exits 2 on a 5xx, naming host and status; the next run asks Google whether it arrived before sending again', async () => {
    const { out, googleApi, run } = await setup('unavailable', { faults: [{ kind: 'status', status: 503, path: 'publish', times: 1 }] })
    await writeManifest(out, vacancies('a', 'b'))
    const first = await run()
    expect(first.code).toBe(2)
    expect(first.stderr.split('\n')[1]).toBe(`Unexpected HTTP 503 from google for URL_UPDATED ${BASE}/vacatures/a, expected HTTP 200: Scripted 503`)
    expect(first.stderr).toContain('Google: 2 notifications stay queued for the next run.')
    expect(googleApi.notifications).toEqual([])
    const second = await run()
    expect(second.code).toBe(0)
    expect(googleApi.requests.filter((r) => r.path.startsWith('/v3/urlNotifications/metadata')).map((r) => decodeURIComponent(r.path.split('url=')[1] ?? ''))).toEqual([
      `${BASE}/vacatures/a`,
    ])
    expect(published(googleApi)).toEqual([`URL_UPDATED ${BASE}/vacatures/a`, `URL_UPDATED ${BASE}/vacatures/b`])
  })

  it('exits 2 when Google cannot be reached, still sends IndexNow, and catches up on the next run', async () => {
    const { out, googleApi, indexNow, args, env } = await setup('unreachable')
    await writeManifest(out, vacancies('a'))
    const closed = await closedPort()
    const swapped = args.map((arg) => (arg === googleApi.url ? `http://127.0.0.1:${closed}` : arg))
    const first = await runNotifyCli(swapped, env)
    expect(first.code).toBe(2)
    expect(first.stderr.split('\n')[1]).toBe(`Unexpected ECONNREFUSED from 127.0.0.1:${closed} for URL_UPDATED ${BASE}/vacatures/a, expected HTTP 200`)
    expect(submitted(indexNow)).toEqual([[`${BASE}/vacatures/a`]])
    const second = await runNotifyCli(args, env)
    expect(second.stdout).toBe(`URL_UPDATED ${BASE}/vacatures/a\n`)
    expect(second.code).toBe(0)
    expect(submitted(indexNow)).toHaveLength(1)
  })

  it('exits 2 when the token endpoint refuses the grant, naming its host and the OAuth error', async () => {
    const { out, googleApi, run } = await setup('grant')
    await writeManifest(out, vacancies('a'))
    const stranger = testServiceAccount()
    const result = await run([], { JOBLD_GOOGLE_CREDENTIALS: stranger.keyJson(googleApi.tokenUri) })
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[1]).toBe(`Unexpected HTTP 400 from google for an access token for ${account.email}, expected HTTP 200 with an access token: invalid_grant`)
    expect(googleApi.notifications).toEqual([])
  })

  it('keeps notifications queued when Google refuses ownership (403), and says so', async () => {
    const { out, run } = await setup('owner', { faults: [{ kind: 'status', status: 403, path: 'publish' }] })
    await writeManifest(out, vacancies('a', 'b'))
    const result = await run()
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n').slice(1, 3)).toEqual([
      `Unexpected HTTP 403 from google for URL_UPDATED ${BASE}/vacatures/a, expected HTTP 200: Scripted 403`,
      'Google: 2 notifications stay queued for the next run.',
    ])
  })

  it('takes IndexNow\'s 202 as sent, keeps URLs queued on 429, and exits 2 on 403 and 422', async () => {
    const pending = await setup('indexnow-202', {}, { pending: true })
    await writeManifest(pending.out, vacancies('a'))
    expect((await pending.run()).stderr).toContain('IndexNow: sent 1 URL in 1 batch to indexnow.')

    for (const [status, code] of [
      [429, 0],
      [403, 2],
      [422, 2],
    ] as const) {
      const { out, indexNow, run } = await setup(`indexnow-${status}`)
      indexNow.setFaults([{ kind: 'status', status, times: 1 }])
      await writeManifest(out, vacancies('a'))
      const result = await run()
      expect(result.code, `HTTP ${status}`).toBe(code)
      const failure = `Unexpected HTTP ${status} from indexnow for 1 URL of www.example.nl, expected HTTP 200 or 202: Status ${status}`
      expect(result.stderr).toContain(status === 429 ? `IndexNow: 1 notification stays queued for the next run (${failure}).` : failure)
      const next = await run()
      expect(next.stdout).toBe(`INDEXNOW ${BASE}/vacatures/a\n`)
    }
  })

  it('prints the plan with --dry-run, and sends and writes nothing', async () => {
    const { dir, out, googleApi, indexNow, run } = await setup('dry')
    await writeManifest(out, [manifestEntry('profile', 'kok'), ...vacancies('kok-utrecht')])
    const result = await run(['--dry-run'])
    expect(result).toEqual({
      code: 0,
      stdout: [`URL_UPDATED ${BASE}/vacatures/kok-utrecht`, `INDEXNOW ${BASE}/kok`, `INDEXNOW ${BASE}/vacatures/kok-utrecht`, ''].join('\n'),
      stderr: OFF + 'Plan: 1 Google notification, 2 IndexNow URLs; nothing sent (--dry-run).\n',
    })
    expect(googleApi.requests).toEqual([])
    expect(indexNow.bodies).toEqual([])
    expect(await readdir(dir)).toEqual(['jsonld'])
  })

  it('refuses a second run on the same output while one holds it', async () => {
    const { dir, out, run } = await setup('busy')
    await writeManifest(out, vacancies('a'))
    expect((await run()).code).toBe(0)
    const [folder] = await readdir(join(dir, 'cache'))
    const lock = join(dir, 'cache', folder ?? '', 'notify', 'lock')
    // The test runner's parent process: alive, and not this process.
    await writeFile(lock, `${process.ppid}\n`)
    const result = await run()
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(OFF + `Unexpected notify run ${process.ppid} holding ${join(dir, 'cache', folder ?? '', 'notify')}, expected one run per output at a time; wait for it to finish\n`)
    // A lock whose process is gone is taken over.
    await writeFile(lock, '999999999\n')
    expect((await run()).code).toBe(0)
  })

  it('reports a damaged state file and leaves it for the user to remove', async () => {
    const { dir, out, run } = await setup('damaged')
    await writeManifest(out, vacancies('a'))
    expect((await run()).code).toBe(0)
    const [folder] = await readdir(join(dir, 'cache'))
    const state = join(dir, 'cache', folder ?? '', 'notify', 'state.json')
    await writeFile(state, '{"version": 2}')
    const result = await run()
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: OFF + `Unexpected content in ${state}, expected jobld's notification state; remove the notify folder to start afresh (every page is then notified again)\n`,
    })
    expect(await readFile(state, 'utf8')).toBe('{"version": 2}')
  })
})

describe('notify usage errors', () => {
  const cases: Array<[string, string[], Record<string, string>, string]> = [
    ['no --base-url', ['--indexnow-key', KEY], {}, 'Unexpected notify without --base-url, expected the base URL the pages are published under'],
    [
      'a base URL that is not http(s)',
      ['--base-url', 'ftp://x.nl', '--indexnow-key', KEY],
      {},
      'Unexpected --base-url "ftp://x.nl": not an absolute http(s) URL, expected a plain http(s) URL such as https://www.example.nl/beroepen',
    ],
    [
      'no channel',
      ['--base-url', BASE],
      {},
      'Unexpected notify without a channel, expected a Google service account key (GOOGLE_APPLICATION_CREDENTIALS or JOBLD_GOOGLE_CREDENTIALS), --indexnow-key, or both',
    ],
    ['a short IndexNow key', ['--base-url', BASE, '--indexnow-key', 'abc'], {}, 'Unexpected --indexnow-key of 3 characters, expected 8 to 128 letters, digits and hyphens'],
    ['an unknown flag', ['--base-url', BASE, '--bogus'], {}, 'Unexpected argument --bogus, expected the options of --help'],
    [
      'the Google library\'s debug log switched on',
      ['--base-url', BASE],
      { JOBLD_GOOGLE_CREDENTIALS: testServiceAccount().keyJson('https://oauth2.googleapis.com/token'), GOOGLE_SDK_NODE_LOGGING: 'auth' },
      'Unexpected GOOGLE_SDK_NODE_LOGGING, expected it unset: google-auth-library would log the access token and the signed assertion',
    ],
    ['a quota that is not a number', ['--base-url', BASE, '--google-quota', 'lots'], {}, 'Unexpected --google-quota lots, expected a whole number of 0 or more'],
    [
      'credentials that are not JSON',
      ['--base-url', BASE],
      { JOBLD_GOOGLE_CREDENTIALS: '-----BEGIN PRIVATE KEY-----\nMIIsecret\n-----END PRIVATE KEY-----' },
      'Unexpected JOBLD_GOOGLE_CREDENTIALS that is not JSON, expected the JSON key of a Google service account ("type": "service_account", client_email, private_key)',
    ],
    [
      'a key without its private key',
      ['--base-url', BASE],
      { JOBLD_GOOGLE_CREDENTIALS: JSON.stringify({ type: 'service_account', client_email: 'x@y.iam.gserviceaccount.com', private_key_id: 'secret-id-123456' }) },
      'Unexpected JOBLD_GOOGLE_CREDENTIALS with a missing or invalid private_key, expected the JSON key of a Google service account ("type": "service_account", client_email, private_key)',
    ],
  ]
  for (const [name, args, env, message] of cases) {
    it(`exits 2 on ${name}`, async () => {
      const dir = await tempDir('notify-usage')
      const out = join(dir, 'jsonld')
      await writeManifest(out, vacancies('a'))
      expect(await runNotifyCli(['--out', out, '--cache-dir', join(dir, 'cache'), ...args], env)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` })
    })
  }

  it('exits 2 when the key file or the manifest cannot be read, naming the file', async () => {
    const dir = await tempDir('notify-files')
    const out = join(dir, 'jsonld')
    await mkdir(out)
    const missingKey = await runNotifyCli(['--out', out, '--base-url', BASE], { GOOGLE_APPLICATION_CREDENTIALS: 'nope.json' }, dir)
    expect(missingKey.stderr).toBe(
      `Unexpected ENOENT reading GOOGLE_APPLICATION_CREDENTIALS (${join(dir, 'nope.json')}), expected the JSON key of a Google service account ("type": "service_account", client_email, private_key)\n`,
    )
    const noManifest = await runNotifyCli(['--out', out, '--base-url', BASE, '--indexnow-key', KEY], {}, dir)
    expect(noManifest).toEqual({ code: 2, stdout: '', stderr: `Unexpected ENOENT reading ${join(out, 'manifest.json')}, expected the manifest of an export (run the export first)\n` })
  })
})

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

