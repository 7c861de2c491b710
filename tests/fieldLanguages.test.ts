import { mkdtemp, readFile } from 'node:fs/promises'
import { createClient } from '@sanity/client'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { resolveConfig } from '../scripts/core/config/resolveConfig.ts'
import { ConfigError } from '../scripts/core/config/configError.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { expandFieldLanguages } from '../scripts/core/translations/expandFieldLanguages.ts'
import { NOW, readTree, runCli, runJobld } from './support/exportRun.ts'
import { cacheDirFor } from '../scripts/export/io/cacheDir.ts'
import { updateOutput } from '../scripts/export/io/updateOutput.ts'
import { startContentLake } from './support/contentLakeServer.ts'
import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import type { SchemaTypeDefinition } from 'sanity'
import { jobldSchemaTypes } from '../schemas/index.ts'
import { defaultTypeNames } from '../scripts/core/model/documentTypes.ts'
import { resolveJobldOptions } from '../studio/plugin/options.ts'

const fixture = (name: string) => `tests/fixtures/field-languages/${name}/input.ndjson`
const now = '2026-11-26'
const base = 'https://www.example.nl/beroepen'
const enVacancy = 'vacatures/voorbeeld-customer-service-medewerker-utrecht-en.jsonld'

async function exported(name: string, extra: string[]): Promise<{ code: number; stderr: string; tree: Record<string, string> }> {
  const out = join(await mkdtemp(join(tmpdir(), 'lifecycle-fields-')), 'jsonld')
  const run = await runJobld(['export', '--from', fixture(name), '--out', out, '--now', now, '--base-url', base, '--no-cache', ...extra])
  return { code: run.code, stderr: run.stderr, tree: run.code === 0 ? await readTree(out) : {} }
}

/** The graph's nodes of one page, by `@type`. */
function nodes(jsonld: string | undefined): Record<string, Record<string, unknown>> {
  const graph: unknown = JSON.parse(jsonld ?? '{}')['@graph']
  if (!Array.isArray(graph)) throw new Error('no @graph')
  return Object.fromEntries(graph.map((node: Record<string, unknown>) => [String(node['@type']), node]))
}

