import { inspect } from 'node:util'
import { createClient } from '@sanity/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readContentLake, type ContentLakeOptions } from '../scripts/sources/contentLake.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { startContentLake, type ContentLake, type ContentLakeOptions as LakeOptions } from './support/contentLakeServer.ts'
import { sourceFailure } from './support/sourceFailure.ts'

const TOKEN = 'skTestReadToken0123456789abcdef'
let seed: Record<string, unknown>[] = []
let published: Record<string, unknown>[] = []
let lake: ContentLake | undefined

beforeAll(async () => {
  // The emulator serves the same dataset the NDJSON fixture holds, drafts and all.
  seed = (await readNdjson('tests/fixtures/sources/dataset.ndjson')).documents.map((d) => d.value)
  published = sortById(seed.filter((doc) => !/^(drafts\.|versions\.|_\.)/.test(String(doc._id))))
})

afterEach(async () => {
  await lake?.close()
  lake = undefined
})

async function start(options: LakeOptions = {}): Promise<ContentLake> {
  lake = await startContentLake({ documents: seed, token: TOKEN, ...options })
  return lake
}

function optionsFor(running: ContentLake, overrides: Partial<ContentLakeOptions> = {}): ContentLakeOptions {
  return {
    projectId: running.projectId,
    dataset: running.dataset,
    apiHost: running.url,
    token: TOKEN,
    timeoutMs: 2000,
    retryBaseMs: 5,
    ...overrides,
  }
}

function sortById(docs: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...docs].sort((a, b) => (String(a._id) < String(b._id) ? -1 : 1))
}

function paths(running: ContentLake): string[] {
  return running.requests.map((r) => `${r.method} ${new URL(r.path, running.url).pathname}`)
}

