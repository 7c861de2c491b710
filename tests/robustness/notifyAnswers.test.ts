/**
 * Notify trusts no answer: a redirect never takes the signed assertion or the access token
 * elsewhere, a silent or endless answer ends at the documented bounds, a 200 that is not Google's
 * answer is a doubt, a doubt is settled only by a notification stamped after the send, an echoed
 * token is scrubbed before a message is cut, and a key that cannot sign is refused before anything
 * leaves. Real HTTP over loopback against the emulators in tests/support/.
 */
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../support/exportRun.ts'
import { startGoogleIndexing, type GoogleFault, type GoogleIndexingEmulator } from '../support/googleIndexingEmulator.ts'
import { manifestEntry, runNotifyCli, testServiceAccount, writeManifest, type TestServiceAccount } from '../support/notifyRun.ts'
import { LIVE_CHECK_OFF } from '../../scripts/notify/io/notifyExport.ts'
import { startRecordingServer } from '../support/recordingServer.ts'

const BASE = 'https://www.example.nl/beroepen'
const A = `${BASE}/vacatures/a`

let account: TestServiceAccount
const closers: Array<() => Promise<void>> = []

beforeAll(() => {
  account = testServiceAccount()
})

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** An emulator, an output with one vacancy, and notify pointed at them (ports replaced by names in its output). */
async function setup(label: string, faults: GoogleFault[] = []) {
  const dir = await tempDir(`notify-answers-${label}`)
  const out = join(dir, 'jsonld')
  const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey, faults })
  closers.push(() => google.close())
  await writeManifest(out, [manifestEntry('vacancy', 'a')])
  const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--google-endpoint', google.url, '--no-live-check']
  const env = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }
  const host = new URL(google.url).host
  const run = async (extra: Record<string, string> = {}) => {
    const result = await runNotifyCli(args, { ...env, ...extra })
    return { ...result, stderr: result.stderr.split(host).join('google') }
  }
  return { google, run }
}

const published = (google: GoogleIndexingEmulator) => google.notifications.map((n) => `${n.type} ${n.url}`)

describe('notify and redirects', () => {
  it('never sends the signed assertion to another host when the token endpoint redirects there', async () => {
    const elsewhere = await startRecordingServer()
    closers.push(() => elsewhere.close())
    const { google, run } = await setup('token-redirect', [{ kind: 'redirect', status: 307, path: 'token', location: `${elsewhere.url}/token`, times: 1 }])
    const first = await run()
    expect(first).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected redirect (HTTP 307 to ${elsewhere.host}) from google for an access token for ${account.email}, expected HTTP 200 with an access token; requests that carry credentials never follow a redirect: use the address that answers`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
    expect(elsewhere.requests).toEqual([])
    expect(google.notifications).toEqual([])
    const next = await run()
    expect(next.code).toBe(0)
    expect(published(google)).toEqual([`URL_UPDATED ${A}`])
    expect(elsewhere.requests).toEqual([])
  })

  it('never sends the access token to another port when a publish redirects there, and keeps the notification queued', async () => {
    const elsewhere = await startRecordingServer()
    closers.push(() => elsewhere.close())
    const { google, run } = await setup('publish-redirect', [
      { kind: 'redirect', status: 307, path: 'publish', location: `${elsewhere.url}/v3/urlNotifications:publish`, times: 1 },
    ])
    const first = await run()
    expect(first).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected redirect (HTTP 307 to ${elsewhere.host}) from google for URL_UPDATED ${A}, expected HTTP 200; requests that carry credentials never follow a redirect: use the address that answers`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
    expect(elsewhere.requests).toEqual([])
    expect((await run()).stdout).toBe(`URL_UPDATED ${A}\n`)
    expect(published(google)).toEqual([`URL_UPDATED ${A}`])
  })
})

