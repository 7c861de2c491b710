import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultLimits } from '../scripts/core/limits.ts'
import { runImport } from '../scripts/import/command.ts'
import { contentHash, contentLakeWriter, PushError, pushToContentLake, type ContentLakeWriter } from '../scripts/import/io/pushToContentLake.ts'
import { readMarkdown } from '../scripts/sources/readMarkdown.ts'

/** The Dutch seed: the pushes below count its documents. */
const seed = DUTCH_SEED
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'
import { DUTCH_SEED } from './support/dutchSeed.ts'

const token = 'sk-test-secret-token'
const lakes: ContentLake[] = []
afterEach(async () => {
  await Promise.all(lakes.splice(0).map((lake) => lake.close()))
})

async function lake(documents: object[] = []) {
  const started = await startContentLake({ documents, token })
  lakes.push(started)
  return started
}

const envFor = (l: ContentLake) => ({ SANITY_PROJECT_ID: l.projectId, SANITY_DATASET: l.dataset, SANITY_API_TOKEN: token, SANITY_API_HOST: l.url })

async function imported() {
  return (await readMarkdown([...seed])).documents.map((doc) => doc.value)
}

/** The stored documents without what the Content Lake sets itself, sorted by _id. */
function stored(l: ContentLake) {
  return l
    .documents()
    .map(({ _rev: _r, _createdAt: _c, _updatedAt: _u, ...doc }) => doc)
    .sort((a, b) => (String(a._id) < String(b._id) ? -1 : 1))
}

const mutateRequests = (l: ContentLake) => l.requests.filter((request) => request.path.includes('/data/mutate/'))

