/**
 * The Astro integration without Astro: its hooks called as Astro calls them. It takes the export's
 * options itself (types and workers too), resolves them when Astro loads its config, and refuses an
 * output folder inside Astro's outDir.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { jobld, type JobldAstroOptions } from '../scripts/site/astro.ts'
import { readTree, runCli, tempDir } from './support/exportRun.ts'

/** Runs the integration's hooks as `astro build` does, in a project at `root` with outDir `dist/`. */
async function astroBuild(root: string, options: JobldAstroOptions): Promise<string[]> {
  const logged: string[] = []
  const logger = { info: (message: string) => void logged.push(message) }
  const integration = jobld(options)
  integration.hooks['astro:config:setup']({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(join(root, 'dist/')) }, logger })
  await integration.hooks['astro:build:start']({ logger })
  return logged
}

describe('jobld/astro', () => {
  it('exports with the options it is given, types and workers included, as the CLI does with the same flags', async () => {
    const dir = await tempDir('astro-types')
    const text = await readFile('tests/fixtures/validation/valid/input.ndjson', 'utf8')
    const renamed = text.replaceAll('"_type":"jobProfile"', '"_type":"careerProfile"').replaceAll('"_type":"vacancy"', '"_type":"job"')
    expect(renamed).not.toBe(text)
    await writeFile(join(dir, 'renamed.ndjson'), renamed)
    const cli = await runCli(['--from', join(dir, 'renamed.ndjson'), '--out', join(dir, 'cli'), '--types', 'jobProfile=careerProfile,vacancy=job', '--workers', '2', '--now', '2026-11-26'])
    expect(cli.code).toBe(0)

    const logged = await astroBuild(dir, {
      from: 'renamed.ndjson',
      out: 'jsonld',
      types: { jobProfile: 'careerProfile', vacancy: 'job' },
      workers: 2,
      now: '2026-11-26',
      cacheDir: join(dir, 'cache'),
    })
    expect(logged).toEqual(['Wrote 1 job profile page and 1 vacancy (5 files) to jsonld.'])
    expect(await readTree(join(dir, 'jsonld'))).toEqual(await readTree(join(dir, 'cli')))
  }, 120_000)

  it("refuses an out inside Astro's outDir when Astro loads its config, before anything is built", async () => {
    const dir = await tempDir('astro-outdir')
    await expect(astroBuild(dir, { out: 'dist/jsonld' })).rejects.toMatchObject({
      code: 'CONFLICTING_OPTIONS',
      message: 'Unexpected out "dist/jsonld" inside Astro\'s outDir (dist), expected a folder outside it such as jsonld: astro build empties outDir',
    })
    await expect(astroBuild(dir, { out: 'dist' })).rejects.toThrow(/^Unexpected out "dist" inside Astro's outDir/)
    await expect(astroBuild(dir, { out: 'distribution' })).rejects.toThrow(/^jobld export failed \(exit 2\):\nUnexpected export without content/)
  })

  it('refuses an option the export does not take, and a value it refuses, naming the option', async () => {
    const dir = await tempDir('astro-options')
    await mkdir(join(dir, 'content'))
    // @ts-expect-error: baseURL is not an option (baseUrl is)
    await expect(astroBuild(dir, { baseURL: 'https://www.example.nl' })).rejects.toThrow(/^Unexpected option "baseURL", expected one of from, out, strict, now, baseUrl, /)
    await expect(astroBuild(dir, { workers: 'two' })).rejects.toThrow('Unexpected workers two, expected a number of threads such as 2, or 0 for none')
  })
})
