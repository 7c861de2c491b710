import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTree, runJobld } from '../support/exportRun.ts'

const seed = await readFile(new URL('../../content/articles/customer-service-medewerker.md', import.meta.url), 'utf8')
const seedLines = seed.split('\n')
/** The line the appended block starts on. */
const blockLine = seedLines.length + 1

/** A folder with the seed article plus a block in `source/articles/a.md`. */
async function workspace(block: string) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-flat-'))
  await mkdir(join(dir, 'source', 'articles'), { recursive: true })
  await writeFile(join(dir, 'source', 'articles', 'a.md'), `${seed}\n${block}`)
  return dir
}

/** A folder with a short article (front matter, a title) and then a block, in `source/articles/a.md`: the block starts on line 7. */
async function bare(block: string) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-flat-'))
  await mkdir(join(dir, 'source', 'articles'), { recursive: true })
  await writeFile(join(dir, 'source', 'articles', 'a.md'), `---\norganization: Voorbeeld\ncountry: NL\n---\n# Kok\n\n${block}`)
  return dir
}

const refusal = (dir: string, at: string, message: string) =>
  `markdown → ${dir}/source/articles/a.md (${dir}/source/articles/a.md:${at}): does not validate.\n  (document): ${message}; the file is not read\n`

describe('flat Markdown that would cost minutes', () => {
  it('refuses more lines than markdownLines at the first line past it, before parsing: exit 1, nothing written', async () => {
    // 1 MiB of one-letter paragraphs took 46 s of CPU and 1.6 GB before this limit.
    const dir = await bare('x\n\n'.repeat(350_000))
    const before = await readTree(dir)
    const run = await runJobld(['export', '--from', 'source', '--out', 'out'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      refusal(dir, `${4 + 20_001}:1`, 'Unexpected Markdown text of at least 20,001 lines, expected at most 20,000 lines (markdownLines); raise the limit with JOBLD_MAX_MARKDOWN_LINES'),
    )
    expect(run.stderr).not.toContain('Cannot write')
    expect(await readTree(dir)).toEqual(before)
  })

  it('refuses more emphasis, link and code delimiters than markdownDelimiters at the first one past it', async () => {
    // One paragraph of 5,001 emphasised letters: the parser's emphasis resolution and the
    // renderer's marks tree grow with the square of them.
    const dir = await workspace(`${'*a* '.repeat(5_001)}\n`)
    const run = await runJobld(['validate', '--from', 'source'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      refusal(
        dir,
        `${blockLine}:${5_000 * 4 + 1}`,
        'Unexpected Markdown text with at least 10,001 emphasis, link and code delimiters, expected at most 10,000 emphasis, link and code delimiters (markdownDelimiters); raise the limit with JOBLD_MAX_MARKDOWN_DELIMITERS',
      ),
    )
  })

  it('counts code spans by their two ends, and reads a file over the limits once the variables raise them', async () => {
    // Nine paragraphs of 600 code spans: 10,800 delimiters, 1,200 spans in each block.
    const block = `${`${'`a` '.repeat(600)}\n\n`.repeat(9)}${'x\n'.repeat(20_000)}`
    const dir = await workspace(block)
    const refused = await runJobld(['validate', '--from', 'source'], { JOBLD_MAX_MARKDOWN_LINES: '30000' }, dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('(markdownDelimiters)')
    const raised = await runJobld(['validate', '--from', 'source'], { JOBLD_MAX_MARKDOWN_LINES: '30000', JOBLD_MAX_MARKDOWN_DELIMITERS: '20000' }, dir)
    expect(raised.stderr).not.toContain('markdownLines')
    expect(raised.stderr).not.toContain('markdownDelimiters')
    expect(raised.code).toBe(0)
  })
})

describe('long tables', () => {
  const table = (rows: number, cell: (i: number) => string) => `| Vestiging | Telefoon |\n| --- | --- |\n${Array.from({ length: rows }, (_, i) => `| ${cell(i)} | 030 ${i} |\n`).join('')}`

  it('counts the plain rows of a table against markdownTableRows, not markdownLines, and refuses the first row past it', async () => {
    const dir = await workspace(table(25_000, (i) => `Vestiging ${i}`))
    const within = await runJobld(['validate', '--from', 'source'], {}, dir)
    expect(within.stderr).not.toContain('(markdownLines)')
    expect(within.code).toBe(0)
    const short = await bare(table(25_000, (i) => `Vestiging ${i}`))
    const lowered = await runJobld(['validate', '--from', 'source'], { JOBLD_MAX_MARKDOWN_TABLE_ROWS: '1000' }, short)
    expect(lowered.code).toBe(1)
    expect(lowered.stderr).toContain(
      refusal(short, `${7 + 2 + 1_000}:1`, 'Unexpected Markdown text with at least 1,001 table rows, expected at most 1,000 table rows (markdownTableRows); raise the limit with JOBLD_MAX_MARKDOWN_TABLE_ROWS'),
    )
  })

  it('counts rows with markup as lines: the parser reads them (199,000 such rows took 48 s of CPU and 1.7 GB)', async () => {
    const dir = await workspace(table(25_000, (i) => `&amp; ${i}`))
    const run = await runJobld(['validate', '--from', 'source'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('(markdownLines)')
  })
})

describe('Portable Text the renderer cannot take', () => {
  /** The bundled content as NDJSON, with `blocks` added to the body of its first vacancy. */
  async function ndjsonWith(blocks: unknown[]) {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-pt-'))
    const imported = await runJobld(['import', new URL('../../content', import.meta.url).pathname, '--out', join(dir, 'content.ndjson')], {}, dir)
    expect(imported.code).toBe(0)
    const documents = (await readFile(join(dir, 'content.ndjson'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { _type: string; _id: string; body?: unknown[] })
    const vacancy = documents.find((doc) => doc._type === 'vacancy' && Array.isArray(doc.body))
    if (!vacancy?.body) throw new Error('the bundled content has no vacancy with a body')
    const at = vacancy.body.length
    vacancy.body.push(...blocks)
    await writeFile(join(dir, 'content.ndjson'), documents.map((doc) => `${JSON.stringify(doc)}\n`).join(''))
    return { dir, id: vacancy._id, at }
  }
  const item = (level: number) => ({ _type: 'block', _key: `l${level}`, style: 'normal', listItem: 'bullet', level, markDefs: [], children: [{ _type: 'span', _key: 's', text: 'x', marks: [] }] })

  it('refuses list levels past 100 at the block (5,000 levels deep overflowed the stack, exit 2)', async () => {
    const { dir, id, at } = await ndjsonWith(Array.from({ length: 5_000 }, (_, i) => item(i + 1)))
    const run = await runJobld(['export', '--from', 'content.ndjson', '--out', 'out', '--no-cache'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`vacancy → ${id} (`)
    expect(run.stderr).toContain(`  body[${at + 100}].level: Unexpected 101, expected at most 100\n`)
    expect(run.stderr).not.toContain('Unexpected failure')
    expect(run.stderr).not.toContain('RangeError')
  })

  it('refuses a block of more than 2,000 spans at its children', async () => {
    const children = Array.from({ length: 2_001 }, (_, i) => ({ _type: 'span', _key: `s${i}`, text: 'a ', marks: i % 2 ? ['em'] : [] }))
    const { dir, at } = await ndjsonWith([{ _type: 'block', _key: 'wide', style: 'normal', markDefs: [], children }])
    const run = await runJobld(['validate', '--from', 'content.ndjson'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`  body[${at}].children: Unexpected a list of 2001, expected at most 2000 items\n`)
  })
})
