/**
 * `jobld listen` and `jobld expire` as commands of jobld's root: their options are the
 * declaration's (the export's but --from, --dry-run and --no-cache, and the webhook's own), and
 * the same checks and messages apply as to any command. No server is started: each line here is
 * refused before anything is opened.
 */
import { describe, expect, it } from 'vitest'
import { runJobld } from './support/exportRun.ts'

const env = { SANITY_WEBHOOK_SECRET: 'whsec-jobld-cli-0123456789abcdef', SANITY_PROJECT_ID: 'p1', SANITY_DATASET: 'production' }

describe('jobld listen and jobld expire', () => {
  it("list the export's options and the webhook's own in --help, without --from, --dry-run and --no-cache", async () => {
    const listen = (await runJobld(['listen', '--help'])).stdout
    for (const flag of ['--port', '--host', '--base-url', '--types', '--notify', '--revalidate-url', '--wait-for-site', '--no-live-check']) expect(listen).toContain(flag)
    for (const flag of ['--from', '--dry-run', '--no-cache']) expect(listen).not.toContain(flag)
    const expire = (await runJobld(['expire', '--help'])).stdout
    expect(expire).toContain('--revalidate-url')
    expect(expire).not.toContain('--port')
  })

  it('refuses --from, a port that is not one, and a revalidation URL holding a password; exit 2', async () => {
    const base = ['--base-url', 'https://www.example.nl/beroepen']
    expect(await runJobld(['listen', ...base, '--from', 'content'], env)).toEqual({ code: 2, stdout: '', stderr: 'Unexpected argument --from, expected the options of --help\n' })
    expect(await runJobld(['listen', ...base, '--port', '80a'], env)).toEqual({ code: 2, stdout: '', stderr: 'Unexpected --port 80a, expected a port number from 0 to 65535\n' })
    const withPassword = await runJobld(['expire', ...base, '--revalidate-url', 'https://user:hunter2-password@www.example.nl/api/revalidate'], env)
    expect(withPassword.code).toBe(2)
    expect(withPassword.stderr).toMatch(/^Unexpected --revalidate-url .*: the secret goes in JOBLD_REVALIDATE_SECRET only, expected an absolute http\(s\) URL without a user or password\n$/)
  })

  it('refuses to start without the webhook secret, and never prints the secret it was given', async () => {
    const base = ['--base-url', 'https://www.example.nl/beroepen', '--revalidate-url', 'https://www.example.nl/api/revalidate']
    expect(await runJobld(['expire', ...base], { ...env, SANITY_WEBHOOK_SECRET: '' })).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unexpected webhook without SANITY_WEBHOOK_SECRET, expected the secret set in the webhook's settings in sanity.io/manage\n",
    })
    const echoed = await runJobld(['expire', ...base, '--now', env.SANITY_WEBHOOK_SECRET], env)
    expect(echoed.code).toBe(2)
    expect(echoed.stderr).not.toContain(env.SANITY_WEBHOOK_SECRET)
    expect(echoed.stderr).toContain('[token]')
  })
})
