/**
 * The Content Lake emulator answers queries from its indexes where their filters allow (`_id`,
 * `_updatedAt`, references, filters on a document's own attributes tested without GROQ, counts
 * without GROQ), as the Content Lake does, so that a delta at 300,000 documents does not wait for
 * scans a Content Lake would not make. Its answers must stay a scan's: on random datasets, random
 * queries of the shapes jobld sends and others, in every perspective, with random writes between
 * them (the indexes are kept as documents are written), an emulator with indexes answers exactly
 * as one that scans every document (`indexes: false`), in the same order.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startContentLake, type ContentLake } from './support/contentLakeServer.ts'

const BASES = ['a', 'a.b', 'faq.1', 'faq.10', 'Z', 'é']
const PREFIXES = ['', '', '', 'drafts.', 'versions.r1.', '_.']
const STAMPS = ['2026-11-01T00:00:00Z', '2026-11-01T00:00:01Z', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:01.000Z']
/** Strings compared with: the ids and stamps documents have, often, and a few between them. */
const BOUNDS = ['', 'a.', 'drafts.', 'faq.2', 'versions.', 'zz', '2026-11-01T00:00:00.5Z', '2026-11-19T23:50:00.000Z']

const idArb = fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...BASES)).map(([prefix, base]) => `${prefix}${base}`)
const docArb = fc
  .record(
    {
      _id: idArb,
      _type: fc.constantFrom<unknown>('faqEntry', 'jobProfile', 'system.group', 5, ['faqEntry'], undefined),
      _updatedAt: fc.constantFrom<unknown>(...STAMPS, 7, null, undefined),
      ref: fc.option(fc.record({ _ref: fc.constantFrom(...BASES) }), {
        nil: undefined,
      }),
      _system: fc.option(fc.constant({ delete: true }), { nil: undefined }),
    },
    { requiredKeys: ['_id'] },
  )
  // As documents come over HTTP: plain objects, without the undefined fields.
  .map((doc): Record<string, unknown> => JSON.parse(JSON.stringify(doc)))

const str = (value: string) => JSON.stringify(value)
const boundArb = fc.oneof(fc.constantFrom(...BOUNDS), fc.constantFrom(...BASES), fc.constantFrom(...STAMPS))
const leafArb = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom('==', '<', '<=', '>', '>='), boundArb).map(([op, b]) => `_id ${op} ${str(b)}`), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom('==', '<', '<=', '>', '>='), boundArb).map(([op, b]) => `_updatedAt ${op} ${str(b)}`), weight: 4 },
  fc.constantFrom('_updatedAt >= $since', '_id > $last', '_id in $extra', '_id >= $start && _id < $end'),
  fc.array(fc.oneof(idArb, fc.constantFrom<unknown>(5, null)), { maxLength: 3 }).map((list) => `_id in ${JSON.stringify(list)}`),
  fc.constantFrom('_type == "faqEntry"', '_type in ["faqEntry", 5]', '_updatedAt in [null, 7]', '_updatedAt == 7'),
  fc.constantFrom('_id in path("drafts.**")', '_id in path("versions.**")', '_id in path("_.**")', '_id in path("*")', '_type in path("system.*")'),
  fc.constantFrom('string::startsWith(_type, "system.")', 'string::startsWith(_id, "faq.")'),
  fc.constantFrom('references("a")', 'references(["b", "Z"])'),
  // Not understood by the indexes: evaluated by GROQ.
  fc.constantFrom('defined(ref)', 'ref._ref == "a"', '_updatedAt >= 5', 'count(*[_id == "a"]) > 0', 'lower(_id) == "z"', '@._id == "b"'),
)
const filterArb: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.tuple(tie('filter'), tie('filter')).map(([a, b]) => `(${a} && ${b})`),
    fc.tuple(tie('filter'), tie('filter')).map(([a, b]) => `(${a} || ${b})`),
    tie('filter').map((a) => `!(${a})`),
  ),
})).filter
const queryArb = fc.oneof(
  filterArb.map((f) => `*[${f}]`),
  filterArb.map((f) => `count(*[${f}])`),
  filterArb.map((f) => `*[${f}] | order(_id desc) [0...3]`),
  filterArb.map((f) => `*[${f}]._id`),
  fc.tuple(filterArb, filterArb).map(([f, g]) => `{"a": count(*[${f}]), "b": *[${g}]._id, "c": count(*)}`),
  filterArb.map((f) => `*[${f}]{_id, "to": ref->_id}`),
)
const paramsArb = fc.record({
  since: boundArb,
  last: boundArb,
  extra: fc.array(idArb, { maxLength: 3 }),
  start: boundArb,
  end: boundArb,
})
const stepArb = fc.oneof(
  fc.record({
    kind: fc.constant('query' as const),
    query: queryArb,
    params: paramsArb,
    perspective: fc.constantFrom('raw', 'published', 'drafts', 'r1,drafts', 'r1'),
  }),
  fc.record({
    kind: fc.constant('write' as const),
    doc: docArb.map((doc) => ({ ...doc, _type: 'faqEntry' })),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: idArb }),
)

