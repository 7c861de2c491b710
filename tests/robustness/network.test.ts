/**
 * Issue 6.3: network faults on the Content Lake source, through the export command. The
 * command reads `SANITY_*` from its environment and talks to the local emulator, which fails
 * on purpose. Retries are bounded; when they run out the command exits 2 with one line naming
 * the host (never the token), and an existing output folder is left byte for byte as it was.
 * The retry budget comes from `JOBLD_HTTP_*` so that the faults take milliseconds, not minutes.
 */
import { googleBlock } from '../support/googleBlock.ts'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readNdjson } from '../../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake, type Fault } from '../support/contentLakeServer.ts'
import { NOW, outputState, readTree, runCli, tempDir, type CliRun } from '../support/exportRun.ts'

const DATASET = 'tests/fixtures/robustness/network/dataset.ndjson'
const TOKEN = 'skRobustnessToken9f8e7d6c5b4a3210'

let seed: Record<string, unknown>[] = []
let fromNdjson: Record<string, string> = {}
let dir = ''
let lake: ContentLake | undefined

beforeAll(async () => {
  seed = (await readNdjson(DATASET)).documents.map((d) => d.value)
  dir = await tempDir('network')
  const reference = await runCli(['--from', DATASET, '--out', join(dir, 'reference'), ...NOW])
  expect(reference.code).toBe(0)
  fromNdjson = await readTree(join(dir, 'reference'))
})

afterEach(async () => {
  await lake?.close()
  lake = undefined
})

async function start(faults: Fault[] = []): Promise<ContentLake> {
  lake = await startContentLake({ documents: seed, token: TOKEN, faults })
  return lake
}

/** The environment of a CI job that exports from the Content Lake, with a test-sized retry budget. */
function envFor(running: { url: string }, budget: { retries?: number; timeoutMs?: number } = {}) {
  return {
    SANITY_PROJECT_ID: 'jobld',
    SANITY_DATASET: 'production',
    SANITY_API_TOKEN: TOKEN,
    SANITY_API_HOST: running.url,
    JOBLD_HTTP_RETRIES: String(budget.retries ?? 2),
    JOBLD_HTTP_RETRY_BASE_MS: '1',
    JOBLD_HTTP_TIMEOUT_MS: String(budget.timeoutMs ?? 5000),
  }
}

/** `127.0.0.1:<port>` as the messages name the host. */
const hostOf = (running: { url: string }) => new URL(running.url).host

/** Export paths of the requests the emulator saw. */
const requestPaths = (running: ContentLake) => running.requests.map((r) => new URL(r.path, running.url).pathname)

let outCount = 0

/**
 * Runs an export from the lake over an existing output and proves the output did not move.
 * @returns the run, with the host replaced by `<host>` in stderr
 */
async function failingExport(running: { url: string }, budget?: { retries?: number; timeoutMs?: number }): Promise<CliRun> {
  const out = join(dir, `out-${(outCount += 1)}`)
  expect((await runCli(['--from', DATASET, '--out', out, ...NOW])).code).toBe(0)
  const before = await outputState(out)
  const run = await runCli(['--out', out, ...NOW], envFor(running, budget))
  expect(await outputState(out)).toEqual(before)
  expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN)
  return { ...run, stderr: run.stderr.replaceAll(hostOf(running), '<host>') }
}

/** Runs an export from the lake into a fresh folder and returns the files. */
async function succeedingExport(running: ContentLake) {
  const out = join(dir, `out-${(outCount += 1)}`)
  const run = await runCli(['--out', out, ...NOW], envFor(running))
  expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN)
  return { ...run, files: await readTree(out), out }
}

