/**
 * Everything a webhook test needs on loopback: the Content Lake emulator holding the bundled
 * content (read through the real @sanity/client), a site that serves the exported pages and
 * revalidates on request (or lags), the Google and IndexNow emulators, an output exported from the
 * Content Lake and announced once, and `jobld listen` started in-process (or as a child process).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createClient, type SanityClient } from '@sanity/client'
import { runCli } from '../../scripts/cli/runCli.ts'
import { readMarkdown } from '../../scripts/sources/readMarkdown.ts'
import { DUTCH_SEED } from './dutchSeed.ts'
import { startContentLake, type ContentLake } from './contentLakeServer.ts'
import { runJobld, tempDir, type CliRun } from './exportRun.ts'
import { startGoogleIndexing, type GoogleIndexingEmulator } from './googleIndexingEmulator.ts'
import { startIndexNow, type IndexNowEmulator } from './indexNowEmulator.ts'
import { testServiceAccount } from './notifyRun.ts'
import { startSite, type Site } from './siteServer.ts'

export const WEBHOOK_SECRET = 'whsec-jobld-test-0123456789abcdef'
export const REVALIDATE_SECRET = 'revalidate-jobld-test-0123456789'
export const API_TOKEN = 'sk-jobld-test-token-0123456789abcdef'
export const INDEXNOW_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
export const UTRECHT = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
export const REMOTE = 'vacancy.voorbeeld-customer-service-medewerker-remote'
export const PROFILE = 'jobProfile.customer-service-medewerker'

/** A running listener and what it logged. */
export interface Listener {
  url: string
  /** stderr lines (the log: `<time> <event>: <detail>`). */
  log: string[]
  stop(): Promise<CliRun>
}

/** The rig. */
export interface WebhookRig {
  dir: string
  out: string
  cache: string
  lake: ContentLake
  client: SanityClient
  site: Site
  google: GoogleIndexingEmulator
  indexNow: IndexNowEmulator
  /** The environment of every jobld command: the Content Lake, the secrets, the Google key. */
  env: Record<string, string>
  /** The flags every webhook command takes: output, cache, base URL, channels, the site. */
  flags: string[]
  /** Runs any jobld command in-process with the rig's environment. */
  jobld(argv: string[], env?: Record<string, string>): Promise<CliRun>
  /** `jobld listen` in this process, on a free port. */
  listen(extra?: string[]): Promise<Listener>
  /** `jobld listen` as a child process (for kills), on a free port. */
  listenChild(extra?: string[]): Promise<{
    url: string
    kill(): Promise<void>
    output: { stdout: string; stderr: string }
  }>
  /** Google's accepted notifications as `TYPE url` lines. */
  sent(): string[]
  close(): Promise<void>
}

/**
 * Starts the rig: exports the bundled content from the Content Lake for the site, publishes the
 * site, and announces every page once, so that a test starts from a site that is live and known.
 * @param label part of the temporary folder's name
 * @param options the clock of the export, and extra documents to seed
 * @returns the rig
 */
