/**
 * `SANITY_API_TOKEN` never appears in the output folder (pages, manifest), the cache folder, stdout
 * or stderr (reports, progress, error messages), also when a request fails and the server (or a
 * proxy in front of it) echoes the token back in its error body and headers, and when content
 * holds it: such a document is a content error naming its fields, the value never shown.
 */
import { once } from 'node:events'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { withoutSecrets } from '../../scripts/cli/withoutSecrets.ts'
import { runExport } from '../../scripts/export/command.ts'
import { runImport } from '../../scripts/import/command.ts'
import { readNdjson } from '../../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake } from '../support/contentLakeServer.ts'
import { NOW, runCli, tempDir } from '../support/exportRun.ts'

const TOKEN = 'skSecretRobustness5f4e3d2c1b0a99887766'
const DATASET = 'tests/fixtures/robustness/network/dataset.ndjson'

let seed: Record<string, unknown>[] = []
let dir = ''
const closers: Array<() => Promise<void>> = []

beforeAll(async () => {
  seed = (await readNdjson(DATASET)).documents.map((d) => d.value)
  dir = await tempDir('secrets')
})

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function lake(): Promise<ContentLake> {
  const running = await startContentLake({ documents: seed, token: TOKEN })
  closers.push(() => running.close())
  return running
}

/**
 * A server that fails every request and tells the client its own token back, the way a
 * verbose proxy or a misconfigured gateway might: in the body, a header and a redirect URL.
 * @param answer status and content type per request path
 */
