/**
 * Issue 6.1: malformed input files through the export command. Each bad file gives a message
 * naming the file (and the line, where there is one), exit 1 (content) or 2 (unreadable
 * source), and leaves an existing output exactly as it was; a byte order mark, CRLF line ends
 * and blank lines are no fault at all.
 */
import { googleBlock } from '../support/googleBlock.ts'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { NOW, outputState, readTree, runCli, tempDir, type OutputState } from '../support/exportRun.ts'

const fixtures = 'tests/fixtures/robustness/malformed'
const fixture = (name: string) => join(fixtures, name)

/**
 * The notice every export of the fixture dataset prints: its vacancy is paid by a salary tier, so
 * its JobPosting states an estimate, not a baseSalary (issue 16).
 * @param place the vacancy's file and line
 * @returns the two report lines
 */
const estimateNotice = (place: string) => [
  `vacancy → vacancy.kok-utrecht (${place}): notices.`,
  '  salaryTier: notice: Estimated from salary tier "Medior": 2650 EUR per MONTH (average), published as estimatedSalary, not baseSalary; expected the employer\'s own salary (the vacancy\'s salary) for baseSalary (recommended by Google)',
]

let dir = ''
let out = ''
let cleanTree: Record<string, string> = {}

beforeAll(async () => {
  dir = await tempDir('malformed')
  const reference = await runCli(['--from', fixture('clean.ndjson'), '--out', join(dir, 'reference'), ...NOW])
  expect(reference.code).toBe(0)
  cleanTree = await readTree(join(dir, 'reference'))
  out = join(dir, 'jsonld')
})

/** Writes the clean output to `out` and returns its picture. */
async function existingOutput(): Promise<OutputState> {
  const { code } = await runCli(['--from', fixture('clean.ndjson'), '--out', out, ...NOW])
  expect(code).toBe(0)
  return outputState(out)
}

/** Runs the export over a bad file on top of an existing output; the output must not move. */
async function exportOver(from: string) {
  const before = await existingOutput()
  const run = await runCli(['--from', from, '--out', out, ...NOW])
  expect(await outputState(out)).toEqual(before)
  return { ...run, stderr: run.stderr.replaceAll(out, '<out>') }
}

