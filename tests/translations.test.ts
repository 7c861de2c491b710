import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { translationGroups } from '../scripts/core/translations/translationGroups.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { runJobld } from './support/exportRun.ts'

const fixture = (name: string) => `tests/fixtures/translations/${name}/input.ndjson`
const now = '2026-11-26'
const enId = 'vacancy.example-customer-service-employee-utrecht'

describe('translations linked by @sanity/document-internationalization', () => {
  it('reads the groups from translation metadata documents, by _key or by a language field', () => {
    const reference = (id: string) => ({ _type: 'reference', _ref: id })
    expect(
      translationGroups([
        { _id: 'm1', _type: 'translation.metadata', translations: [{ _key: 'nl', value: reference('a') }, { _key: 'en', value: reference('b') }] },
        { _id: 'm2', _type: 'translation.metadata', translations: [{ _key: 'k1', language: 'nl', value: reference('c') }, { _key: 'k2', language: 'en', value: reference('d') }] },
        { _id: 'drafts.m3', _type: 'translation.metadata', translations: [{ _key: 'nl', value: reference('e') }, { _key: 'en', value: reference('f') }] },
        { _id: 'm4', _type: 'translation.metadata', translations: [{ _key: 'nl', value: reference('g') }, { _key: 'en' }] },
        { _id: 'a', _type: 'vacancy' },
      ]),
    ).toEqual([
      { id: 'm1', members: [{ id: 'a', language: 'nl' }, { id: 'b', language: 'en' }] },
      { id: 'm2', members: [{ id: 'c', language: 'nl' }, { id: 'd', language: 'en' }] },
    ])
  })

  it('passes translations that agree on every fact, without a notice for the metadata document', async () => {
    const run = await runJobld(['validate', '--from', fixture('agreeing'), '--now', now])
    expect(run.stderr).not.toContain('translation.metadata')
    expect(run.stderr).toMatch(/Valid: 1 job profile page and 3 vacancies would be written\.\n$/)
    expect(run.code).toBe(0)
  })

  it.each([['in this thread', '0'], ['on worker threads', '1']])('refuses an English vacancy that states another salary than its Dutch original, %s', async (_where, workers) => {
    const run = await runJobld(['validate', '--from', fixture('english-vacancy-other-salary'), '--now', now, '--workers', workers])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`vacancy → ${enId} (${fixture('english-vacancy-other-salary')}:15): does not validate.
  salary.maxValue: Unexpected 3200 in the en translation, expected 3000 as the nl original "vacancy.voorbeeld-customer-service-medewerker-utrecht" states (translations must agree on amounts, dates, employer, location and terms)
  salary.minValue: Unexpected 2900 in the en translation, expected 2700 as the nl original "vacancy.voorbeeld-customer-service-medewerker-utrecht" states (translations must agree on amounts, dates, employer, location and terms)
`)
  })

  it('reports the same disagreement through exportJsonLd', async () => {
    const documents = (await readNdjson(fixture('english-vacancy-other-salary'))).documents.map((d) => d.value)
    const result = await exportJsonLd(documents, { now })
    expect(result.ok).toBe(false)
    expect(result.issues.filter((i) => i.code === 'translation.disagrees').map((i) => [i.docId, i.path.join('.'), i.params])).toEqual([
      [enId, 'salary.minValue', { found: '2900', expected: '2700', language: 'en', original: 'vacancy.voorbeeld-customer-service-medewerker-utrecht', originalLanguage: 'nl' }],
      [enId, 'salary.maxValue', { found: '3200', expected: '3000', language: 'en', original: 'vacancy.voorbeeld-customer-service-medewerker-utrecht', originalLanguage: 'nl' }],
    ])
  })

  it('checks the group again when an export kept its store and only the translation changed, and again when it is put right', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lifecycle-translations-'))
    const file = join(dir, 'data.ndjson')
    const agreeing = await readFile(fixture('agreeing'), 'utf8')
    const export_ = () => runJobld(['export', '--from', file, '--out', join(dir, 'out'), '--now', now, '--workers', '0'])
    await writeFile(file, agreeing)
    const first = await export_()
    expect(first.code).toBe(0)
    // Only the English vacancy's line changes: the metadata document and the Dutch original are as they were.
    const english = agreeing.split('\n').findIndex((line) => line.includes(`"_id":"${enId}"`))
    const lines = agreeing.split('\n')
    lines[english] = (lines[english] ?? '').replace('"minValue":2700', '"minValue":2900')
    expect(lines.join('\n')).not.toBe(agreeing)
    await writeFile(file, lines.join('\n'))
    const changed = await export_()
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain(`vacancy → ${enId} (${file}:15): does not validate.
  salary.minValue: Unexpected 2900 in the en translation, expected 2700 as the nl original "vacancy.voorbeeld-customer-service-medewerker-utrecht" states`)
    await writeFile(file, agreeing)
    const fixed = await export_()
    expect(fixed.stderr).not.toContain('translation.disagrees')
    expect(fixed.stderr).not.toContain('in the en translation')
    expect(fixed.code).toBe(0)
  })
})