describe('pushToContentLake', () => {
  it('creates missing documents, each with its importHash', async () => {
    const l = await lake()
    const docs = await imported()
    const report = await pushToContentLake(contentLakeWriter(envFor(l)), docs)
    expect(report.created).toHaveLength(14)
    expect(stored(l)).toEqual(docs.map((doc) => ({ ...doc, importHash: contentHash(doc) })))
    expect(mutateRequests(l)).toHaveLength(1)
  })

  it('does nothing when pushed again unchanged', async () => {
    const l = await lake()
    const docs = await imported()
    const writer = contentLakeWriter(envFor(l))
    await pushToContentLake(writer, docs)
    const before = l.documents()
    const report = await pushToContentLake(writer, docs)
    expect(report).toEqual({ created: [], replaced: [], unchanged: docs.map((doc) => String(doc._id)), skipped: [], recovered: [] })
    expect(mutateRequests(l)).toHaveLength(1)
    expect(l.documents()).toEqual(before)
  })

  it('replaces an unedited document whose import changed, guarded by its revision', async () => {
    const l = await lake()
    const docs = await imported()
    const writer = contentLakeWriter(envFor(l))
    await pushToContentLake(writer, docs)
    const changed = docs.map((doc) => (doc._id === 'organization.manpower' ? { ...doc, url: 'https://www.manpower.nl' } : doc))
    const report = await pushToContentLake(writer, changed)
    expect(report.replaced).toEqual(['organization.manpower'])
    const body = JSON.parse(mutateRequests(l)[1]?.body ?? '{}')
    expect(body.mutations).toEqual([
      { patch: { id: 'organization.manpower', ifRevisionID: expect.stringMatching(/^jobld-import-[0-9a-f]{12}-1$/), set: { name: 'Manpower', url: 'https://www.manpower.nl', importHash: contentHash(changed.find((d) => d._id === 'organization.manpower') ?? {}) } } },
    ])
    expect(stored(l).find((doc) => doc._id === 'organization.manpower')).toMatchObject({ url: 'https://www.manpower.nl' })
  })

  it('leaves a document an editor changed alone, and reports it', async () => {
    const l = await lake()
    const docs = await imported()
    const writer = contentLakeWriter(envFor(l))
    await pushToContentLake(writer, docs)
    await writer.mutate([{ patch: { id: 'jobProfile.customer-service-medewerker', set: { title: 'Klantenservicemedewerker' } } }], { visibility: 'sync', returnDocuments: false, tag: 'test' })
    const changed = docs.map((doc) => (doc._id === 'jobProfile.customer-service-medewerker' ? { ...doc, summary: 'Nieuwe samenvatting.' } : doc))
    const report = await pushToContentLake(writer, changed)
    expect(report.skipped).toEqual([{ id: 'jobProfile.customer-service-medewerker', reason: 'edited' }])
    expect(stored(l).find((doc) => doc._id === 'jobProfile.customer-service-medewerker')).toMatchObject({ title: 'Klantenservicemedewerker', summary: docs.find((d) => d._type === 'jobProfile')?.summary })
  })

  it('leaves a document with a draft alone, and a document it did not import', async () => {
    const docs = await imported()
    const l = await lake([
      { _id: 'drafts.organization.manpower', _type: 'organization', name: 'Manpower (concept)' },
      { _id: 'salaryTier.customer-service-medewerker.junior', _type: 'salaryTier', level: 'Junior', rank: 1, amounts: [], basis: 'gross', currency: 'EUR' },
    ])
    const report = await pushToContentLake(contentLakeWriter(envFor(l)), docs)
    expect(report.skipped).toEqual([
      { id: 'organization.manpower', reason: 'draft' },
      { id: 'salaryTier.customer-service-medewerker.junior', reason: 'edited' },
    ])
    expect(stored(l).find((doc) => doc._id === 'organization.manpower')).toBeUndefined()
    expect(report.created).toHaveLength(12)
  })

  it('ends, run again after a failure halfway, in the state of an uninterrupted push', async () => {
    const docs = await imported()
    const whole = await lake()
    await pushToContentLake(contentLakeWriter(envFor(whole)), docs, { batchSize: 5 })

    const l = await lake()
    const real = contentLakeWriter(envFor(l))
    let calls = 0
    // The emulator fails the second transaction (HTTP 503), as a connection lost halfway would.
    const flaky: ContentLakeWriter = {
      getDocuments: (ids) => real.getDocuments(ids),
      mutate: async (mutations, options) => {
        calls += 1
        if (calls === 2) l.setFaults([{ kind: 'status', status: 503, times: 1, path: '/data/mutate' }])
        return real.mutate(mutations, options)
      },
    }
    const failed = await pushToContentLake(flaky, docs, { batchSize: 5 }).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(PushError)
    expect(failed).toMatchObject({
      code: 'PUSH_FAILED',
      committed: 1,
      total: 3,
      message: expect.stringMatching(/^Push stopped at transaction 2 of 3 \(5 of 14 mutations committed, none of its own when read back\): HTTP 503; run the same import again to finish$/),
    })
    expect(l.documents()).toHaveLength(5)

    const resumed = await pushToContentLake(real, docs, { batchSize: 5 })
    expect(resumed.unchanged).toHaveLength(5)
    expect(resumed.created).toHaveLength(9)
    expect(stored(l)).toEqual(stored(whole))
  })

  it('never overwrites a document changed between reading and writing', async () => {
    const l = await lake()
    const docs = await imported()
    const real = contentLakeWriter(envFor(l))
    await pushToContentLake(real, docs)
    const racing: ContentLakeWriter = {
      getDocuments: async (ids) => {
        const found = await real.getDocuments(ids)
        // An editor saves right after the importer has read the revisions.
        await real.mutate([{ patch: { id: 'organization.manpower', set: { name: 'Manpower Nederland' } } }], { visibility: 'sync', returnDocuments: false, tag: 'test' })
        return found
      },
      mutate: (mutations, options) => real.mutate(mutations, options),
    }
    const changed = docs.map((doc) => (doc._id === 'organization.manpower' ? { ...doc, url: 'https://www.manpower.nl' } : doc))
    await expect(pushToContentLake(racing, changed)).rejects.toBeInstanceOf(PushError)
    expect(stored(l).find((doc) => doc._id === 'organization.manpower')).toMatchObject({ name: 'Manpower Nederland' })
    expect(stored(l).find((doc) => doc._id === 'organization.manpower')).not.toHaveProperty('url')
  })
})

describe('npm run import -- --push', () => {
  it('writes the NDJSON, pushes, reports what it did and never prints the token', async () => {
    const l = await lake()
    const dir = await mkdtemp(join(tmpdir(), 'jobld-push-'))
    let stderr = ''
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: envFor(l), cwd: process.cwd() }
    expect(await runImport([...seed, '--out', join(dir, 'out.ndjson'), '--push'], io)).toBe(0)
    expect(stderr).toContain('Pushed to jobld/production: 14 created, 0 replaced, 0 unchanged, 0 left alone.\n')
    stderr = ''
    expect(await runImport([...seed, '--out', join(dir, 'out.ndjson'), '--push'], io)).toBe(0)
    expect(stderr).toContain('Pushed to jobld/production: 0 created, 0 replaced, 14 unchanged, 0 left alone.\n')
    expect(stderr).not.toContain(token)
  })

  it('pushes without writing a file when --out is not given', async () => {
    const l = await lake()
    let stderr = ''
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: envFor(l), cwd: process.cwd() }
    expect(await runImport([...seed, '--push'], io)).toBe(0)
    expect(stderr).toContain('Imported 14 documents from 3 of 3 files.\n')
    expect(stderr).toContain('Pushed to jobld/production: 14 created, 0 replaced, 0 unchanged, 0 left alone.\n')
    expect(stored(l)).toHaveLength(14)
  })

  it('exits 1 when the push fails, saying what state it left', async () => {
    const l = await lake()
    l.setFaults([{ kind: 'status', status: 503, path: '/data/mutate' }])
    const dir = await mkdtemp(join(tmpdir(), 'jobld-push-'))
    let stderr = ''
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: envFor(l), cwd: process.cwd() }
    expect(await runImport([...seed, '--out', join(dir, 'out.ndjson'), '--push'], io)).toBe(1)
    expect(stderr).toMatch(/Push stopped at transaction 1 of 1 \(0 of 14 mutations committed, none of its own when read back\): HTTP 503 .*; run the same import again to finish\n$/)
    expect(stderr).not.toContain(token)
  })
})