describe('readContentLake', () => {
  it('reads the same published documents as the NDJSON export of the dataset', async () => {
    const running = await start()
    const { documents, issues } = await readContentLake(optionsFor(running))
    expect(issues).toEqual([])
    expect(sortById(documents.map((d) => d.value))).toEqual(published)
    expect(documents.map((d) => d.position)).toEqual(published.map((_, i) => ({ file: 'sanity://jobld/production', line: i + 1 })))
    expect(paths(running)).toEqual(['GET /v2025-02-19/data/export/production'])
  })

  it('sends the token as a bearer header', async () => {
    const running = await start()
    await readContentLake(optionsFor(running))
    expect(running.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('never returns drafts, release versions or system documents', async () => {
    const running = await start()
    const ids = (await readContentLake(optionsFor(running))).documents.map((d) => String(d.value._id))
    expect(ids.filter((id) => /^(drafts|versions|_)\./.test(id))).toEqual([])
    expect(seed.map((d) => d._id)).toContain('drafts.jobProfile.customer-service-medewerker')
  })

  it('falls back to paged GROQ when the export endpoint is missing', async () => {
    const running = await start({ faults: [{ kind: 'status', status: 404, path: '/data/export' }] })
    const { documents } = await readContentLake(optionsFor(running, { pageSize: 4 }))
    expect(sortById(documents.map((d) => d.value))).toEqual(published)
    expect(paths(running)).toEqual([
      'GET /v2025-02-19/data/export/production',
      'GET /v2025-02-19/data/query/production',
      'GET /v2025-02-19/data/query/production',
    ])
    const query = new URL(running.requests[2]?.path ?? '', running.url).searchParams
    expect(query.get('perspective')).toBe('published')
    // The first page holds `_.groups.public` too: system documents fill pages but are dropped.
    expect(query.get('$last')).toBe('"organization.voorbeeld-bv"')
  })

  it('retries 500s and then reads everything', async () => {
    const running = await start({ faults: [{ kind: 'status', status: 500, times: 2 }] })
    const { documents } = await readContentLake(optionsFor(running))
    expect(sortById(documents.map((d) => d.value))).toEqual(published)
    expect(paths(running)).toHaveLength(3)
  })

  it('waits as long as Retry-After says after a 429', async () => {
    const running = await start({ faults: [{ kind: 'rateLimit', retryAfter: 1, times: 1 }] })
    const { documents } = await readContentLake(optionsFor(running))
    expect(documents).toHaveLength(published.length)
    const [first, second] = running.requests
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000)
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeLessThan(1800)
  })

  it('restarts an export that is reset halfway and keeps each document once', async () => {
    const running = await start({ faults: [{ kind: 'resetMidStream', times: 1 }] })
    const { documents } = await readContentLake(optionsFor(running))
    expect(sortById(documents.map((d) => d.value))).toEqual(published)
    expect(paths(running)).toEqual(['GET /v2025-02-19/data/export/production', 'GET /v2025-02-19/data/export/production'])
  })

  it('gives up on a stalled server with a timeout naming the host', async () => {
    const running = await start({ faults: [{ kind: 'stall' }] })
    const error = await sourceFailure(readContentLake(optionsFor(running, { timeoutMs: 150, maxRetries: 1 })))
    expect(error.code).toBe('TIMEOUT')
    expect(error.message).toBe(
      `Unexpected silence from 127.0.0.1:${running.port} for 150 ms after 2 attempts, expected the documents of dataset "production" (JOBLD_HTTP_TIMEOUT_MS sets how long)`,
    )
  })

  it('gives up when retries run out, naming host, status and attempts but never the token', async () => {
    const running = await start({ faults: [{ kind: 'status', status: 503 }] })
    const error = await sourceFailure(readContentLake(optionsFor(running, { maxRetries: 2 })))
    expect(error.code).toBe('HTTP')
    expect(error.message).toBe(
      `Unexpected HTTP 503 from 127.0.0.1:${running.port} after 3 attempts, expected the documents of dataset "production"`,
    )
    expect(paths(running)).toHaveLength(3)
    expect(running.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true)
    expect(`${error.message}\n${error.stack}\n${inspect(error)}`).not.toContain(TOKEN)
  })

  it('gives up on GROQ pages that keep failing the same way', async () => {
    const running = await start({
      faults: [
        { kind: 'status', status: 404, path: '/data/export' },
        { kind: 'status', status: 502, path: '/data/query' },
      ],
    })
    const error = await sourceFailure(readContentLake(optionsFor(running, { maxRetries: 1 })))
    expect(error.message).toBe(
      `Unexpected HTTP 502 from 127.0.0.1:${running.port} after 2 attempts, expected the documents of dataset "production"`,
    )
    expect(`${error.stack}\n${inspect(error)}`).not.toContain(TOKEN)
  })

  it('does not retry a rejected token and says what to check', async () => {
    const running = await start({ token: 'a-different-token' })
    const error = await sourceFailure(readContentLake(optionsFor(running)))
    expect(error.code).toBe('HTTP')
    expect(error.message).toBe(
      `Unexpected HTTP 401 from 127.0.0.1:${running.port}, expected the documents of dataset "production" (check that the token may read this dataset)`,
    )
    expect(paths(running)).toHaveLength(1)
  })

  it('restarts after connection resets and gives up when they keep coming', async () => {
    const running = await start({ faults: [{ kind: 'resetMidStream' }] })
    const error = await sourceFailure(readContentLake(optionsFor(running, { maxRetries: 2 })))
    expect(error.code).toBe('NETWORK')
    expect(error.message).toBe(
      `Unexpected connection closed mid-response from 127.0.0.1:${running.port} after 3 attempts, expected the documents of dataset "production"`,
    )
  })

  it('reports a refused connection as a network error', async () => {
    const running = await start()
    await running.close()
    const error = await sourceFailure(readContentLake(optionsFor(running, { maxRetries: 1 })))
    expect(error.code).toBe('NETWORK')
    expect(error.message).toBe(
      `Unexpected connection refused from 127.0.0.1:${running.port} after 2 attempts, expected the documents of dataset "production"`,
    )
  })

  it('rejects malformed JSON in the export as a bad response', async () => {
    const running = await start({ faults: [{ kind: 'malformedJson' }] })
    const error = await sourceFailure(readContentLake(optionsFor(running)))
    expect(error.code).toBe('BAD_RESPONSE')
    expect(error.message).toBe(
      `Unexpected malformed JSON on line 5 of the export from 127.0.0.1:${running.port}, expected the documents of dataset "production"`,
    )
    expect(paths(running)).toHaveLength(1)
  })

  it('rejects malformed JSON from a GROQ query as a bad response', async () => {
    const running = await start({
      faults: [
        { kind: 'status', status: 404, path: '/data/export' },
        { kind: 'malformedJson', path: '/data/query' },
      ],
    })
    const error = await sourceFailure(readContentLake(optionsFor(running)))
    expect(error.code).toBe('BAD_RESPONSE')
    expect(error.message).toBe(
      `Unexpected query answer without a result array from 127.0.0.1:${running.port}, expected the documents of dataset "production"`,
    )
  })

  it('rejects an empty dataset', async () => {
    const running = await start({ documents: [] })
    const error = await sourceFailure(readContentLake(optionsFor(running)))
    expect(error.code).toBe('EMPTY')
    expect(error.message).toBe(
      `Unexpected empty dataset "production" on 127.0.0.1:${running.port}, expected published documents (is the dataset private and the token missing?)`,
    )
  })

  it('reads 30,000 documents through one streamed export request', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      _id: `faqEntry.generated.${i}`,
      _type: 'faqEntry',
      question: `Vraag ${i}: wat doet een customer service medewerker?`,
      answer: [{ _type: 'block', _key: `b${i}`, children: [{ _type: 'span', _key: 's', text: 'Klanten helpen.', marks: [] }], markDefs: [] }],
      language: 'nl',
    }))
    const running = await start({ documents: many })
    const { documents } = await readContentLake(optionsFor(running))
    expect(documents).toHaveLength(30_000)
    expect(documents[29_999]?.value).toEqual(many[29_999])
    expect(paths(running)).toEqual(['GET /v2025-02-19/data/export/production'])
    expect(Math.max(...running.requests.map((r) => r.path.length + (r.body?.length ?? 0)))).toBeLessThan(200)
  })
})

