/**
 * The service account's private key, its id, the signed assertion and the access tokens never
 * appear in stdout, stderr or any file notify writes, also when the token endpoint or the API
 * echoes the request (authorization header and body) back in its error.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from './support/exportRun.ts'
import { startGoogleIndexing, type GoogleIndexingEmulator } from './support/googleIndexingEmulator.ts'
import { manifestEntry, runNotifyCli, testServiceAccount, writeManifest, type TestServiceAccount } from './support/notifyRun.ts'

const BASE = 'https://www.example.nl/beroepen'
const closers: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** Everything that must stay secret: the key, each line of it, its id, assertions and tokens. */
function secretsOf(account: TestServiceAccount, google: GoogleIndexingEmulator): string[] {
  const keyLines = account.privateKeyPem.split('\n').filter((line) => line.length >= 16 && !line.includes('PRIVATE KEY'))
  const assertions = google.requests.filter((r) => r.path === '/token').map((r) => new URLSearchParams(r.body).get('assertion') ?? '')
  // The signature part alone is as good as the whole assertion.
  const signatures = assertions.map((a) => a.split('.')[2] ?? '')
  return [account.privateKeyPem, ...keyLines, account.privateKeyId, ...google.tokens, ...assertions, ...signatures].filter((s) => s.length >= 16)
}

/** The texts in which a secret shows up, named. */
function leaks(texts: Record<string, string>, secrets: ReadonlyArray<string>): string[] {
  return Object.entries(texts).flatMap(([name, text]) => (secrets.some((secret) => text.includes(secret)) ? [name] : []))
}

async function filesUnder(dir: string, except: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isFile() && path !== except) files[path] = await readFile(path, 'utf8')
  }
  return files
}

describe('notify and secrets', () => {
  it('never prints or writes the key, the assertion or an access token, whatever the servers echo', async () => {
    const account = testServiceAccount()
    const dir = await tempDir('notify-secrets')
    const out = join(dir, 'jsonld')
    const google = await startGoogleIndexing({ clientEmail: account.email, publicKey: account.publicKey })
    closers.push(() => google.close())
    const keyFile = join(dir, 'service-account.json')
    await writeFile(keyFile, account.keyJson(google.tokenUri))
    const args = ['--out', out, '--base-url', BASE, '--cache-dir', join(dir, 'cache'), '--google-endpoint', google.url, '--no-live-check']
    const outputs: Record<string, string> = {}
    const run = async (name: string, extra: string[], env: Record<string, string>) => {
      const result = await runNotifyCli([...args, ...extra], env)
      outputs[`${name} stdout`] = result.stdout
      outputs[`${name} stderr`] = result.stderr
      return result
    }
    const fromFile = { GOOGLE_APPLICATION_CREDENTIALS: keyFile }
    const fromEnv = { JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri) }

    await writeManifest(out, [manifestEntry('vacancy', 'a')])
    expect((await run('dry run', ['--dry-run'], fromFile)).code).toBe(0)
    expect((await run('first', [], fromFile)).code).toBe(0)
    // The API refuses and echoes the Authorization header (the access token) and the body.
    await writeManifest(out, [manifestEntry('vacancy', 'a', '2')])
    google.setFaults([{ kind: 'echo', status: 403, path: 'publish', times: 1 }])
    const echoed = await run('api echo', [], fromEnv)
    expect(echoed.code).toBe(2)
    expect(echoed.stderr).toContain('Refused Bearer [redacted]')
    // The token endpoint refuses and echoes its request body (the signed assertion).
    google.setFaults([{ kind: 'echo', status: 400, path: 'token', times: 5 }])
    const token = await run('token echo', [], fromEnv)
    expect(token.code).toBe(2)
    expect(token.stderr.split('\n')[1]).toMatch(/^Unexpected HTTP 400 from 127\.0\.0\.1:\d+ for an access token for jobld-notify@jobld-test\.iam\.gserviceaccount\.com, expected HTTP 200 with an access token$/)
    google.setFaults([])
    expect((await run('recovered', [], fromEnv)).stdout).toBe(`URL_UPDATED ${BASE}/vacatures/a\n`)
    // A key that is not JSON is not repeated.
    await run('bad key', [], { JOBLD_GOOGLE_CREDENTIALS: `{"private_key": "${account.privateKeyPem.slice(0, 200)}` })

    const secrets = secretsOf(account, google)
    expect(google.tokens.length).toBeGreaterThanOrEqual(2)
    expect(leaks(outputs, secrets)).toEqual([])
    const files = await filesUnder(dir, keyFile)
    expect(Object.keys(files).some((path) => path.endsWith('state.json'))).toBe(true)
    expect(leaks(files, secrets)).toEqual([])
    // The check itself finds a secret where there is one.
    expect(leaks({ keyFile: await readFile(keyFile, 'utf8') }, secrets)).toEqual(['keyFile'])
  })
})