describe('field-level translations (sanity-plugin-internationalized-array) with fieldLanguages', () => {
  it.each([['in this thread', '0'], ['on worker threads', '1']])(
    'exports one page per language from one document, as its document-level twin does, %s',
    async (_where, workers) => {
      const fields = await exported('nl-en', ['--field-languages', 'nl,en', '--workers', workers])
      const twin = await exported('document-level-twin', ['--workers', workers])
      expect(fields.code).toBe(0)
      expect(twin.code).toBe(0)
      const pages = (tree: Record<string, string>) => Object.keys(tree).filter((path) => path.endsWith('.jsonld'))
      expect(pages(fields.tree)).toEqual([
        'customer-service-medewerker-en.jsonld',
        'customer-service-medewerker.jsonld',
        'vacatures/voorbeeld-customer-service-medewerker-remote.jsonld',
        enVacancy,
        'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld',
      ])
      // Every page and sitemap is the twin's, byte for byte, but the English vacancy: its employer's name is per language.
      for (const path of Object.keys(twin.tree).filter((path) => path !== 'manifest.json' && !path.startsWith(enVacancy.replace('.jsonld', '')))) expect([path, fields.tree[path]]).toEqual([path, twin.tree[path]])
      expect(fields.tree[enVacancy]).toBe(twin.tree[enVacancy]?.replaceAll('"name": "Voorbeeld B.V."', '"name": "Example Ltd."'))
      expect(fields.tree[enVacancy]).not.toBe(twin.tree[enVacancy])

      const english = nodes(fields.tree['customer-service-medewerker-en.jsonld'])
      expect(english.Occupation?.name).toBe('Customer service employee')
      expect(english.FAQPage?.inLanguage).toBe('en')
      expect(english.FAQPage?.mainEntity).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'What is a customer service employee?' })]))
      expect(nodes(fields.tree['customer-service-medewerker.jsonld']).FAQPage?.inLanguage).toBe('nl')
      expect(fields.tree['sitemap-beroepen.xml']).toContain(
        `<url><loc>${base}/customer-service-medewerker-en</loc><xhtml:link rel="alternate" hreflang="en" href="${base}/customer-service-medewerker-en"/><xhtml:link rel="alternate" hreflang="nl" href="${base}/customer-service-medewerker"/><xhtml:link rel="alternate" hreflang="x-default" href="${base}/customer-service-medewerker"/></url>`,
      )
      // The Dutch vacancy without arrays points at the Dutch version of the employer.
      expect(nodes(fields.tree['vacatures/voorbeeld-customer-service-medewerker-remote.jsonld']).JobPosting?.hiringOrganization).toEqual(expect.objectContaining({ name: 'Voorbeeld B.V.' }))
    },
  )

  it('refuses a document whose array lacks a field language, naming the document, its line and the field', async () => {
    const run = await exported('missing-language', ['--field-languages', 'nl,en'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`jobProfile → jobProfile.customer-service-medewerker (${fixture('missing-language')}:7): does not validate.
  summary: Unexpected summary without a value in en, expected one for each of the field languages (nl and en): each language is a page of its own
`)
    expect(run.stderr).toMatch(/\n1 error: nothing written, .* left as it was\.\n$/)
  })

  it('refuses a reference to a document with field-level text from a document in a language it has no version in', () => {
    const faq = { _id: 'faq.1', _type: 'faqEntry', question: [{ _key: 'k1', _type: 'internationalizedArrayStringValue', language: 'nl', value: 'Wat?' }], language: 'nl' }
    const profile = { _id: 'profile.en', _type: 'jobProfile', language: 'en', faq: [{ _key: 'f1', _type: 'reference', _ref: 'faq.1' }] }
    const result = expandFieldLanguages([{ value: faq }, { value: profile, position: { file: 'in.ndjson', line: 2 } }], ['nl'])
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        docId: 'profile.en',
        path: ['faq', 0],
        message: 'Unexpected reference from a document in en to "faq.1", whose text is per language, expected a document in one of its languages (nl)',
      }),
    ])
    expect(result.documents.map((doc) => doc.value)).toEqual([{ ...faq, question: 'Wat?' }, profile])
  })

  it('reads the arrays only with the option: without it they are no text', async () => {
    const run = await exported('nl-en', [])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('question: Unexpected list a list of 2, expected text')
  })

  it('cleans stega encoding inside array values and languages, through exportJsonLd', async () => {
    const { documents } = await readNdjson(fixture('nl-en'))
    const clean = documents.map((doc) => doc.value)
    const encode = (value: unknown, id: string): unknown => {
      if (typeof value === 'string') return vercelStegaCombine(value, { origin: 'sanity.io', href: `/studio/intent/edit/id=${id}` }, false)
      if (Array.isArray(value)) return value.map((item) => encode(item, id))
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key.startsWith('_') ? item : encode(item, id)]))
      return value
    }
    const stega = clean.map((doc) => Object.fromEntries(Object.entries(doc).map(([key, item]) => [key, key.startsWith('_') ? item : encode(item, String(doc._id))])))
    expect(JSON.stringify(stega)).toContain('"language":"en\u200b')
    const options = { now, baseUrl: base, fieldLanguages: ['nl', 'en'] }
    const plain = await exportJsonLd(clean, options)
    const encoded = await exportJsonLd(stega, options)
    expect(plain.ok).toBe(true)
    expect(plain.pages).toHaveLength(5)
    expect(encoded.pages.map((page) => [page.path, page.jsonld])).toEqual(plain.pages.map((page) => [page.path, page.jsonld]))
    expect(encoded.issues.filter((issue) => issue.code === 'stega.cleaned')).toHaveLength(1)
  })

  it('takes the languages of the content model, each once', () => {
    expect(resolveConfig({ fieldLanguages: 'nl,en' }, { now: new Date() }).fieldLanguages).toEqual(['nl', 'en'])
    expect(resolveConfig({ fieldLanguages: ['en', 'nl'] }, { now: new Date() }).fieldLanguages).toEqual(['en', 'nl'])
    expect(resolveConfig({}, { now: new Date() }).fieldLanguages).toBeUndefined()
    expect(() => resolveConfig({ fieldLanguages: 'nl,de' }, { now: new Date() })).toThrow(
      new ConfigError('INVALID_OPTION', 'fieldLanguages', 'Unexpected fieldLanguages nl,de: "de" is no language of the content model (nl, en), expected languages of the content model separated by commas, such as nl,en'),
    )
    expect(() => resolveConfig({ fieldLanguages: 'nl,nl' }, { now: new Date() })).toThrow('"nl" is given twice')
  })

  it("gives the Studio's translatable fields the array plugin's types with the option, and plain text without it", () => {
    const fieldsOf = (types: SchemaTypeDefinition[], name: string) => {
      const found = types.find((type) => type.name === name)
      return found && 'fields' in found && Array.isArray(found.fields) ? Object.fromEntries(found.fields.map((field: { name: string; type: string }) => [field.name, field.type])) : {}
    }
    const options = resolveJobldOptions({ fieldLanguages: ['nl', 'en'] })
    expect(options.fieldLanguages).toEqual(['nl', 'en'])
    const perLanguage = jobldSchemaTypes(options)
    const plain = jobldSchemaTypes({ names: defaultTypeNames, ownOrganization: false })
    expect(fieldsOf(perLanguage, 'jobProfile')).toEqual(expect.objectContaining({ title: 'internationalizedArrayString', summary: 'internationalizedArrayText', iscoCode: 'string' }))
    expect(fieldsOf(perLanguage, 'faqEntry')).toEqual(expect.objectContaining({ question: 'internationalizedArrayString', answer: 'jobldBlockText' }))
    expect(fieldsOf(perLanguage, 'organization')).toEqual(expect.objectContaining({ name: 'internationalizedArrayString' }))
    expect(fieldsOf(perLanguage, 'vacancy')).toEqual(expect.objectContaining({ title: 'internationalizedArrayString' }))
    expect(fieldsOf(plain, 'jobProfile')).toEqual(expect.objectContaining({ title: 'string', summary: 'text' }))
    // Stand-ins for the types the array plugin registers (internationalizedArray({ fieldTypes: ['string', 'text'] })): Sanity resolves every field.
    const standIn = (type: string): SchemaTypeDefinition => ({
      name: `internationalizedArray${type[0]?.toUpperCase()}${type.slice(1)}`,
      type: 'array',
      of: [{ type: 'object', name: `internationalizedArray${type[0]?.toUpperCase()}${type.slice(1)}Value`, fields: [{ name: 'language', type: 'string' }, { name: 'value', type }] }],
    })
    const problems = (types: SchemaTypeDefinition[]) =>
      groupProblems(validateSchema(types).getTypes()).flatMap((group) => group.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message))
    expect(problems([...perLanguage, standIn('string'), standIn('text')])).toEqual([])
    expect(problems(perLanguage).join('\n')).toContain('internationalizedArrayString')
  })

  it("applies the webhook's change to a document with field-level text, reading the dataset whole", async () => {
    const { documents } = await readNdjson(fixture('nl-en'))
    const values: Array<Record<string, unknown>> = documents.map((doc) => ({ ...doc.value, _updatedAt: '2026-11-20T08:00:00Z' }))
    const lake = await startContentLake({ documents: values })
    try {
      const env = { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: lake.dataset, SANITY_API_HOST: lake.url, JOBLD_HTTP_RETRIES: '0' }
      const dir = await mkdtemp(join(tmpdir(), 'lifecycle-fields-webhook-'))
      const out = join(dir, 'jsonld')
      const root = join(dir, 'cache')
      const first = await runCli(['--out', out, '--cache-dir', root, '--workers', '0', '--field-languages', 'nl,en', '--base-url', base, ...NOW], env)
      expect(first.code, first.stderr).toBe(0)
      const organisation = values.find((doc) => doc._id === 'organization.voorbeeld-b-v')
      if (!organisation) throw new Error('Unexpected fixture without the employer')
      const renamed = { ...organisation, name: [{ _key: 'a1', _type: 'internationalizedArrayStringValue', language: 'nl', value: 'Voorbeeld B.V.' }, { _key: 'b2', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Example Limited' }] }
      // Published in the Content Lake, then delivered: the webhook reads what is published now.
      const client = createClient({ projectId: lake.projectId, dataset: lake.dataset, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19', token: 'test-token' })
      await client.createOrReplace({ ...renamed, _id: 'organization.voorbeeld-b-v', _type: 'organization' })
      const result = await updateOutput(
        { now: new Date(now), baseUrl: base, fieldLanguages: ['nl', 'en'], strict: false, cache: true, cacheDir: cacheDirFor(root, out), workers: 0, out, source: { kind: 'contentLake', projectId: lake.projectId, dataset: lake.dataset }, env },
        { upserts: [renamed], deletes: [] },
      )
      expect(result.ok, JSON.stringify(result.issues.filter((issue) => issue.severity === 'error'))).toBe(true)
      expect(result.pages.filter((page) => page.action === 'written').map((page) => page.path)).toContain(enVacancy)
      expect(await readFile(join(out, enVacancy), 'utf8')).toContain('"name": "Example Limited"')
    } finally {
      await lake.close()
    }
  })
})