export async function startWebhookRig(
  label: string,
  options: {
    now?: string
    documents?: ReadonlyArray<Record<string, unknown>>
  } = {},
): Promise<WebhookRig> {
  const dir = await tempDir(`webhook-${label}`)
  const out = join(dir, 'jsonld')
  const cache = join(dir, 'cache')
  const base = Date.parse('2026-11-20T08:00:00Z')
  const content = (await readMarkdown([...DUTCH_SEED])).documents.map((doc, i) => ({
    ...doc.value,
    _updatedAt: new Date(base + i * 1000).toISOString(),
  }))
  // The emulator stamps writes with the wall clock, as the Content Lake does; webhooks carry the same time.
  const lake = await startContentLake({
    documents: [...content, ...(options.documents ?? [])],
    token: API_TOKEN,
  })
  const client = createClient({
    projectId: lake.projectId,
    dataset: lake.dataset,
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
    token: API_TOKEN,
  })
  const site = await startSite({ out, secret: REVALIDATE_SECRET })
  const account = testServiceAccount()
  // Room for bursts: the emulator's own count would otherwise stop at Google's default 200 a day.
  const google = await startGoogleIndexing({
    clientEmail: account.email,
    publicKey: account.publicKey,
    quota: 10_000,
  })
  const indexNow = await startIndexNow({ key: INDEXNOW_KEY })
  const env: Record<string, string> = {
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    SANITY_API_TOKEN: API_TOKEN,
    SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    JOBLD_REVALIDATE_SECRET: REVALIDATE_SECRET,
    JOBLD_GOOGLE_CREDENTIALS: account.keyJson(google.tokenUri),
    JOBLD_HTTP_RETRIES: '1',
    JOBLD_HTTP_RETRY_BASE_MS: '50',
  }
  const now = options.now ?? '2026-11-26'
  const output = ['--out', out, '--cache-dir', cache, '--base-url', site.baseUrl]
  const channels = ['--google-endpoint', google.url, '--indexnow-key', INDEXNOW_KEY, '--indexnow-endpoint', indexNow.url]
  const flags = [...output, '--notify', ...channels, '--revalidate-url', site.revalidateUrl]
  const jobld = (argv: string[], extraEnv: Record<string, string> = {}) => runJobld(argv, { ...env, ...extraEnv })

  const exported = await jobld(['export', ...output, '--now', now])
  if (exported.code !== 0) throw new Error(`Unexpected export failure of the rig: ${exported.stderr}`)
  await site.publish()
  const announced = await jobld(['notify', ...output, ...channels])
  if (announced.code !== 0) throw new Error(`Unexpected notify failure of the rig: ${announced.stderr}`)
  google.notifications.splice(0)
  indexNow.submissions.splice(0)

  const closers: Array<() => Promise<unknown>> = []
  return {
    dir,
    out,
    cache,
    lake,
    client,
    site,
    google,
    indexNow,
    env,
    flags,
    jobld,
    async listen(extra = []) {
      const stop = new AbortController()
      const lines: string[] = []
      let stdout = ''
      let stderr = ''
      let ready: (url: string) => void = () => undefined
      const url = new Promise<string>((resolve) => (ready = resolve))
      const running = runCli(['listen', '--port', '0', ...flags, ...extra], {
        stdout: { write: (s: string) => Boolean((stdout += s)) },
        stderr: {
          write: (s: string) => {
            stderr += s
            lines.push(...s.split('\n').filter(Boolean))
            const listening = /^Listening on (\S+) /.exec(s)
            if (listening?.[1]) ready(listening[1])
            return true
          },
        },
        env: { JOBLD_CACHE_DIR: cache, ...env },
        cwd: process.cwd(),
        signal: stop.signal,
      })
      const started = await Promise.race([url, running.then((code) => Promise.reject(new Error(`Unexpected exit ${code} of jobld listen: ${stderr}`)))])
      const stopListener = async () => {
        stop.abort()
        return { code: await running, stdout, stderr }
      }
      closers.push(stopListener)
      return { url: started, log: lines, stop: stopListener }
    },
    async listenChild(extra = []) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobld.ts', 'listen', '--port', '0', ...flags, ...extra], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const output = { stdout: '', stderr: '' }
      const exited = once(child, 'exit')
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => {
          output.stderr += chunk.toString()
          const listening = /Listening on (\S+) /.exec(output.stderr)
          if (listening?.[1]) resolve(listening[1])
        })
        void exited.then(() => reject(new Error(`Unexpected exit of jobld listen: ${output.stderr}`)))
      })
      const kill = async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGKILL')
          await exited
        }
      }
      closers.push(kill)
      return { url, kill, output }
    },
    sent: () => google.notifications.map((n) => `${n.type} ${n.url}`),
    async close() {
      for (const close of closers.splice(0).reverse()) await close().catch(() => undefined)
      await Promise.all([lake.close(), site.close(), google.close(), indexNow.close()])
    },
  }
}