describe('a push whose answers do not come', () => {
  /** The import command with --push, its stderr and how long it took. */
  async function pushContent(l: ContentLake, env: Record<string, string> = {}) {
    let stderr = ''
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: { ...envFor(l), ...env }, cwd: process.cwd() }
    const started = Date.now()
    const code = await runImport([...seed, '--push'], io)
    return { code, stderr, ms: Date.now() - started }
  }

  it('waits JOBLD_HTTP_TIMEOUT_MS for a mutate answer that never comes, then reads back that it was committed', async () => {
    const l = await lake()
    l.setFaults([{ kind: 'silentAfterCommit', path: '/data/mutate', times: 1 }])
    const run = await pushContent(l, { JOBLD_HTTP_TIMEOUT_MS: '2000' })
    // Not the 300 s the client waits by default.
    expect(run.ms).toBeLessThan(20_000)
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n').slice(-3)).toEqual([
      'Pushed to jobld/production: 14 created, 0 replaced, 0 unchanged, 0 left alone.',
      `  transaction 1 of 1: silence for 2,000 ms from 127.0.0.1:${l.port} (JOBLD_HTTP_TIMEOUT_MS sets how long), but reading its documents back shows it committed`,
      '',
    ])
    expect(stored(l)).toHaveLength(14)
  })

  it('says a transaction is in doubt, not uncommitted, when its documents cannot be read back either', async () => {
    const l = await lake()
    const real = contentLakeWriter(envFor(l), { ...defaultLimits, httpTimeoutMs: 2000 })
    // The documents are read before writing: that read goes through; the faults arm with the write.
    const writer: ContentLakeWriter = {
      getDocuments: (ids) => real.getDocuments(ids),
      mutate: async (mutations, options) => {
        l.setFaults([
          { kind: 'silentAfterCommit', path: '/data/mutate', times: 1 },
          { kind: 'status', status: 503, path: '/data/doc' },
        ])
        return real.mutate(mutations, options)
      },
    }
    const docs = await imported()
    const failed = await pushToContentLake(writer, docs, { host: `127.0.0.1:${l.port}` }).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(PushError)
    expect(failed).toMatchObject({
      committed: 0,
      inDoubt: 1,
      total: 1,
      message: `Push stopped at transaction 1 of 1 (0 of 14 mutations committed, its 14 in doubt: reading them back failed with HTTP 503): silence for 2,000 ms from 127.0.0.1:${l.port} (JOBLD_HTTP_TIMEOUT_MS sets how long); run the same import again to finish, whether or not they were committed`,
    })
    expect(stored(l)).toHaveLength(14)
  })

  it('counts a transaction committed before its connection was reset, and stops truthfully at the next failure', async () => {
    const l = await lake()
    const real = contentLakeWriter(envFor(l))
    const docs = Array.from({ length: 401 }, (_, i) => ({ _id: `organization.werkgever-${String(i).padStart(3, '0')}`, _type: 'organization', name: `Werkgever ${i}` }))
    let calls = 0
    // Transaction 3 is committed and its connection reset before the answer; transaction 4 gets a 503.
    const flaky: ContentLakeWriter = {
      getDocuments: (ids) => real.getDocuments(ids),
      mutate: async (mutations, options) => {
        calls += 1
        if (calls === 3) l.setFaults([{ kind: 'resetAfterCommit', path: '/data/mutate', times: 1 }])
        if (calls === 4) l.setFaults([{ kind: 'status', status: 503, path: '/data/mutate', times: 1 }])
        return real.mutate(mutations, options)
      },
    }
    const failed = await pushToContentLake(flaky, docs, { host: 'lake' }).catch((error: unknown) => error)
    expect(failed).toMatchObject({
      committed: 3,
      inDoubt: 0,
      total: 5,
      message: 'Push stopped at transaction 4 of 5 (300 of 401 mutations committed, none of its own when read back): HTTP 503 from lake; run the same import again to finish',
    })
    expect(l.documents()).toHaveLength(300)
  })
})