async function echoingServer(answer: (path: string) => { status: number; type?: string; body?: string }): Promise<string> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const auth = String(req.headers.authorization ?? '')
    const { status, type = 'application/json', body } = answer(req.url ?? '/')
    res.writeHead(status, { 'content-type': type, 'x-echo-authorization': auth, 'www-authenticate': `Bearer realm="${auth}"` })
    res.end(body ?? JSON.stringify({ statusCode: status, error: `refused ${auth}`, message: `Token ${auth} refused for ${req.url}`, description: auth }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

function lakeEnv(host: string) {
  return {
    SANITY_PROJECT_ID: 'jobld',
    SANITY_DATASET: 'production',
    SANITY_API_TOKEN: TOKEN,
    SANITY_API_HOST: host,
    JOBLD_HTTP_RETRIES: '1',
    JOBLD_HTTP_RETRY_BASE_MS: '1',
    JOBLD_HTTP_TIMEOUT_MS: '2000',
  }
}

/** Every file in the parent folder of an output, the link target, cache and leftovers included. */
async function everyFileBeside(out: string): Promise<Record<string, string>> {
  const parent = join(out, '..')
  const files: Record<string, string> = {}
  for (const entry of await readdir(parent, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8')
  }
  return files
}

/** A stream that says it is a terminal, so the command prints its progress lines too. */
function terminal() {
  const stream = { text: '', isTTY: true, write: (s: string) => (stream.text += s) }
  return stream
}

describe('the token in a successful export', () => {
  it('appears in no output file, manifest or cache, and in no progress line or report', async () => {
    const running = await lake()
    const out = join(await tempDir('secrets'), 'jsonld')
    const stdout = terminal()
    const stderr = terminal()
    const cache = ['--cache-dir', join(out, '..', 'cache')]
    const code = await runExport(['--out', out, ...cache, ...NOW], { stdout, stderr, env: lakeEnv(running.url), cwd: process.cwd() })
    expect(code).toBe(0)
    expect(stderr.text).toContain('Reading Content Lake jobld/production')
    expect(stderr.text).not.toContain(TOKEN)
    expect(stdout.text).not.toContain(TOKEN)
    const files = await everyFileBeside(out)
    expect(Object.keys(files).some((path) => path.endsWith('manifest.json'))).toBe(true)
    // The cache folder holds the content store (the documents' bytes and verdicts): no token there either.
    expect(Object.keys(files).some((path) => path.endsWith('store/documents.bin'))).toBe(true)
    expect(Object.keys(files).some((path) => path.endsWith('store/data.mdb'))).toBe(true)
    for (const [path, text] of Object.entries(files)) expect(text.includes(TOKEN), path).toBe(false)
    // It was sent, though: as a header, which is where it belongs.
    expect(running.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('appears in no JSON report of content read from the Content Lake', async () => {
    const running = await lake()
    const { code, stdout, stderr } = await runCli(['--dry-run', '--format', 'json', '--strict', ...NOW], lakeEnv(running.url))
    expect(code).toBe(0)
    expect(JSON.parse(stdout).ok).toBe(true)
    expect(`${stdout}${stderr}`).not.toContain(TOKEN)
  })
})

describe('the token when a Content Lake request fails', () => {
  const failures: Array<[string, (path: string) => { status: number; type?: string; body?: string }, RegExp]> = [
    ['a 500 whose body and headers echo the token', () => ({ status: 500 }), /^Unexpected HTTP 500 from /],
    ['a 401 whose body echoes the token', () => ({ status: 401 }), /^Unexpected HTTP 401 from .+ \(check that the token may read this dataset\)$/],
    ['a 429 whose body echoes the token', () => ({ status: 429 }), /^Unexpected HTTP 429 from /],
    [
      'an export line of garbage holding the token',
      () => ({ status: 200, type: 'application/x-ndjson', body: `{"_id":"a","_type":"x"}\n{"token": "${TOKEN}", broken\n` }),
      /^Unexpected malformed JSON on line 2 of the export from /,
    ],
    [
      'a GROQ query refused with the token in the error (export endpoint missing)',
      (path) => (path.includes('/data/export/') ? { status: 404 } : { status: 400 }),
      /^Unexpected HTTP 400 from /,
    ],
    [
      'a GROQ answer that is the token instead of a result',
      (path) => (path.includes('/data/export/') ? { status: 404 } : { status: 200, body: JSON.stringify({ query: TOKEN, result: TOKEN }) }),
      /^Unexpected query answer without a result array from /,
    ],
  ]
  for (const [name, answer, message] of failures) {
    it(`keeps it out of the message for ${name}; exit 2`, async () => {
      const host = await echoingServer(answer)
      const { code, stdout, stderr } = await runCli(['--dry-run', ...NOW], lakeEnv(host))
      expect(code).toBe(2)
      expect(stderr.trimEnd()).toMatch(message)
      expect(stderr.split('\n')).toHaveLength(2)
      expect(`${stdout}${stderr}`).not.toContain(TOKEN)
    })
  }

  it('keeps it out when the connection is refused; exit 2', async () => {
    const running = await lake()
    await running.close()
    const { code, stderr } = await runCli(['--dry-run', ...NOW], lakeEnv(running.url))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^Unexpected connection refused from 127\.0\.0\.1:\d+ after 2 attempts/)
    expect(stderr).not.toContain(TOKEN)
  })
})

describe('the token in disguise', () => {
  /** The token with one invisible character inside: zero-width space, soft hyphen, BEL, right-to-left override, BOM, no-break space. */
  const disguises = ['\u200b', '\u00ad', '\u0007', '\u202e', '\ufeff', '\u00a0'].map((char) => `${TOKEN.slice(0, 15)}${char}${TOKEN.slice(15)}`)

  /** Every 8 characters of the token in a row, in any case: a piece long enough to count as a leak. */
  const pieces = (text: string) => {
    const lower = text.toLowerCase()
    return Array.from({ length: TOKEN.length - 7 }, (_, i) => TOKEN.slice(i, i + 8).toLowerCase()).filter((piece) => lower.includes(piece))
  }

  it('is found with an invisible character inside or in another case, and no part of it is shown, not even in a hint', async () => {
    const vacancy = seed.find((doc) => doc._type === 'vacancy') ?? {}
    const disguised = [
      ...seed,
      ...disguises.map((slug, i) => ({ ...vacancy, _id: `vacancy.disguised-${i}`, slug: { _type: 'slug', current: slug } })),
      { ...vacancy, _id: 'vacancy.lowercased', slug: { _type: 'slug', current: TOKEN.toLowerCase() } },
    ]
    const parent = await tempDir('secrets-disguised')
    const file = join(parent, 'disguised.ndjson')
    await writeFile(file, disguised.map((doc) => `${JSON.stringify(doc)}\n`).join(''))
    const out = join(parent, 'jsonld')
    const run = await runCli(['--from', file, '--out', out, '--cache-dir', join(parent, 'cache'), ...NOW], { SANITY_API_TOKEN: TOKEN })
    expect(run.code).toBe(1)
    const refused = run.stderr.split('\n').filter((line) => line.includes('slug.current: Unexpected API token in this field'))
    expect(refused).toHaveLength(7)
    expect(pieces(`${run.stdout}${run.stderr}`)).toEqual([])
    expect(await readdir(parent)).not.toContain('jsonld')
  })
})

describe('the last guard on what commands print', () => {
  it('blanks the token in another case or with invisible characters inside, leaving neither half', () => {
    let printed = ''
    const stream = withoutSecrets({ write: (s: string) => (printed += s) }, TOKEN)
    const split = `${TOKEN.slice(0, 15)}\u200b${TOKEN.slice(15)}`
    stream.write(`a library said ${split}, then ${TOKEN.toUpperCase()}, then ${TOKEN.slice(0, 20)}\u00ad\u00ad${TOKEN.slice(20)}.\n`)
    expect(printed).toBe('a library said [token], then [token], then [token].\n')
  })
})

describe('the token in content', () => {
  /** The seed with the token pasted into an organisation's name and a FAQ answer, as a careless editor might. */
  const pasted = () =>
    seed.map((doc) =>
      doc._type === 'organization' && typeof doc.name === 'string'
        ? { ...doc, name: `${doc.name} ${TOKEN}` }
        : doc._type === 'faqEntry' && Array.isArray(doc.answer)
          ? { ...doc, answer: [...doc.answer, { _type: 'block', _key: 'tok', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'tok1', text: `key: ${TOKEN}`, marks: [] }] }] }
          : doc,
    )

  it('is a content error naming the document and field, shown nowhere: reports, JSON report, output, cache', async () => {
    const running = await startContentLake({ documents: pasted(), token: TOKEN })
    closers.push(() => running.close())
    const parent = await tempDir('secrets-content')
    const out = join(parent, 'jsonld')
    const args = ['--out', out, '--cache-dir', join(parent, 'cache'), ...NOW]
    expect((await runCli(['--from', DATASET, ...args])).code).toBe(0)
    const before = await everyFileBeside(out)

    const pretty = await runCli(args, lakeEnv(running.url))
    expect(pretty.code, pretty.stderr).toBe(1)
    const organization = seed.find((doc) => doc._type === 'organization')
    const faq = seed.find((doc) => doc._type === 'faqEntry' && Array.isArray(doc.answer))
    expect(pretty.stderr).toContain(
      `organization → ${String(organization?._id)} (sanity://jobld/production:${seed.indexOf(organization ?? {}) + 1}): does not validate.\n  name: Unexpected API token in this field (its value is not shown), expected content without secrets: remove it, and rotate the token\n`,
    )
    expect(pretty.stderr).toContain(`faqEntry → ${String(faq?._id)}`)
    expect(pretty.stderr).toMatch(/answer\[\d+\]\.children\[0\]\.text: Unexpected API token in this field/)
    const json = await runCli(['--format', 'json', ...args], lakeEnv(running.url))
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).issues.filter((issue: { code: string }) => issue.code === 'document.contains_token')).toHaveLength(2)
    for (const text of [pretty.stdout, pretty.stderr, json.stdout, json.stderr]) expect(text).not.toContain(TOKEN)
    // Nothing was written, and nothing of the token reached the cache folder.
    const after = await everyFileBeside(out)
    for (const [path, text] of Object.entries(after)) expect(text.includes(TOKEN), path).toBe(false)
    expect(Object.fromEntries(Object.entries(after).filter(([path]) => path.startsWith(out)))).toEqual(
      Object.fromEntries(Object.entries(before).filter(([path]) => path.startsWith(out))),
    )
  })

  it('keeps an article that quotes it out of the import, naming the field', async () => {
    const work = await tempDir('secrets-import')
    const article = (await readFile('content/articles/customer-service-medewerker.md', 'utf8')).replace('organization: Manpower', `organization: Manpower ${TOKEN}`)
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(work, 'article.md'), article)
    let stderr = ''
    const code = await runImport(['article.md', '--out', 'out.ndjson'], {
      stdout: { write: (s: string) => (stderr += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { SANITY_API_TOKEN: TOKEN },
      cwd: work,
    })
    expect(code).toBe(1)
    expect(stderr).toContain('name: Unexpected API token in this field (its value is not shown)')
    expect(stderr).not.toContain(TOKEN)
    expect(await readFile(join(work, 'out.ndjson'), 'utf8').catch(() => '')).not.toContain(TOKEN)
  })
})

describe('the token in the wrong place', () => {
  it('refuses a user or password in SANITY_API_HOST without printing it; exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['--dry-run', ...NOW], lakeEnv(`https://jobld:${TOKEN}@api.example.test`))
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unexpected user or password in SANITY_API_HOST, expected the token in SANITY_API_TOKEN only\n',
    })
  })

  it('does not print a token pasted into SANITY_API_HOST or SANITY_DATASET; exit 2', async () => {
    const asHost = await runCli(['--dry-run', ...NOW], lakeEnv(TOKEN))
    expect(asHost).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unexpected SANITY_API_HOST "[token]", expected an http(s) URL such as https://api.sanity.io\n',
    })
    const asDataset = await runCli(['--dry-run', ...NOW], { ...lakeEnv('http://127.0.0.1:9'), SANITY_DATASET: `${TOKEN}!` })
    expect(asDataset.code).toBe(2)
    expect(asDataset.stderr).toBe('Unexpected SANITY_DATASET "[token]!", expected lowercase letters, digits, "_" and "-", at most 64 characters\n')
  })
})

