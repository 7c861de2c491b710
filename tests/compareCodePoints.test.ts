import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareCodePoints } from '../scripts/core/compareCodePoints.ts'
import { sortIssues } from '../scripts/core/formatReport.ts'
import type { Issue } from '../scripts/core/issue.ts'
import { cacheMac } from '../scripts/export/io/trust/cacheMac.ts'
import { openLmdbStore } from '../scripts/export/io/store/lmdbStore.ts'

const issue = (docId: string): Issue => ({ severity: 'notice', code: 'x', docId, docType: 'faqEntry', path: [], message: 'm' })

describe('code point order', () => {
  it('orders strings as their UTF-8 bytes, characters beyond U+FFFF after U+E000–U+FFFF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))))
      }),
      { numRuns: 2000 },
    )
    expect(sortIssues([issue('faq.\u{1F600}'), issue('faq.\uFF21'), issue('faq.b')]).map((i) => i.docId)).toEqual(['faq.b', 'faq.\uFF21', 'faq.\u{1F600}'])
  })

  it('lists the report in the content store key order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-order-'))
    const ids = ['faq.\u{1F600}', 'faq.\uFF21', 'faq.b', 'faq.B', 'faq.é', 'faq.e\u0301']
    const store = await openLmdbStore(join(dir, 'store'), await cacheMac(dir))
    store.transaction(() => {
      for (const id of ids) store.dirty.put(id, true)
    })
    expect(sortIssues(ids.map(issue)).map((i) => i.docId)).toEqual([...store.dirty.keys()])
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })
})
