/**
 * Issue 19, data loss: the output folder's own manifest is input like any other. A manifest edited
 * by hand or by a tool (a path that climbs out of the folder, a page's `html` elsewhere, a file cut
 * short) is refused with exit 2 before anything is read or written, and nothing outside the folder
 * or inside it moves. Inside a sound folder, jobld removes an old page's file only while it still
 * holds what jobld wrote, replaces nothing it did not write, and goes through no link.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyDutchSeed } from '../support/dutchSeed.ts'
import { NOW, outputState, readTree, runCli, tempDir } from '../support/exportRun.ts'

const REMOTE = 'vacatures/voorbeeld-customer-service-medewerker-remote'

/** A copy of the Dutch seed (the tests below name its pages by place) and an export of it, with a cache folder of their own. */
async function exported(label: string) {
  const dir = await tempDir(label)
  await copyDutchSeed(join(dir, 'content'))
  const out = join(dir, 'site', 'jsonld')
  const run = (from = join(dir, 'content')) => runCli(['--from', from, '--out', out, '--cache-dir', join(dir, 'cache'), ...NOW])
  const first = await run()
  expect(first.code, first.stderr).toBe(0)
  return { dir, out, run }
}

/** Rewrites the output's manifest through `edit`. */
async function editManifest(out: string, edit: (manifest: { pages: Array<Record<string, unknown>>; files?: string[] }) => void) {
  const file = join(out, 'manifest.json')
  const manifest = JSON.parse(await readFile(file, 'utf8'))
  edit(manifest)
  await writeFile(file, JSON.stringify(manifest, null, 2))
}

describe('a manifest.json edited or damaged by hand or by a tool', () => {
  it('is refused when a files entry and a page html climb out of the folder: exit 2, and both files outside stay', async () => {
    const { dir, out, run } = await exported('tampered-paths')
    await writeFile(join(dir, 'victim.txt'), 'keep me')
    await writeFile(join(dir, 'victim2.html'), 'keep me too')
    await editManifest(out, (manifest) => {
      manifest.files = ['../../victim.txt']
      const page = manifest.pages[1]
      if (page) page.html = '../../../victim2.html'
    })
    const before = await outputState(out)
    const result = await run()
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `Unexpected ${out}/manifest.json: it is jobld's manifest, damaged or edited (pages[1].html: Unexpected path "../../../victim2.html", expected ${REMOTE}.html beside ${REMOTE}.jsonld (and 1 more)), so jobld cannot tell which files in ${out} are its own; expected the manifest jobld wrote: restore it, or remove ${out} and export again. Nothing was written.\n`,
    )
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep me')
    expect(await readFile(join(dir, 'victim2.html'), 'utf8')).toBe('keep me too')
    expect(await outputState(out)).toEqual(before)
  })

  it('is refused when it lists a file that is no sitemap, or a page path that does not follow from its slug', async () => {
    const { out, run } = await exported('tampered-names')
    await writeFile(join(out, 'notes.txt'), 'the site team')
    await editManifest(out, (manifest) => {
      manifest.files = ['notes.txt']
    })
    const listed = await run()
    expect([listed.code, listed.stderr.split(' (')[1]?.split('), ')[0]]).toEqual([2, 'files[0]: Unexpected "notes.txt", expected a sitemap jobld writes, such as sitemap.xml'])
    await editManifest(out, (manifest) => {
      delete manifest.files
      const page = manifest.pages[0]
      if (page) page.path = 'vacatures/customer-service-medewerker.jsonld'
    })
    const moved = await run()
    expect(moved.code).toBe(2)
    expect(moved.stderr).toContain('(pages[0].path: Unexpected path "vacatures/customer-service-medewerker.jsonld", expected customer-service-medewerker.jsonld for the profile customer-service-medewerker)')
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('the site team')
  })

  it('is not believed when a page hash was edited in place, though the content store is unchanged: the export writes the true one', async () => {
    const { out, run } = await exported('tampered-hash')
    const file = join(out, 'manifest.json')
    const written = await readFile(file, 'utf8')
    const hash = /"sha256": "([0-9a-f]{64})"/.exec(written)?.[1] ?? ''
    // Still a sound manifest by its schema, laid out as jobld lays it out: only its bytes' hash tells.
    const edited = written.replace(hash, hash.replace(/^./, (digit) => (digit === '0' ? '1' : '0')))
    expect(edited).not.toBe(written)
    await writeFile(file, edited)
    const result = await run()
    expect(result.code, result.stderr).toBe(0)
    expect(await readFile(file, 'utf8')).toBe(written)
  })

  it('is called a damaged jobld manifest when it was cut short, with what to do', async () => {
    const { out, run } = await exported('truncated')
    const text = await readFile(join(out, 'manifest.json'), 'utf8')
    await writeFile(join(out, 'manifest.json'), text.slice(0, 300))
    const before = await outputState(out)
    const result = await run()
    expect([result.code, result.stderr]).toEqual([
      2,
      `Unexpected ${out}/manifest.json: it is jobld's manifest, damaged or edited (it is not JSON (cut short or damaged)), so jobld cannot tell which files in ${out} are its own; expected the manifest jobld wrote: restore it, or remove ${out} and export again. Nothing was written.\n`,
    ])
    expect(await outputState(out)).toEqual(before)
    // Doing what the message says works.
    await rm(out, { recursive: true })
    expect((await run()).code).toBe(0)
  })
})

