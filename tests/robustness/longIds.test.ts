/**
 * An `_id`, `_type` or reference of thousands of characters stopped the export with "Unexpected
 * failure" (the content store's keys hold at most 954 bytes). An `_id` or reference longer than
 * maxIdLength (256) characters is now a content error at its document (exit 1, nothing written), and a type jobld
 * does not export is a notice whatever its length.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maxIdLength } from '../../scripts/core/constants.ts'
import { NOW, outputState, runCli, tempDir } from '../support/exportRun.ts'

const CLEAN = 'tests/fixtures/robustness/malformed/clean.ndjson'

/** The clean dataset with `edit` applied to its text, exported. */
async function exportEdited(name: string, edit: (text: string) => string) {
  const dir = await tempDir(name)
  const file = join(dir, 'data.ndjson')
  await writeFile(file, edit(await readFile(CLEAN, 'utf8')))
  const out = join(dir, 'jsonld')
  const run = await runCli(['--from', file, '--out', out, '--cache-dir', join(dir, 'cache'), ...NOW])
  return { file, out, run }
}

describe('ids longer than the content store can key', () => {
  it.each([maxIdLength + 1, 2500, 10_000])('an _id of %i characters is a content error at its line; nothing is written', async (length) => {
    const id = `faqEntry.${'x'.repeat(length - 9)}`
    const { file, out, run } = await exportEdited(`long-id-${length}`, (text) => `${text}{"_id":"${id}","_type":"faqEntry","question":"Wat?","answer":[]}\n`)
    expect(run.stderr).not.toContain('Unexpected failure')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`faqEntry → (line 8) (${file}:8): does not validate.\n  _id: Unexpected "faqEntry.xxx`)
    expect(run.stderr).toContain(`(${length.toLocaleString('en')} characters) as _id, expected a non-empty string of at most ${maxIdLength} characters\n`)
    expect((await outputState(out)).kind).toBe('(none)')
  })

  it('a reference of 2,500 characters is a content error at its field', async () => {
    const ref = `salaryTier.${'r'.repeat(2489)}`
    const { file, out, run } = await exportEdited('long-ref', (text) => text.replace('"_ref":"salaryTier.kok.medior"', `"_ref":"${ref}"`))
    expect(run.stderr).not.toContain('Unexpected failure')
    expect(run.code).toBe(1)
    // The first such reference is the profile's to its medior tier.
    expect(run.stderr).toContain(`jobProfile → jobProfile.kok (${file}:2): does not validate.\n  salaryTiers[1]._ref: Unexpected "salaryTier.rrr`)
    expect(run.stderr).toContain(`…", expected at most ${maxIdLength} characters\n`)
    expect((await outputState(out)).kind).toBe('(none)')
  })

  it('a type of 2,500 characters is a notice, and the rest is written', async () => {
    const type = 't'.repeat(2500)
    const { out, run } = await exportEdited('long-type', (text) => `${text}{"_id":"other.1","_type":"${type}"}\n`)
    expect(run.stderr).not.toContain('Unexpected failure')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('_type: notice: Ignored 1 document of unknown type "ttt')
    expect(Object.keys((await outputState(out)).files)).toContain('kok.jsonld')
  })

  it('an _id of the longest length is exported', async () => {
    const id = `faqEntry.${'k'.repeat(maxIdLength - 9)}`
    const { out, run } = await exportEdited('long-id-ok', (text) => text.replaceAll('faqEntry.kok.1', id))
    expect(run.code, run.stderr).toBe(0)
    expect(await readFile(join(out, 'kok.jsonld'), 'utf8')).toContain('Wat doet een kok?')
  })
})
