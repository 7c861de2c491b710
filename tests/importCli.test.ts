import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runImport, type ImportIo } from '../scripts/import/command.ts'

/** Runs the command as the entry point would, capturing its streams. */
async function run(args: string[], cwd = process.cwd(), env: ImportIo['env'] = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runImport(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
  })
  return { code, stdout, stderr }
}

/** A temporary folder with the given files. */
async function workspace(files: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-import-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return dir
}

describe('npm run import', () => {
  it('prints its usage for --help and exits 0', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Import Markdown career articles and vacancies as Sanity documents')
    expect(stdout).toContain('--out')
  })

  it.each([
    [[], 'Unexpected call without input, expected Markdown files or folders: npm run import -- content --out documents.ndjson\n'],
    [['content'], 'Unexpected call without --out or --push, expected the NDJSON file to write (--out documents.ndjson) or --push\n'],
    [['content', '--out', 'x.ndjson', '--force'], 'Unexpected option --force, expected --out, --push or --help\n'],
    [['content/nope.md', '--out', 'x.ndjson'], 'Cannot read content/nope.md: no such file or folder\n'],
  ])('exits 2 on the usage error in %j', async (args, message) => {
    const { code, stderr } = await run(args)
    expect(code).toBe(2)
    expect(stderr).toBe(message)
  })

  it('exits 2 when --push lacks the environment, without a stack', async () => {
    const dir = await workspace()
    const { code, stderr } = await run([join(process.cwd(), 'content'), '--out', 'out.ndjson', '--push'], dir, { SANITY_PROJECT_ID: 'p' })
    expect(code).toBe(2)
    expect(stderr.split('\n').at(-2)).toBe('Unexpected --push without SANITY_DATASET, SANITY_API_TOKEN, expected them set in the environment')
    expect(stderr).not.toContain('    at ')
  })

  it('imports content/ cleanly: exit 0, NDJSON sorted by _id, byte-identical on a second run, no temporary files left', async () => {
    const dir = await workspace()
    await cp('content', join(dir, 'content'), { recursive: true })
    const first = await run(['content', '--out', 'out/documents.ndjson'], dir)
    expect(first.code).toBe(0)
    const bytes = await readFile(join(dir, 'out/documents.ndjson'), 'utf8')
    const ids = bytes.trimEnd().split('\n').map((line) => String(JSON.parse(line)._id))
    expect(ids).toHaveLength(24)
    expect(ids).toEqual([...ids].sort())
    expect(first.stderr).toContain('Wrote 24 documents from 5 of 5 files to out/documents.ndjson.\n')
    const second = await run(['content', '--out', 'out/documents.ndjson'], dir)
    expect(second.code).toBe(0)
    expect(await readFile(join(dir, 'out/documents.ndjson'), 'utf8')).toBe(bytes)
    expect(await readdir(join(dir, 'out'))).toEqual(['documents.ndjson'])
  })

  it('exits 1 when an article has errors, writes the others and reports file:line:column', async () => {
    const dir = await workspace()
    await cp('tests/fixtures/articles/front-matter-errors/input.md', join(dir, 'articles/bad.md'))
    await cp('tests/fixtures/articles/salary-range-in-text/input.md', join(dir, 'articles/good.md'))
    const { code, stderr } = await run(['articles', '--out', 'out.ndjson'], dir)
    expect(code).toBe(1)
    expect(stderr).toMatchInlineSnapshot(`
      "articles/bad.md
      1:1-5:4 error Unexpected front matter without \`country\`, expected an ISO 3166-1 alpha-2 code such as NL               front-matter jobld
      3:1     error Unexpected \`language: "de"\` in front matter, expected nl or en                                          front-matter jobld
      4:1     error Unexpected \`iscoCode: 42\` in front matter, expected a four-digit ISCO-08 unit group code such as "4222" front-matter jobld

      articles/good.md: no issues found

      ✖ 3 errors
      Wrote 3 documents from 1 of 2 files to out.ndjson; left out, with errors: articles/bad.md.
      "
    `)
    const written = await readFile(join(dir, 'out.ndjson'), 'utf8')
    expect(written.trimEnd().split('\n').map((line) => JSON.parse(line)._id)).toEqual([
      'jobProfile.magazijnmedewerker',
      'organization.voorbeeld-b-v',
      'salaryTier.magazijnmedewerker.alle-niveaus',
    ])
  })

  it('leaves out a salary level the export would refuse, reports the rule at the level, and imports the rest', async () => {
    const dir = await workspace({
      'kok.md': [
        '---',
        'organization: Voorbeeld B.V.',
        'country: NL',
        'language: nl',
        '---',
        '',
        '# Wat doet een kok?',
        '',
        'Een kok bereidt gerechten.',
        '',
        '## Salaris',
        '',
        '| Niveau | Uurloon (bruto) | Maandloon (bruto) |',
        '| ------ | --------------- | ----------------- |',
        '| Junior | € 14,50         | € 4.000           |',
        '',
      ].join('\n'),
    })
    const { code, stderr } = await run(['kok.md', '--out', 'out.ndjson'], dir)
    expect(code).toBe(0)
    expect(stderr).toContain(
      '15:1-15:10 warning Unexpected salary level "Junior" that the export would refuse (Unexpected monthly amount 4000, expected about 2513.33 (hourly 14.5 × 173.33 h/month at 40 h/week, ±10%)), expected amounts that pass its rules; left out, kept in body only',
    )
    const written = (await readFile(join(dir, 'out.ndjson'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line)._id)
    expect(written).toEqual(['jobProfile.kok', 'organization.voorbeeld-b-v'])
  })
})