describe('notify and answers that are not Google\'s', () => {
  it('takes a 200 whose body is not JSON as in doubt, asks Google on the next run and sends it then', async () => {
    const portal = { kind: 'raw', status: 200, path: 'publish', contentType: 'text/html', body: '<html><body>Welcome to the guest network</body></html>', times: 1 } as const
    const { google, run } = await setup('not-json', [portal])
    const first = await run()
    expect(first).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected HTTP 200 that is not Google's answer (no urlNotificationMetadata) from google for URL_UPDATED ${A}, expected HTTP 200`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
    expect(google.notifications).toEqual([])
    const next = await run()
    expect(next.stdout).toBe(`URL_UPDATED ${A}\n`)
    expect(google.requests.map((r) => r.path.split('?')[0])).toEqual([
      '/token',
      '/v3/urlNotifications:publish',
      '/token',
      '/v3/urlNotifications/metadata',
      '/v3/urlNotifications:publish',
    ])
    expect(published(google)).toEqual([`URL_UPDATED ${A}`])
  })

  it('settles a doubt only by a notification stamped after the send, not by another client\'s from minutes before', async () => {
    const { google, run } = await setup('doubt', [{ kind: 'holdBeforeRecording', path: 'publish', times: 1 }])
    // Another tool told Google about the same URL three minutes ago.
    const earlier = new Date(Date.now() - 3 * 60_000).toISOString().replace('Z', '000Z')
    google.seed({ url: A, type: 'URL_UPDATED', notifyTime: earlier })
    const lost = await run({ JOBLD_HTTP_TIMEOUT_MS: '300' })
    expect(lost.code).toBe(2)
    const next = await run()
    expect(next).toEqual({ code: 0, stdout: `URL_UPDATED ${A}\n`, stderr: `${LIVE_CHECK_OFF}\nGoogle: sent 1 notification (1 URL_UPDATED, 0 URL_DELETED) to google.\n` })
    expect(google.notifications.map((n) => n.notifyTime > earlier)).toEqual([false, true])
  })
})

describe('notify within its bounds', () => {
  it('ends a request to a silent server after JOBLD_HTTP_TIMEOUT_MS and says so', async () => {
    const { run } = await setup('silent', [{ kind: 'holdBeforeRecording', path: 'publish', times: 1 }])
    const started = Date.now()
    const result = await run({ JOBLD_HTTP_TIMEOUT_MS: '300' })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected silence for 300 ms from google for URL_UPDATED ${A}, expected HTTP 200 (JOBLD_HTTP_TIMEOUT_MS sets how long)`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
  })

  it('stops reading an endless token answer at JOBLD_MAX_ANSWER_BYTES, under the default limits', async () => {
    const { google, run } = await setup('flood-token', [{ kind: 'flood', path: 'token', times: 1 }])
    const result = await run()
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[1]).toBe(
      `Unexpected answer of more than 16,777,216 bytes from google for an access token for ${account.email}, expected HTTP 200 with an access token (JOBLD_MAX_ANSWER_BYTES raises the bound)`,
    )
    // What the server managed to write before the client went away: the bound, plus what the sockets buffer.
    expect(google.floodedBytes()).toBeLessThan(24 * 1024 * 1024)
  })

  it('stops reading an endless publish answer at JOBLD_MAX_ANSWER_BYTES and keeps the notification in doubt', async () => {
    const { google, run } = await setup('flood-publish', [{ kind: 'flood', path: 'publish', times: 1 }])
    const result = await run({ JOBLD_MAX_ANSWER_BYTES: '1000000' })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        LIVE_CHECK_OFF,
        `Unexpected answer of more than 1,000,000 bytes from google for URL_UPDATED ${A}, expected HTTP 200 (JOBLD_MAX_ANSWER_BYTES raises the bound)`,
        'Google: 1 notification stays queued for the next run.',
        '',
      ].join('\n'),
    })
    expect(google.floodedBytes()).toBeLessThan(8 * 1024 * 1024)
  })
})

describe('notify and secrets in answers', () => {
  it('scrubs an echoed access token before the message is cut, leaving no part of it', async () => {
    // 271 characters of filler put the token across the 300th character of the message.
    const { google, run } = await setup('echo-cut', [{ kind: 'echo', status: 403, path: 'publish', pad: 271, times: 1 }])
    const result = await run()
    expect(result.code).toBe(2)
    const [token] = google.tokens
    const secret = (token ?? '').replace('ya29.emulated-', '')
    expect(secret).toHaveLength(48)
    const pieces = Array.from({ length: secret.length - 5 }, (_, i) => secret.slice(i, i + 6))
    expect(pieces.filter((piece) => result.stderr.includes(piece))).toEqual([])
    expect(result.stderr).toContain(' Bearer [redacted]')
  })

  it('refuses a private key that cannot sign before any request leaves', async () => {
    const { google, run } = await setup('bad-key')
    const key = JSON.parse(account.keyJson(google.tokenUri)) as Record<string, unknown>
    const broken = JSON.stringify({ ...key, private_key: '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n' })
    const result = await run({ JOBLD_GOOGLE_CREDENTIALS: broken })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^Unexpected JOBLD_GOOGLE_CREDENTIALS whose private_key is not a PEM private key \(ERR_[A-Z0-9_]+\), expected the JSON key of a Google service account \("type": "service_account", client_email, private_key\)\n$/,
    )
    expect(google.requests).toEqual([])
  })
})