async function ask(lake: ContentLake, query: string, params: Record<string, unknown>, perspective: string): Promise<{ status: number; body: unknown }> {
  const url = new URL(`${lake.url}/v2025-02-19/data/query/${lake.dataset}`)
  url.searchParams.set('query', query)
  url.searchParams.set('perspective', perspective)
  url.searchParams.set('returnQuery', 'false')
  for (const [key, value] of Object.entries(params)) url.searchParams.set(`$${key}`, JSON.stringify(value))
  const answer = await fetch(url)
  const body: unknown = await answer.json()
  // The time taken is the one part of an answer that may differ.
  if (typeof body === 'object' && body !== null && 'ms' in body) Reflect.deleteProperty(body, 'ms')
  return { status: answer.status, body }
}

async function mutate(lake: ContentLake, mutation: Record<string, unknown>): Promise<number> {
  const answer = await fetch(`${lake.url}/v2025-02-19/data/mutate/${lake.dataset}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [mutation] }),
  })
  await answer.arrayBuffer()
  return answer.status
}

describe('the Content Lake emulator', () => {
  it('answers from its indexes exactly what a scan of every document answers, before and after writes, in every perspective', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(docArb, { maxLength: 30 }), fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (documents, steps) => {
        // One clock a lake: both stamp the same times on the same writes.
        const clock = () => {
          let tick = 0
          return () => new Date(Date.parse('2026-11-20T00:00:00Z') + 1000 * tick++)
        }
        const indexed = await startContentLake({ documents, now: clock() })
        const scanned = await startContentLake({
          documents,
          now: clock(),
          indexes: false,
        })
        try {
          for (const step of steps) {
            if (step.kind === 'query') {
              const expected = await ask(scanned, step.query, step.params, step.perspective)
              expect({
                query: step.query,
                perspective: step.perspective,
                ...(await ask(indexed, step.query, step.params, step.perspective)),
              }).toEqual({
                query: step.query,
                perspective: step.perspective,
                ...expected,
              })
            } else {
              const mutation = step.kind === 'write' ? { createOrReplace: step.doc } : { delete: { id: step.id } }
              expect(await mutate(indexed, mutation)).toBe(await mutate(scanned, mutation))
            }
          }
        } finally {
          await Promise.all([indexed.close(), scanned.close()])
        }
      }),
      { numRuns: 150 },
    )
  }, 120_000)

  it('counts and finds the changed documents of 30,000 without evaluating GROQ on each', async () => {
    const documents = Array.from({ length: 30_000 }, (_, i) => ({
      _id: `faqEntry.${String(i).padStart(5, '0')}`,
      _type: 'faqEntry',
      _updatedAt: new Date(Date.parse('2026-11-01T00:00:00Z') + 1000 * i).toISOString(),
    }))
    const lake = await startContentLake({
      documents,
      now: () => new Date('2026-11-20T00:00:00Z'),
    })
    try {
      expect(
        await mutate(lake, {
          patch: { id: 'faqEntry.12345', set: { question: 'Nu?' } },
        }),
      ).toBe(200)
      const published = '!(_id in path("drafts.**")) && !(_id in path("versions.**")) && !(_id in path("_.**")) && !string::startsWith(_type, "system.")'
      const started = performance.now()
      for (let i = 0; i < 20; i++) {
        expect((await ask(lake, `count(*[${published}])`, {}, 'published')).body).toEqual({ result: 30_000 })
        const changed = await ask(
          lake,
          `*[${published} && (_updatedAt >= $since || _id in $extra) && _id > $last] | order(_id) [0...1000]._id`,
          { since: '2026-11-19T23:50:00.000Z', extra: [], last: '' },
          'published',
        )
        expect(changed.body).toEqual({ result: ['faqEntry.12345'] })
      }
      // A scan evaluates GROQ on 30,000 documents for each: about a second a query on this machine.
      expect(performance.now() - started).toBeLessThan(4_000)
    } finally {
      await lake.close()
    }
  })
})
