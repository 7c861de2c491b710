/**
 * jobld only ever removes what it wrote: every way a careless `--out` used to lose a user's files
 * is refused with exit 2 and a message saying why, and the files are all still there.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOW, readTree, runJobld, tempDir } from '../support/exportRun.ts'

const content = join(process.cwd(), 'content')

/** A site's folder: a page and an image, as `public/` holds them. */
async function site(): Promise<string> {
  const dir = await tempDir('site')
  await mkdir(join(dir, 'public', 'img'), { recursive: true })
  await writeFile(join(dir, 'public', 'index.html'), '<!doctype html><title>Home</title>')
  await writeFile(join(dir, 'public', 'img', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  return dir
}

const exportTo = (out: string, cwd: string, env: Record<string, string> = {}, from = content) =>
  runJobld(['export', '--from', from, '--out', out, '--cache-dir', join(cwd, '.cache-test'), ...NOW], env, cwd)

describe('the output rule: jobld writes only to a path of its own', () => {
  it('refuses a folder that holds files jobld did not write, and leaves them all', async () => {
    const dir = await site()
    const before = await readTree(join(dir, 'public'))
    const run = await exportTo('public', dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'Unexpected --out public: the folder holds files jobld did not write (img, index.html), expected an empty folder or one jobld wrote before, such as public/jsonld. Nothing was written.\n',
    )
    expect(await readTree(join(dir, 'public'))).toEqual(before)
    // Where the message points, the export works.
    expect((await exportTo('public/jsonld', dir)).code).toBe(0)
    expect(await readFile(join(dir, 'public', 'index.html'), 'utf8')).toBe('<!doctype html><title>Home</title>')
  })

  it("refuses a folder whose manifest.json is another program's, before any cache is made, and leaves its files", async () => {
    const dir = await site()
    // A web app manifest, as a site's public/ often holds: JSON, but no "generator": "jobld".
    await writeFile(join(dir, 'public', 'manifest.json'), '{"name": "Mijn site", "generator": "jobldx", "icons": []}\n')
    const before = await readTree(join(dir, 'public'))
    const run = await exportTo('public', dir)
    expect([run.code, run.stderr]).toEqual([
      2,
      'Unexpected --out public: the folder holds files jobld did not write (img, index.html, manifest.json), expected an empty folder or one jobld wrote before, such as public/jsonld. Nothing was written.\n',
    ])
    expect(await readTree(join(dir, 'public'))).toEqual(before)
    expect(await readdir(dir)).toEqual(['public'])
  })

  it.each([
    ['.', 'Unexpected --out .: it is the working folder, expected a folder of its own such as jsonld. Nothing was written.\n'],
    ['', 'Unexpected --out "": an empty path names the working folder, expected a folder of its own such as jsonld. Nothing was written.\n'],
    ['..', 'Unexpected --out ..: it holds the working folder, expected a folder of its own such as jsonld. Nothing was written.\n'],
  ])('refuses --out %j: the working folder or one above it', async (out, message) => {
    const dir = await site()
    const cwd = join(dir, 'public')
    const before = await readTree(dir)
    const run = await exportTo(out, cwd)
    expect([run.code, run.stderr]).toEqual([2, message])
    expect(await readTree(dir)).toEqual(before)
  })

  it('refuses the root of a repository, .git included', async () => {
    const dir = await tempDir('repo')
    await mkdir(join(dir, '.git', 'objects'), { recursive: true })
    await writeFile(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    await writeFile(join(dir, 'README.md'), '# mine\n')
    const before = await readTree(dir)
    const other = await tempDir('elsewhere')
    const run = await exportTo(dir, other)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `Unexpected --out ${dir}: the folder holds files jobld did not write (.git, README.md), expected an empty folder or one jobld wrote before, such as ${dir}/jsonld. Nothing was written.\n`,
    )
    expect(await readTree(dir)).toEqual(before)
  })

  it('refuses --out equal to --from or holding it, and leaves the sources', async () => {
    const dir = await tempDir('sources')
    await cp(content, join(dir, 'content'), { recursive: true })
    const before = await readTree(dir)
    const same = await exportTo('content', dir, {}, join(dir, 'content'))
    expect([same.code, same.stderr]).toEqual([
      2,
      `Unexpected --out content: it is the source ${join(dir, 'content')}, expected a path apart from what the command reads. Nothing was written.\n`,
    ])
    const elsewhere = await tempDir('cwd')
    const parent = await exportTo(dir, elsewhere, {}, join(dir, 'content'))
    expect([parent.code, parent.stderr]).toEqual([
      2,
      `Unexpected --out ${dir}: it holds the source ${join(dir, 'content')}, expected a path apart from what the command reads. Nothing was written.\n`,
    ])
    expect(await readTree(dir)).toEqual(before)
  })

  it('refuses a regular file, the home folder and the root', async () => {
    const dir = await tempDir('file')
    await writeFile(join(dir, 'notes.txt'), 'keep me')
    const file = await exportTo('notes.txt', dir)
    expect([file.code, file.stderr]).toEqual([2, 'Unexpected --out notes.txt: it is a file, not a folder, expected a folder of its own such as jsonld. Nothing was written.\n'])
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('keep me')
    const home = await tempDir('home')
    const atHome = await exportTo(home, dir, { HOME: home })
    expect([atHome.code, atHome.stderr]).toEqual([2, `Unexpected --out ${home}: it is the home folder, expected a folder of its own such as jsonld. Nothing was written.\n`])
    const root = await exportTo('/', dir)
    expect([root.code, root.stderr]).toEqual([2, 'Unexpected --out /: it is the file system root, expected a folder of its own such as jsonld. Nothing was written.\n'])
  })

  it('removes only the files its previous manifest lists: a file someone added stays', async () => {
    const dir = await tempDir('own')
    await cp(content, join(dir, 'content'), { recursive: true })
    expect((await exportTo('jsonld', dir, {}, join(dir, 'content'))).code).toBe(0)
    await writeFile(join(dir, 'jsonld', 'README.txt'), 'notes of the site team')
    await writeFile(join(dir, 'jsonld', 'vacatures', 'extra.txt'), 'theirs')
    // One vacancy leaves: its two files go, everything else of jobld's is rewritten or kept.
    const { rm } = await import('node:fs/promises')
    await rm(join(dir, 'content', 'vacancies', 'voorbeeld-customer-service-medewerker-remote.md'))
    expect((await exportTo('jsonld', dir, {}, join(dir, 'content'))).code).toBe(0)
    const files = Object.keys(await readTree(join(dir, 'jsonld')))
    expect(files).toEqual([
      'README.txt',
      'customer-service-employee.html',
      'customer-service-employee.jsonld',
      'customer-service-medewerker.html',
      'customer-service-medewerker.jsonld',
      'manifest.json',
      'vacatures/example-customer-service-employee-utrecht.html',
      'vacatures/example-customer-service-employee-utrecht.jsonld',
      'vacatures/extra.txt',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.html',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld',
    ])
    expect(await readFile(join(dir, 'jsonld', 'README.txt'), 'utf8')).toBe('notes of the site team')
  })
})

describe('import --out', () => {
  const bad = ['---', 'organization: X', 'country: NL', 'language: nl', '---', '', '# Wat doet een kok?', '', '## Salaris', '', '| Niveau | Uurloon (bruto) | Maandloon (bruto) |', '| --- | --- | --- |', '| Junior | € 14,50 | € 4.000 |', ''].join('\n')

  it('leaves the previous file as it was when no document was imported', async () => {
    const dir = await tempDir('import-none')
    await writeFile(join(dir, 'kok.md'), bad)
    await writeFile(join(dir, 'x.ndjson'), '{"_id":"a","_type":"faqEntry"}\n')
    const run = await runJobld(['import', 'kok.md', '--out', 'x.ndjson'], {}, dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Imported no documents; left out, with errors: kok.md: x.ndjson left as it was.\n')
    expect(await readFile(join(dir, 'x.ndjson'), 'utf8')).toBe('{"_id":"a","_type":"faqEntry"}\n')
  })

  it.each([
    ['kok.md', 'Unexpected --out kok.md: it is the source kok.md, expected a path apart from what the command reads. Nothing was written.\n'],
    ['notes.txt', 'Unexpected --out notes.txt: the file holds something other than NDJSON documents, expected a file of its own such as documents.ndjson. Nothing was written.\n'],
    ['sub', 'Unexpected --out sub: it is a folder, expected a file of its own such as documents.ndjson. Nothing was written.\n'],
  ])('refuses --out %s and leaves it as it was', async (out, message) => {
    const dir = await tempDir('import-refuse')
    await writeFile(join(dir, 'kok.md'), bad)
    await writeFile(join(dir, 'notes.txt'), 'keep me\n')
    await mkdir(join(dir, 'sub'))
    const before = await readTree(dir)
    const run = await runJobld(['import', 'kok.md', '--out', out], {}, dir)
    expect([run.code, run.stderr]).toEqual([2, message])
    expect(await readTree(dir)).toEqual(before)
  })
})