describe('startContentLake', () => {
  const client = (running: ContentLake) =>
    createClient({
      projectId: running.projectId,
      dataset: running.dataset,
      apiHost: running.url,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: TOKEN,
    })

  it('answers GROQ with the published perspective and follows references', async () => {
    const running = await start()
    const result = await client(running).fetch(
      '*[_type == $type][0]{title, "employer": hiringOrganization->name}',
      { type: 'vacancy' },
    )
    expect(result).toEqual({ title: 'Medewerker klantenservice Utrecht', employer: 'Voorbeeld B.V.' })
    const titles = await client(running).fetch('*[_type == "jobProfile"].title')
    expect(titles).toEqual(['Customer service medewerker'])
    const drafts = await client(running).fetch('*[_type == "jobProfile"].title', {}, { perspective: 'drafts' })
    expect(drafts).toEqual(['Customer service medewerker (concept)'])
  })

  it('takes queries too long for a URL as POST', async () => {
    const running = await start()
    const ids = Array.from({ length: 600 }, (_, i) => `missing.${i}`)
    const count = await client(running).fetch('count(*[_id in $ids || _type == "organization"])', { ids })
    expect(count).toBe(1)
    expect(running.requests.at(-1)?.method).toBe('POST')
  })

  it('applies a transaction all or nothing and sets _rev and timestamps', async () => {
    const running = await start({ now: () => new Date('2026-11-26T12:00:00Z') })
    const sanity = client(running)
    const created = await sanity.create({ _id: 'faqEntry.nieuw', _type: 'faqEntry', question: 'Nieuw?' })
    expect(created).toEqual({
      _id: 'faqEntry.nieuw',
      _type: 'faqEntry',
      question: 'Nieuw?',
      _rev: 'txn-1',
      _createdAt: '2026-11-26T12:00:00.000Z',
      _updatedAt: '2026-11-26T12:00:00.000Z',
    })
    const failed = sanity
      .transaction()
      .createOrReplace({ _id: 'organization.ander', _type: 'organization', name: 'Ander' })
      .create({ _id: 'faqEntry.nieuw', _type: 'faqEntry' })
      .commit()
    await expect(failed).rejects.toMatchObject({
      statusCode: 409,
      message: 'The mutation(s) failed: Document by ID "faqEntry.nieuw" already exists:\n- Document by ID "faqEntry.nieuw" already exists',
    })
    expect(running.documents().map((d) => d._id)).not.toContain('organization.ander')

    const stale = sanity.patch('faqEntry.nieuw').ifRevisionId('txn-0').set({ question: 'Oud?' }).commit()
    await expect(stale).rejects.toMatchObject({ statusCode: 409 })
    const patched = await sanity
      .patch('faqEntry.nieuw')
      .ifRevisionId('txn-1')
      .set({ question: 'Nieuw, echt?' })
      .setIfMissing({ tags: [] })
      .append('tags', [{ _key: 'a', label: 'loon' }])
      .commit()
    expect(patched).toMatchObject({ question: 'Nieuw, echt?', tags: [{ _key: 'a', label: 'loon' }], _rev: 'txn-2' })
    expect(await sanity.getDocuments(['faqEntry.nieuw', 'faqEntry.weg'])).toEqual([patched, null])
  })

  it('applies a text edit sent as a diff-match-patch patch, as the Studio sends one', async () => {
    const running = await start()
    const sanity = client(running)
    await sanity.create({ _id: 'faqEntry.tekst', _type: 'faqEntry', question: 'Wat verdient een kok?' })
    // The patch the Studio makes when an editor replaces "kok" by "bakker".
    const patched = await sanity.patch('faqEntry.tekst').diffMatchPatch({ question: '@@ -14,8 +14,11 @@\n een \n-kok\n+bakker\n ?\n' }).commit()
    expect(patched.question).toBe('Wat verdient een bakker?')
    await expect(sanity.patch('faqEntry.tekst').diffMatchPatch({ missing: '@@ -1,1 +1,1 @@\n-a\n+b\n' }).commit()).rejects.toMatchObject({ statusCode: 400 })
  })
})