describe('the token in import --push', () => {
  const articles = 'tests/fixtures/robustness/hostile/markdown'

  async function push(host: string) {
    let stdout = ''
    let stderr = ''
    const code = await runImport([articles, '--out', join(dir, 'pushed.ndjson'), '--push'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { SANITY_PROJECT_ID: 'jobld', SANITY_DATASET: 'production', SANITY_API_TOKEN: TOKEN, SANITY_API_HOST: host },
      cwd: process.cwd(),
    })
    return { code, stdout, stderr }
  }

  it('keeps it out of the summary of a push that worked', async () => {
    const running = await lake()
    const { code, stdout, stderr } = await push(running.url)
    expect(stderr).toContain('Pushed to jobld/production: ')
    expect(code).toBe(0)
    expect(`${stdout}${stderr}`).not.toContain(TOKEN)
    expect(await readFile(join(dir, 'pushed.ndjson'), 'utf8')).not.toContain(TOKEN)
  })

  it('keeps it out of the message of a push whose transaction fails', async () => {
    const running = await lake()
    running.setFaults([{ kind: 'status', status: 500, path: '/data/mutate' }])
    const { code, stdout, stderr } = await push(running.url)
    expect(code).toBe(1)
    expect(stderr).toContain('Push stopped at transaction 1 of 1')
    expect(`${stdout}${stderr}`).not.toContain(TOKEN)
  })

  // Known leak, left to the owner of scripts/import/io/pushToContentLake.ts (see the robustness report):
  // the push prints the client's error message, which quotes the server's error body, and a
  // failed document lookup ends as "Unexpected failure" with that message and a stack. A server
  // or proxy that echoes the Authorization header thus puts the token on stderr. Flip to `it`
  // once push errors are built from status and host (and redacted) like the export's.
  it('keeps it out when the server echoes it in its error body', async () => {
    const host = await echoingServer(() => ({ status: 500 }))
    const { code, stdout, stderr } = await push(host)
    expect(code).toBe(1)
    expect(`${stdout}${stderr}`).not.toContain(TOKEN)
  })
})