describe('malformed input files', () => {
  it('reports an NDJSON line cut off by the end of the file, with file and line, and exits 1', async () => {
    const { code, stdout, stderr } = await exportOver(fixture('truncated-line.ndjson'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        `(unknown) → (line 7) (${fixture('truncated-line.ndjson')}:7): does not validate.`,
        '  (document): Unexpected end of file inside `{"_id":"vacancy.kok-utrecht","_type":"va…`, expected one JSON object per line',
        '1 error: nothing written, <out> left as it was.',
        '',
      ].join('\n'),
    )
  })

  it('reports every line that is not a JSON object, not just the first, and exits 1', async () => {
    const { code, stderr } = await exportOver(fixture('not-json-line.ndjson'))
    expect(code).toBe(1)
    expect(stderr).toBe(
      [
        `(unknown) → (line 4) (${fixture('not-json-line.ndjson')}:4): does not validate.`,
        "  (document): Unexpected text that is not JSON: `{_id: 'faqEntry.kok.2', _type: 'faqEntry…`, expected one JSON object per line",
        `(unknown) → (line 6) (${fixture('not-json-line.ndjson')}:6): does not validate.`,
        '  (document): Unexpected JSON array `["faqEntry.kok.3"]`, expected one JSON object per line',
        ...estimateNotice(`${fixture('not-json-line.ndjson')}:9`),
        '2 errors: nothing written, <out> left as it was.',
        '',
      ].join('\n'),
    )
  })

  it('rejects an empty file as unreadable and exits 2', async () => {
    const { code, stderr } = await exportOver(fixture('empty.ndjson'))
    expect(code).toBe(2)
    expect(stderr).toBe(`Unexpected empty file "${fixture('empty.ndjson')}", expected one JSON object per line\n`)
  })

  it('rejects a .tar.gz that is cut off and exits 2', async () => {
    const { code, stderr } = await exportOver(fixture('cut-off.tar.gz'))
    expect(code).toBe(2)
    expect(stderr).toBe(
      `Unexpected end of archive "${fixture('cut-off.tar.gz')}" inside its entry production-export-2026-11-26/images/a1b2c3-10x10.png, expected a complete .tar.gz (was the export or its download cut off?)\n`,
    )
  })

  it('reports a Markdown file that is not UTF-8 at the first bad byte and exits 1', async () => {
    const { code, stderr } = await exportOver(fixture('not-utf8.md'))
    expect(code).toBe(1)
    expect(stderr).toBe(
      [
        `markdown → ${fixture('not-utf8.md')} (${fixture('not-utf8.md')}:7:38): does not validate.`,
        '  (document): Unexpected byte 0xE9, expected UTF-8 text; save the file as UTF-8',
        '1 error: nothing written, <out> left as it was.',
        '',
      ].join('\n'),
    )
  })

  it('rejects a file that does not exist and exits 2', async () => {
    const { code, stderr } = await exportOver(fixture('missing.ndjson'))
    expect(code).toBe(2)
    expect(stderr).toBe(`Unexpected missing file "${fixture('missing.ndjson')}", expected an NDJSON file\n`)
  })

  // Where each file holds the vacancy (the notice names it).
  const vacancyPlace: Record<string, string> = {
    'bom.ndjson': `${fixture('bom.ndjson')}:7`,
    'crlf.ndjson': `${fixture('crlf.ndjson')}:7`,
    'bom-crlf-blank-lines.ndjson': `${fixture('bom-crlf-blank-lines.ndjson')}:13`,
    'complete.tar.gz': `${fixture('complete.tar.gz')}!/production-export-2026-11-26/data.ndjson:7`,
  }
  for (const [name, place] of Object.entries(vacancyPlace)) {
    it(`exports ${name} to exactly the bytes of the clean NDJSON file`, async () => {
      const target = join(dir, name)
      const { code, stderr } = await runCli(['--from', fixture(name), '--out', target, ...NOW])
      expect(stderr).toBe([...estimateNotice(place), `${googleBlock}Wrote 1 job profile page and 1 vacancy (5 files) to ${target}.`, ''].join('\n'))
      expect(code).toBe(0)
      expect(await readTree(target)).toEqual(cleanTree)
    })
  }

  it('keeps the fixtures what they claim to be', async () => {
    const bom = await readFile(fixture('bom.ndjson'))
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect((await readFile(fixture('crlf.ndjson'), 'utf8')).split('\r\n')).toHaveLength(8)
    expect((await readFile(fixture('not-utf8.md'))).includes(0xe9)).toBe(true)
  })
})

describe('a 50 MB string field', () => {
  // Every text is limited to maxTextLength (100,000 characters) before the schema is checked.
  it('is rejected with file, line and field path, and the output stays as it was', async () => {
    const file = join(dir, 'huge-field.ndjson')
    const [organization, profile, ...rest] = (await readFile(fixture('clean.ndjson'), 'utf8')).trimEnd().split('\n')
    const stream = createWriteStream(file)
    stream.write(`${organization}\n`)
    // The summary is written in slices: one 50 MB JavaScript string is fine, two copies are not needed.
    const [head, tail] = (profile ?? '').split('"summary":"Een kok bereidt maaltijden."')
    stream.write(`${head}"summary":"`)
    const slice = 'Een kok bereidt maaltijden. '.repeat(1 << 15)
    for (let written = 0; written < 50 * 1024 * 1024; written += slice.length) {
      if (!stream.write(slice)) await once(stream, 'drain')
    }
    stream.end(`"${tail}\n${rest.join('\n')}\n`)
    await once(stream, 'finish')

    const before = await existingOutput()
    const { code, stderr } = await runCli(['--from', file, '--out', out, ...NOW])
    expect(code).toBe(1)
    expect(stderr).toContain(
      `jobProfile → jobProfile.kok (${file}:2): does not validate.\n  summary: Unexpected text of 53,215,232 characters, expected at most 100,000\n`,
    )
    // Compared as a boolean: a diff of two 50 MB trees helps nobody.
    expect(JSON.stringify(await outputState(out)) === JSON.stringify(before)).toBe(true)
  })
})
