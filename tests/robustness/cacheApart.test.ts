/**
 * Issue 19, wrong output: the cache folder never lives inside the output (it would be published
 * with it) and the output never lives inside the cache (it would go when the cache is cleared):
 * `--cache-dir` equal to `--out` or inside it, a link that leads there, and `--out
 * node_modules/.cache/jobld` are refused with exit 2 before anything is written.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOW, readTree, runJobld, tempDir } from '../support/exportRun.ts'

const content = join(process.cwd(), 'content')

describe('a cache folder and an output that overlap', () => {
  it.each([
    ['equal to --out', 'jsonld', 'jsonld'],
    ['inside --out', 'jsonld/.cache', 'jsonld'],
  ])('refuses --cache-dir %s', async (_case, cacheDir, out) => {
    const dir = await tempDir('cache-in-out')
    const run = await runJobld(['export', '--from', content, '--out', out, '--cache-dir', cacheDir, ...NOW], {}, dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      cacheDir === out
        ? `Unexpected output folder ${join(dir, out)}: it is jobld's cache folder ${join(dir, cacheDir)}, expected a folder of its own such as jsonld. Nothing was written.\n`
        : `Unexpected cache folder ${join(dir, cacheDir)} inside the output folder ${join(dir, out)}, expected the cache apart from what is published: give --cache-dir (or JOBLD_CACHE_DIR) a folder outside ${join(dir, out)}. Nothing was written.\n`,
    )
    expect(existsSync(join(dir, out))).toBe(false)
  })

  it('refuses a cache folder reached through a link into the output', async () => {
    const dir = await tempDir('cache-link')
    await mkdir(join(dir, 'jsonld'))
    await symlink(join(dir, 'jsonld'), join(dir, 'link'))
    const run = await runJobld(['export', '--from', content, '--out', 'jsonld', '--cache-dir', 'link/cache', ...NOW], {}, dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`Unexpected cache folder ${join(dir, 'link/cache')} inside the output folder ${join(dir, 'jsonld')}`)
    expect(await readTree(join(dir, 'jsonld'))).toEqual({})
  })

  it('refuses --out node_modules/.cache/jobld, the default cache folder, and any folder inside it', async () => {
    const dir = await tempDir('out-in-cache')
    await writeFile(join(dir, 'package.json'), '{"name":"site"}')
    for (const out of ['node_modules/.cache/jobld', 'node_modules/.cache/jobld/jsonld']) {
      // No JOBLD_CACHE_DIR: the cache root is the project's node_modules/.cache/jobld.
      const run = await runJobld(['export', '--from', content, '--out', out, ...NOW], { JOBLD_CACHE_DIR: undefined }, dir)
      expect(run.code).toBe(2)
      expect(run.stderr).toBe(
        out === 'node_modules/.cache/jobld'
          ? `Unexpected output folder ${join(dir, out)}: it is jobld's cache folder ${join(dir, 'node_modules/.cache/jobld')}, expected a folder of its own such as jsonld. Nothing was written.\n`
          : `Unexpected output folder ${join(dir, out)}: it lies in jobld's cache folder ${join(dir, 'node_modules/.cache/jobld')}, expected a folder of its own such as jsonld. Nothing was written.\n`,
      )
      expect(existsSync(join(dir, out, 'manifest.json'))).toBe(false)
    }
  })
})
