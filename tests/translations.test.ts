import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { languageTagFault } from '../scripts/core/translations/languageTagFault.ts'
import { translationGroups } from '../scripts/core/translations/translationGroups.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { readTree, runJobld } from './support/exportRun.ts'

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

  it.each([['in this thread', '0'], ['on worker threads', '1']])('refuses a translation keyed by something that is no hreflang language code, naming the metadata document and its line, %s', async (_where, workers) => {
    const file = fixture('language-key-not-hreflang')
    const run = await runJobld(['validate', '--from', file, '--now', now, '--workers', workers])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`translation.metadata → translation.metadata.vacancy-utrecht (${file}:16): does not validate.
  translations: Unexpected language "en_UK" for translation "${enId}", expected a BCP 47 language tag such as "en" or "en-GB" (the sitemaps give it as hreflang)
`)
    expect(run.stderr).toMatch(/\n1 error: nothing written\.\n$/)
  })

  it('takes language keys Google takes as hreflang, and says what else was expected', () => {
    for (const tag of ['nl', 'en', 'en-GB', 'en-gb', 'fy', 'nds', 'zh-Hant', 'zh-Hant-TW', 'pt-BR']) expect([tag, languageTagFault(tag)]).toEqual([tag, undefined])
    expect(
      ['en_UK', 'english', 'xx', 'qaa', 'en-QQ', 'es-419', 'de-CH-1996', 'nl-u-nu-latn', 'en-UK', 'iw', 'NL-nl'].map((tag) => [tag, languageTagFault(tag)]),
    ).toEqual([
      ['en_UK', 'a BCP 47 language tag such as "en" or "en-GB"'],
      ['english', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['xx', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['qaa', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['en-QQ', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['es-419', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['de-CH-1996', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['nl-u-nu-latn', 'an ISO 639 language code with an optional ISO 3166-1 region, such as "en" or "en-GB"'],
      ['en-UK', 'its canonical form "en-GB"'],
      ['iw', 'its canonical form "he"'],
      ['NL-nl', undefined],
    ])
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

  it('refuses an English vacancy that drops the confidential employer of its Dutch original, and takes an unset switch for false', async () => {
    const documents = (await readNdjson(fixture('agreeing'))).documents.map((d) => d.value)
    const nlId = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
    const set = (fields: Record<string, Record<string, unknown>>) => documents.map((doc) => ({ ...doc, ...fields[String(doc._id)] }))
    const disagreements = async (fields: Record<string, Record<string, unknown>>) =>
      (await exportJsonLd(set(fields), { now })).issues.filter((i) => i.code === 'translation.disagrees').map((i) => [i.docId, i.path.join('.'), i.message])
    expect(await disagreements({ [nlId]: { confidential: true } })).toEqual([
      [
        enId,
        'confidential',
        `Unexpected false in the en translation, expected true as the nl original "${nlId}" states (translations must agree on amounts, dates, employer, location and terms)`,
      ],
    ])
    expect(await disagreements({ [nlId]: { confidential: true }, [enId]: { confidential: true } })).toEqual([])
    expect(await disagreements({ [nlId]: { confidential: false } })).toEqual([])
  })

  it('takes a translation without remote for one that says remote: false, and refuses remote: true against false or nothing', async () => {
    const documents = (await readNdjson(fixture('agreeing'))).documents.map((d) => d.value)
    const nlId = 'vacancy.voorbeeld-customer-service-medewerker-utrecht'
    // Each vacancy of the pair with its `remote` as given: a boolean, or no field at all.
    const remote = (nl: boolean | undefined, en: boolean | undefined) =>
      documents.map((doc) => {
        if (doc._id !== nlId && doc._id !== enId) return doc
        const { remote: _, ...rest } = doc
        const value = doc._id === nlId ? nl : en
        // A remote vacancy names the countries it takes applicants from (else it is refused before any comparison).
        return value === undefined ? rest : { ...rest, remote: value, ...(value ? { applicantCountries: ['NL'] } : {}) }
      })
    const disagreements = async (nl: boolean | undefined, en: boolean | undefined) =>
      (await exportJsonLd(remote(nl, en), { now })).issues
        .filter((i) => i.code === 'translation.disagrees' && i.path.join('.') === 'remote')
        .map((i) => [i.docId, i.path.join('.'), i.params?.found, i.params?.expected])
    expect(await disagreements(false, undefined)).toEqual([])
    expect(await disagreements(undefined, false)).toEqual([])
    expect(await disagreements(true, true)).toEqual([])
    expect(await disagreements(true, false)).toEqual([[enId, 'remote', 'false', 'true']])
    expect(await disagreements(true, undefined)).toEqual([[enId, 'remote', 'false', 'true']])
    expect(await disagreements(false, true)).toEqual([[enId, 'remote', 'true', 'false']])
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

  it('refuses the bundled English vacancy once its Markdown states another salary, and checks it again when only its original changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lifecycle-translations-md-'))
    const content = join(dir, 'content')
    await cp('content', content, { recursive: true })
    const english = join(content, 'vacancies', 'example-customer-service-employee-utrecht.md')
    const dutch = join(content, 'vacancies', 'voorbeeld-customer-service-medewerker-utrecht.md')
    const export_ = () => runJobld(['export', '--from', content, '--out', join(dir, 'out'), '--now', now, '--workers', '0'])
    expect((await export_()).code).toBe(0)
    const englishText = await readFile(english, 'utf8')
    await writeFile(english, englishText.replace('  minValue: 2700', '  minValue: 2900'))
    const changed = await export_()
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain(`vacancy → ${enId} (${english}:15:1): does not validate.
  salary.minValue: Unexpected 2900 in the en translation, expected 2700 as the nl original "vacancy.voorbeeld-customer-service-medewerker-utrecht" states`)
    // The original follows: the pair agrees again though the translation's file did not change.
    await writeFile(dutch, (await readFile(dutch, 'utf8')).replace('  minValue: 2700', '  minValue: 2900'))
    const agreed = await export_()
    expect(agreed.stderr).not.toContain('in the en translation')
    expect(agreed.code).toBe(0)
  })

  it('lists the bundled content\'s Dutch and English pages as alternates in the sitemaps and names each translation\'s original in the manifest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lifecycle-alternates-'))
    const base = 'https://www.example.nl/beroepen'
    const run = await runJobld(['export', '--out', join(dir, 'out'), '--now', now, '--base-url', base, '--no-cache'])
    expect(run.code).toBe(0)
    const tree = await readTree(join(dir, 'out'))
    const manifest = JSON.parse(tree['manifest.json'] ?? '{}') as { pages: Array<{ path: string; language?: string; translationOf?: string }> }
    expect(manifest.pages.map(({ path, language, translationOf }) => [path, language, translationOf])).toEqual([
      ['customer-service-employee.jsonld', 'en', 'customer-service-medewerker.jsonld'],
      ['customer-service-medewerker.jsonld', 'nl', undefined],
      ['vacatures/example-customer-service-employee-utrecht.jsonld', 'en', 'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld'],
      ['vacatures/voorbeeld-customer-service-medewerker-remote.jsonld', undefined, undefined],
      ['vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld', 'nl', undefined],
    ])
    const profiles = `<xhtml:link rel="alternate" hreflang="en" href="${base}/customer-service-employee"/><xhtml:link rel="alternate" hreflang="nl" href="${base}/customer-service-medewerker"/><xhtml:link rel="alternate" hreflang="x-default" href="${base}/customer-service-medewerker"/>`
    expect(tree['sitemap-beroepen.xml']).toContain(`<url><loc>${base}/customer-service-employee</loc>${profiles}</url><url><loc>${base}/customer-service-medewerker</loc>${profiles}</url>`)
    const utrecht = `<xhtml:link rel="alternate" hreflang="en" href="${base}/vacatures/example-customer-service-employee-utrecht"/><xhtml:link rel="alternate" hreflang="nl" href="${base}/vacatures/voorbeeld-customer-service-medewerker-utrecht"/><xhtml:link rel="alternate" hreflang="x-default" href="${base}/vacatures/voorbeeld-customer-service-medewerker-utrecht"/>`
    expect(tree['sitemap-vacatures.xml']).toContain(`<url><loc>${base}/vacatures/example-customer-service-employee-utrecht</loc>${utrecht}</url>`)
    expect(tree['sitemap-vacatures.xml']).toContain(`<url><loc>${base}/vacatures/voorbeeld-customer-service-medewerker-remote</loc></url>`)
  })

  it('writes the manifest and sitemaps a full export writes when a kept store sees a translation leave its group', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lifecycle-alternates-incremental-'))
    const content = join(dir, 'content')
    await cp('content', content, { recursive: true })
    const base = 'https://www.example.nl/beroepen'
    const export_ = (out: string, ...extra: string[]) => runJobld(['export', '--from', content, '--out', join(dir, out), '--now', now, '--base-url', base, '--workers', '0', ...extra])
    expect((await export_('kept')).code).toBe(0)
    const article = join(content, 'articles', 'customer-service-employee.md')
    await writeFile(article, (await readFile(article, 'utf8')).replace('translationOf: customer-service-medewerker\n', ''))
    const incremental = await export_('kept')
    const full = await export_('fresh', '--no-cache')
    expect([incremental.code, full.code]).toEqual([0, 0])
    const kept = await readTree(join(dir, 'kept'))
    expect(kept).toEqual(await readTree(join(dir, 'fresh')))
    expect(kept['sitemap-beroepen.xml']).not.toContain('customer-service-employee"/>')
    expect(kept['sitemap-vacatures.xml']).toContain('hreflang="x-default"')
  })
})
