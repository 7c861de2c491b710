/**
 * Issue 19, unclear: a slug too long to be a file name (249 characters and more) passed validation
 * and then failed with ENAMETOOLONG on a cache path, naming no document. The slug rule now bounds
 * the length: a content error (exit 1) at the document and its slug, nothing written.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOW, outputState, runCli, tempDir } from '../support/exportRun.ts'

const CLEAN = 'tests/fixtures/robustness/malformed/clean.ndjson'

describe('a slug too long for a file name', () => {
  it.each([201, 249, 300])('of %i characters is a content error naming the document and its slug; nothing is written', async (length) => {
    const dir = await tempDir('long-slug')
    const file = join(dir, 'data.ndjson')
    const slug = `kok-${'a'.repeat(length - 4)}`
    await writeFile(file, (await readFile(CLEAN, 'utf8')).replace('"current":"kok"', `"current":"${slug}"`))
    const out = join(dir, 'jsonld')
    const run = await runCli(['--from', file, '--out', out, '--cache-dir', join(dir, 'cache'), ...NOW])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `jobProfile → jobProfile.kok (${file}:2): does not validate.\n  slug.current: Unexpected slug of ${length} characters, expected at most 200: the page's files are named after it, and file names have a length limit\n`,
    )
    expect(run.stderr).not.toContain('ENAMETOOLONG')
    expect((await outputState(out)).kind).toBe('(none)')
  })

  it('of 200 characters is written', async () => {
    const dir = await tempDir('long-slug-ok')
    const file = join(dir, 'data.ndjson')
    const slug = `kok-${'a'.repeat(196)}`
    await writeFile(file, (await readFile(CLEAN, 'utf8')).replace('"current":"kok"', `"current":"${slug}"`))
    const run = await runCli(['--from', file, '--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), ...NOW])
    expect(run.code, run.stderr).toBe(0)
    expect(Object.keys((await outputState(join(dir, 'jsonld'))).files)).toContain(`${slug}.jsonld`)
  })
})