describe('export from the Content Lake', () => {
  it('writes exactly the bytes that --from the NDJSON export of the same dataset writes', async () => {
    const running = await start()
    const { code, stderr, files, out } = await succeedingExport(running)
    expect(stderr).toBe(
      [
        // The dataset's vacancy is paid by a salary tier: an estimate, said once (issue 16).
        'vacancy → vacancy.kok-utrecht (sanity://jobld/production:7): notices.',
        '  salaryTier: notice: Estimated from salary tier "Medior": 2650 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer\'s own salary (the vacancy\'s salary) for baseSalary (recommended by Google)',
        `${googleBlock}Wrote 1 job profile page and 1 vacancy (5 files) to ${out}.`,
        '',
      ].join('\n'),
    )
    expect(code).toBe(0)
    expect(files).toEqual(fromNdjson)
    expect(requestPaths(running)).toEqual(['/v2025-02-19/data/export/production'])
  })

  it('retries 500s and then writes the same bytes', async () => {
    const running = await start([{ kind: 'status', status: 500, times: 2 }])
    const { code, files } = await succeedingExport(running)
    expect(code).toBe(0)
    expect(files).toEqual(fromNdjson)
    expect(running.requests).toHaveLength(3)
  })

  it('restarts an export reset halfway and writes the same bytes', async () => {
    const running = await start([{ kind: 'resetMidStream', times: 1 }])
    const { code, files } = await succeedingExport(running)
    expect(code).toBe(0)
    expect(files).toEqual(fromNdjson)
    expect(running.requests).toHaveLength(2)
  })

  it('waits as long as Retry-After says after a 429 and then writes the same bytes', async () => {
    const running = await start([{ kind: 'rateLimit', retryAfter: 1, times: 1 }])
    const { code, files } = await succeedingExport(running)
    expect(code).toBe(0)
    expect(files).toEqual(fromNdjson)
    const [first, second] = running.requests.map((r) => r.at)
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('reads through paged GROQ when the export endpoint is missing and writes the same bytes', async () => {
    const running = await start([{ kind: 'status', status: 404, path: '/data/export' }])
    const { code, files } = await succeedingExport(running)
    expect(code).toBe(0)
    expect(files).toEqual(fromNdjson)
    expect(requestPaths(running)).toEqual(['/v2025-02-19/data/export/production', '/v2025-02-19/data/query/production'])
  })
})

describe('Content Lake faults that outlast the retries', () => {
  it('gives up on 500s after the retry budget, naming host, status and attempts; exit 2', async () => {
    const running = await start([{ kind: 'status', status: 500 }])
    const { code, stdout, stderr } = await failingExport(running)
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unexpected HTTP 500 from <host> after 3 attempts, expected the documents of dataset "production"\n',
    })
    expect(running.requests).toHaveLength(3)
  })

  it('gives up on 429s after waiting Retry-After between attempts; exit 2', async () => {
    const running = await start([{ kind: 'rateLimit', retryAfter: 1 }])
    const { code, stderr } = await failingExport(running, { retries: 1 })
    expect(code).toBe(2)
    expect(stderr).toBe('Unexpected HTTP 429 from <host> after 2 attempts, expected the documents of dataset "production"\n')
    const [first, second] = running.requests.map((r) => r.at)
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('gives up when every export is reset halfway; exit 2', async () => {
    const running = await start([{ kind: 'resetMidStream' }])
    const { code, stderr } = await failingExport(running)
    expect(code).toBe(2)
    // Which of the two the socket reports depends on where the reset lands in the response.
    expect(stderr).toMatch(
      /^Unexpected (connection reset|connection closed mid-response) from <host> after 3 attempts, expected the documents of dataset "production"\n$/,
    )
    expect(running.requests).toHaveLength(3)
  })

  it('gives up on a server that stalls past the timeout; exit 2', async () => {
    const running = await start([{ kind: 'stall' }])
    const started = Date.now()
    const { code, stderr } = await failingExport(running, { retries: 1, timeoutMs: 200 })
    expect(code).toBe(2)
    expect(stderr).toBe('Unexpected silence from <host> for 200 ms after 2 attempts, expected the documents of dataset "production" (JOBLD_HTTP_TIMEOUT_MS sets how long)\n')
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('rejects malformed JSON in the export without retrying; exit 2', async () => {
    const running = await start([{ kind: 'malformedJson' }])
    const { code, stderr } = await failingExport(running)
    expect(code).toBe(2)
    expect(stderr).toBe(
      'Unexpected malformed JSON on line 6 of the export from <host>, expected the documents of dataset "production"\n',
    )
    expect(running.requests).toHaveLength(1)
  })

  it('rejects malformed JSON from a GROQ page when the export endpoint is missing; exit 2', async () => {
    const running = await start([
      { kind: 'status', status: 404, path: '/data/export' },
      { kind: 'malformedJson', path: '/data/query' },
    ])
    const { code, stderr } = await failingExport(running)
    expect(code).toBe(2)
    // The client hands over a body it cannot parse as text, so the check for a result array catches it.
    expect(stderr).toBe('Unexpected query answer without a result array from <host>, expected the documents of dataset "production"\n')
  })

  it('gives up on GROQ pages that keep failing; exit 2', async () => {
    const running = await start([
      { kind: 'status', status: 404, path: '/data/export' },
      { kind: 'status', status: 503, path: '/data/query' },
    ])
    const { code, stderr } = await failingExport(running)
    expect(code).toBe(2)
    expect(stderr).toBe('Unexpected HTTP 503 from <host> after 3 attempts, expected the documents of dataset "production"\n')
  })

  it('does not retry a rejected token and says what to check, without printing it; exit 2', async () => {
    const running = await start()
    const env = { ...envFor(running), SANITY_API_TOKEN: `${TOKEN}-revoked` }
    const out = join(dir, `out-${(outCount += 1)}`)
    const run = await runCli(['--out', out, ...NOW], env)
    expect(run.code).toBe(2)
    expect(run.stderr.replaceAll(hostOf(running), '<host>')).toBe(
      'Unexpected HTTP 401 from <host>, expected the documents of dataset "production" (check that the token may read this dataset)\n',
    )
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN)
    expect(running.requests).toHaveLength(1)
  })

  it('gives up on a refused connection; exit 2', async () => {
    const closed = await startContentLake({ documents: seed })
    await closed.close()
    const { code, stderr } = await failingExport(closed)
    expect(code).toBe(2)
    expect(stderr).toBe('Unexpected connection refused from <host> after 3 attempts, expected the documents of dataset "production"\n')
  })
})

describe('Content Lake settings from the environment', () => {
  it('rejects a malformed host, dataset, project id or API version as a usage error, before any request; exit 2', async () => {
    const running = await start()
    const cases: Array<[Record<string, string>, string]> = [
      [{ SANITY_API_HOST: 'api.sanity.io' }, 'Unexpected SANITY_API_HOST "api.sanity.io", expected an http(s) URL such as https://api.sanity.io'],
      [{ SANITY_DATASET: 'Productie 2026' }, 'Unexpected SANITY_DATASET "Productie 2026", expected lowercase letters, digits, "_" and "-", at most 64 characters'],
      [{ SANITY_PROJECT_ID: 'jobld/production' }, 'Unexpected SANITY_PROJECT_ID "jobld/production", expected letters, digits and dashes'],
      [{ SANITY_API_VERSION: 'latest' }, 'Unexpected SANITY_API_VERSION "latest", expected a date like 2025-02-19'],
    ]
    for (const [env, message] of cases) {
      expect(await runCli(['--dry-run', ...NOW], { ...envFor(running), ...env })).toEqual({ code: 2, stdout: '', stderr: `${message}\n` })
    }
    expect(running.requests).toHaveLength(0)
  })

  it('rejects a budget that is not a whole number as a usage error; exit 2', async () => {
    const running = await start()
    const run = await runCli(['--dry-run', ...NOW], { ...envFor(running), JOBLD_HTTP_RETRIES: 'many' })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'Unexpected JOBLD_HTTP_RETRIES=many, expected a whole number of at least 0\n' })
    expect(running.requests).toHaveLength(0)
  })

  it('stops after the first attempt with JOBLD_HTTP_RETRIES=0', async () => {
    const running = await start([{ kind: 'status', status: 502 }])
    const { code, stderr } = await failingExport(running, { retries: 0 })
    expect(code).toBe(2)
    expect(stderr).toBe('Unexpected HTTP 502 from <host> after 1 attempt, expected the documents of dataset "production"\n')
    expect(running.requests).toHaveLength(1)
  })
})
