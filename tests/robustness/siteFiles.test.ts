/**
 * Issue 19, leaks: `jobld/files` reads an exported folder as the export reads it back: the
 * manifest by its schema, no file through a link, each page against the manifest's hash. A manifest
 * path out of the folder, a page file that links elsewhere or was edited, gives an error that names
 * the file and what is wrong, and never quotes what the file holds.
 */
import { readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readExportedPage, readManifest } from '../../scripts/site/files.ts'
import { copyDutchSeed } from '../support/dutchSeed.ts'
import { NOW, runJobld, tempDir } from '../support/exportRun.ts'

const SLUG = 'customer-service-medewerker'
const PRIVATE = 'root:x:0:0:secret-line-of-another-file'

/** An export of the Dutch seed (the tests below name its pages by place), and a private file beside it. */
async function exported(label: string) {
  const dir = await tempDir(label)
  const out = join(dir, 'jsonld')
  await copyDutchSeed(join(dir, 'content'))
  expect((await runJobld(['export', '--from', join(dir, 'content'), '--out', out, ...NOW])).code).toBe(0)
  await writeFile(join(dir, 'private.txt'), PRIVATE)
  return { dir, out }
}

describe('jobld/files', () => {
  it('reads a page of a sound export', async () => {
    const { out } = await exported('files-sound')
    const page = await readExportedPage(out, SLUG)
    expect(page?.jsonld).toBe(await readFile(join(out, `${SLUG}.jsonld`), 'utf8'))
    expect(page?.entry.slug).toBe(SLUG)
  })

  it('refuses a manifest whose page path leads out of the folder', async () => {
    const { dir, out } = await exported('files-escape')
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    manifest.pages[0].path = '../private.txt'
    await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest))
    const error = await readExportedPage(out, SLUG).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect(String(error)).toBe(
      `Error: Unexpected ${out}/manifest.json: it is jobld's manifest, damaged or edited (pages[0].path: Unexpected path "../private.txt", expected ${SLUG}.jsonld for the profile ${SLUG}), expected the manifest jobld export wrote; export again`,
    )
    await expect(readManifest(out)).rejects.toThrow('damaged or edited')
    expect(dir).toBeTruthy()
  })

  it('reads no page file through a link, and does not quote the file the link leads to', async () => {
    const { dir, out } = await exported('files-link')
    await rm(join(out, `${SLUG}.jsonld`))
    await symlink(join(dir, 'private.txt'), join(out, `${SLUG}.jsonld`))
    const error = await readExportedPage(out, SLUG).catch((caught: unknown) => caught)
    expect(String(error)).toBe(`Error: Unexpected ${out}/${SLUG}.jsonld: it is not a plain file (a link?), expected the file jobld export wrote; export again`)
    expect(String(error)).not.toContain(PRIVATE)
  })

  it('refuses a page file that is not the one jobld wrote, without quoting it', async () => {
    const { out } = await exported('files-edited')
    // Valid JSON-LD, but not what the export wrote (and a file cut short reads the same way).
    await writeFile(join(out, `${SLUG}.jsonld`), `{"@context": "https://schema.org", "description": "${PRIVATE}"}\n`)
    const error = await readExportedPage(out, SLUG).catch((caught: unknown) => caught)
    expect(String(error)).toBe(
      `Error: Unexpected content of ${out}/${SLUG}.jsonld: it is not what jobld export wrote for profile ${SLUG} (it does not match the manifest's hash), expected the export's own file; export again`,
    )
    expect(String(error)).not.toContain(PRIVATE)
  })
})