describe('files inside a sound output folder', () => {
  it('removes a dropped page only while its files hold what jobld wrote; a changed file stays', async () => {
    const { dir, out, run } = await exported('changed-file')
    await writeFile(join(out, `${REMOTE}.html`), '<script>the site team changed this</script>\n')
    await rm(join(dir, 'content', 'vacancies', 'voorbeeld-customer-service-medewerker-remote.md'))
    const result = await run()
    expect(result.code, result.stderr).toBe(0)
    const files = Object.keys(await readTree(out))
    expect(files).toContain(`${REMOTE}.html`)
    expect(files).not.toContain(`${REMOTE}.jsonld`)
    expect(await readFile(join(out, `${REMOTE}.html`), 'utf8')).toBe('<script>the site team changed this</script>\n')
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).pages.map((page: { path: string }) => page.path)).toEqual([
      'customer-service-medewerker.jsonld',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld',
    ])
  })

  it('refuses to write through a link: a vacatures folder that links elsewhere is left, and so is its target', async () => {
    const { dir, out, run } = await exported('linked-folder')
    const elsewhere = join(dir, 'elsewhere')
    await mkdir(elsewhere)
    await writeFile(join(elsewhere, 'keep.txt'), 'mine')
    await rm(join(out, 'vacatures'), { recursive: true })
    await symlink(elsewhere, join(out, 'vacatures'))
    const before = await outputState(out)
    const result = await run()
    expect([result.code, result.stderr]).toEqual([
      2,
      `Unexpected ${out}/vacatures that is not a folder (a link?), expected a plain folder: jobld writes through no links. Nothing was written.\n`,
    ])
    expect(await readTree(elsewhere)).toEqual({ 'keep.txt': 'mine' })
    expect(await outputState(out)).toEqual(before)
  })

  it('refuses to replace a file it did not write where a new page goes', async () => {
    const { dir, out, run } = await exported('foreign-file')
    const vacancy = join(dir, 'content', 'vacancies', 'voorbeeld-customer-service-medewerker-remote.md')
    await writeFile(vacancy, (await readFile(vacancy, 'utf8')).replace(/^slug: .*$/m, 'slug: nieuwe-vacature'))
    await writeFile(join(out, 'vacatures', 'nieuwe-vacature.jsonld'), '{"mine": true}')
    const before = await outputState(out)
    const result = await run()
    expect([result.code, result.stderr.split('\n').at(-2)]).toEqual([
      2,
      `Unexpected ${out}/vacatures/nieuwe-vacature.jsonld that jobld did not write, where the new version puts a file; move it away and export again. Nothing was written.`,
    ])
    expect(await outputState(out)).toEqual(before)
  })
})
