/**
 * Incremental export from the Content Lake: after the first read, an export asks only for what
 * changed (the documents updated since the copy's newest _updatedAt, and counts of published
 * `_id`s in ranges, listing them only in small ranges where the counts differ), and
 * its output is byte-identical to a full export, after random creates, edits, unpublishes and
 * deletes made through the real @sanity/client against the local emulator.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRandom } from '../bench/random.ts'
import { editedLake } from './support/editedLake.ts'
import { NOW, readTree, runCli, tempDir } from './support/exportRun.ts'

const { lake, env, edits } = editedLake(31)
/** The edits this test makes at random, in this order. */
const names = ['editQuestion', 'editTier', 'createOrganisation', 'unpublishVacancy', 'deleteVacancy', 'renameProfile'] as const

/** The tag of each query since `from` (`jobld.count` for the whole dataset's count: no range), in the order they arrived. */
const tags = (from: number) =>
  lake()
    .requests.slice(from)
    .filter((request) => request.path.includes('/data/query/'))
    .map((request) => {
      const search = new URL(request.path, 'http://x').searchParams
      return search.get('tag') === 'jobld.count' && !search.has('$start') && !search.has('$end') ? 'jobld.count (whole)' : (search.get('tag') ?? '')
    })

/** Requests for the whole dataset (the export endpoint) since `from`. */
const fullReads = (from: number) => lake().requests.slice(from).filter((request) => request.path.includes('/data/export/')).length

describe('an incremental export from the Content Lake', () => {
  it('reads a delta and writes the bytes of a full export, after random creates, edits, unpublishes and deletes', { timeout: 120_000 }, async () => {
    const dir = await tempDir('lake-delta')
    const out = join(dir, 'jsonld')
    const args = ['--out', out, '--cache-dir', join(dir, 'cache'), '--workers', '0', ...NOW]
    let from = lake().requests.length
    const first = await runCli(args, env())
    expect(first.code, first.stderr).toBe(0)
    expect(fullReads(from)).toBe(1)

    const random = createRandom(20261201)
    const done: string[] = []
    for (let step = 1; step <= 8; step++) {
      for (let n = random.int(1, 3); n > 0; n--) {
        const edit = await edits[random.pick(names) ?? 'editQuestion'](random)
        if (edit) done.push(edit.said)
      }
      from = lake().requests.length
      const incremental = await runCli(args, env())
      expect(incremental.code, `${done.join('; ')}\n${incremental.stderr}`).toBe(0)
      // A delta: the changed documents and counts of ids, never the whole dataset again, nor every id:
      // no answer holds a fifth of the dataset's documents or ids.
      expect(fullReads(from), done.join('; ')).toBe(0)
      const answers = lake().requests.slice(from).map((request) => request.items ?? 0)
      expect(Math.max(...answers), done.join('; ')).toBeLessThan(lake().documents().length / 5)
      const fresh = join(dir, `full-${step}`)
      const full = await runCli(['--out', fresh, '--cache-dir', join(dir, `cache-${step}`), '--no-cache', '--workers', '0', ...NOW], env())
      expect(full.code).toBe(0)
      expect(await readTree(out), done.join('; ')).toEqual(await readTree(fresh))
    }
    expect(done.some((d) => d.startsWith('unpublished')) && done.some((d) => d.startsWith('deleted')) && done.some((d) => d.startsWith('created'))).toBe(true)
  })

  it('reads the whole dataset again when the copy is of another dataset or host', async () => {
    const dir = await tempDir('lake-other')
    const args = ['--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), '--workers', '0', ...NOW]
    expect((await runCli(args, env())).code).toBe(0)
    const from = lake().requests.length
    // Another API version is another endpoint: no mixing of copies.
    expect((await runCli(args, { ...env(), SANITY_API_VERSION: '2025-03-01' })).code).toBe(0)
    expect(fullReads(from)).toBe(1)
  })

  it("asks for the dataset's count before it opens the store, and not for a full read", async () => {
    const dir = await tempDir('lake-count-first')
    const args = ['--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), '--workers', '0', ...NOW]
    let from = lake().requests.length
    expect((await runCli(args, env())).code).toBe(0)
    // A first export reads everything: nothing to count against.
    expect(tags(from)).not.toContain('jobld.count (whole)')
    const edit = await edits.editQuestion(createRandom(7))
    expect(edit).toBeDefined()
    from = lake().requests.length
    const delta = await runCli(args, env())
    expect(delta.code, delta.stderr).toBe(0)
    // The count was sent as the export started, before the changes were asked for.
    expect(tags(from)[0]).toBe('jobld.count (whole)')
    expect(tags(from)).toContain('jobld.read')
    from = lake().requests.length
    expect((await runCli([...args, '--no-cache'], env())).code).toBe(0)
    expect(tags(from)).not.toContain('jobld.count (whole)')
  })
})
