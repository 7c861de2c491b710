import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTree, runJobld } from '../support/exportRun.ts'

const seed = await readFile(new URL('../../content/articles/customer-service-medewerker.md', import.meta.url), 'utf8')
/** The line the appended block starts on. */
const blockLine = seed.split('\n').length + 1

/** A folder with the seed article plus a block in `source/articles/a.md`. */
async function workspace(block: string) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-deep-'))
  await mkdir(join(dir, 'source', 'articles'), { recursive: true })
  await writeFile(join(dir, 'source', 'articles', 'a.md'), `${seed}\n${block}`)
  return dir
}

const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')
const limitText = (what: string, found: string) =>
  `Unexpected ${what} nested ${found} deep, expected at most 32 deep (markdownNesting); raise the limit with JOBLD_MAX_MARKDOWN_NESTING; the file is not read`

describe('deep Markdown', () => {
  const cases = [
    { name: 'a list nested 2,000 deep', block: nested(2000), at: `${blockLine + 32}:65`, what: 'lists and block quotes', found: '33' },
    { name: '`- ` repeated 10,000 times on one line', block: `${'- '.repeat(10_000)}x\n`, at: `${blockLine}:65`, what: 'lists and block quotes', found: '33' },
    { name: 'emphasis nested 10,000 deep', block: `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`, at: `${blockLine}:1`, what: 'emphasis and links', found: '10,000' },
  ]
  for (const { name, block, at, what, found } of cases) {
    it(`refuses ${name} at its line before parsing: exit 1, the output untouched`, async () => {
      const dir = await workspace(block)
      const before = await readTree(dir)
      const run = await runJobld(['export', '--from', 'source', '--out', 'out'], {}, dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`markdown → ${dir}/source/articles/a.md (${dir}/source/articles/a.md:${at}): does not validate.\n  (document): ${limitText(what, found)}\n`)
      expect(run.stderr).not.toContain('Cannot write')
      // Nothing written: no output folder, the source as it was.
      expect(await readTree(dir)).toEqual(before)
    })
  }

  it('imports the other files beside a deep one and names the deep one', async () => {
    const dir = await workspace(nested(40))
    await writeFile(join(dir, 'source', 'articles', 'b.md'), seed.replace(/^slug: .*$/m, 'slug: tweede'))
    const run = await runJobld(['import', 'source', '--out', 'docs.ndjson'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`source/articles/a.md\n${blockLine + 32}:65       error ${limitText('lists and block quotes', '33')}`)
    expect(run.stderr).toContain('Wrote 11 documents from 1 of 2 files to docs.ndjson; left out, with errors: source/articles/a.md.')
    expect((await readFile(join(dir, 'docs.ndjson'), 'utf8')).trimEnd().split('\n')).toHaveLength(11)
  })

  it('reads a list nested as deep as the limit, and a deeper one once JOBLD_MAX_MARKDOWN_NESTING is raised', async () => {
    const dir = await workspace(nested(32))
    const within = await runJobld(['validate', '--from', 'source'], {}, dir)
    expect(within.stderr).not.toContain('markdownNesting')
    expect(within.code).toBe(0)
    await writeFile(join(dir, 'source', 'articles', 'a.md'), `${seed}\n${nested(40)}`)
    const raised = await runJobld(['validate', '--from', 'source'], { JOBLD_MAX_MARKDOWN_NESTING: '40' }, dir)
    expect(raised.stderr).not.toContain('markdownNesting')
    expect(raised.code).toBe(0)
  })
})
