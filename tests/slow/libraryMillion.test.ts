/**
 * The library with a million documents and with an endless iterable: work that is linear in the
 * documents, no argument list as long as the input (a spread of a million items overflowed the
 * stack), and a bound on how many documents one export takes.
 */
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../../scripts/index.ts'

const now = '2026-12-01'

describe('exportJsonLd at scale', () => {
  it('reports a million documents of a type it does not know as one notice, without overflowing the stack', async () => {
    const documents = Array.from({ length: 1_000_000 }, (_, i) => ({ _id: `post.${i}`, _type: 'post' }))
    const result = await exportJsonLd(documents, { now })
    expect(result.ok).toBe(true)
    expect(result.pages).toEqual([])
    expect(result.issues.map((issue) => [issue.severity, issue.code, issue.docId])).toEqual([['notice', 'document.unknown_type', 'post.0']])
  })

  it('stops an endless iterable at 2,000,000 documents instead of filling memory', async () => {
    function* endless() {
      for (;;) yield { _id: 'post.x', _type: 'post' }
    }
    await expect(exportJsonLd(endless(), { now })).rejects.toThrow(new TypeError('Unexpected more than 2,000,000 documents, expected at most that many in one export'))
  })
})
