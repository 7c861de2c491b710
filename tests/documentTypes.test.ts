import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJsonLd } from '../scripts/index.ts'
import { defaultTypeNames, normaliseTypes, resolveTypeNames } from '../scripts/core/model/documentTypes.ts'
import { parseTypesOption } from '../scripts/core/parseTypesOption.ts'
import { runCli } from './support/exportRun.ts'

const now = ['--now', '2026-11-26']
const renames = { jobProfile: 'careerProfile', organization: 'organization', vacancy: 'job' } as const
const studioNames = { ...defaultTypeNames, ...renames }

/** The valid fixture as a Studio with `jobld({ types: { jobProfile: 'careerProfile', vacancy: 'job' }, organizationType: 'organization' })` stores it. */
async function fixtures() {
  const text = await readFile('tests/fixtures/validation/valid/input.ndjson', 'utf8')
  const original = text.trimEnd().split('\n').map((line): Record<string, unknown> => JSON.parse(line))
  const renamed = original.map((doc) => ({ ...doc, _type: doc._type === 'jobProfile' ? 'careerProfile' : doc._type === 'vacancy' ? 'job' : doc._type }))
  return { original, renamed }
}

async function folder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = join(dir, name)
    const content = await readFile(file, 'utf8').catch(() => undefined)
    if (content !== undefined) out[name] = content
  }
  return out
}

describe('documents under a Studio\'s type names', () => {
  it('reads a renamed document under jobld\'s name and leaves other documents as they are', () => {
    const profile = { _id: 'jobProfile.kok', _type: 'careerProfile', title: 'Kok' }
    expect(normaliseTypes(profile, studioNames)).toEqual({ ...profile, _type: 'jobProfile' })
    const post = { _id: 'post.1', _type: 'post' }
    expect(normaliseTypes(post, studioNames)).toBe(post)
    expect(normaliseTypes(profile, defaultTypeNames)).toBe(profile)
  })

  it('exports them to the same JSON-LD, byte for byte, with --types', async () => {
    const { original, renamed } = await fixtures()
    const dir = await mkdtemp(join(tmpdir(), 'jobld-types-'))
    await writeFile(join(dir, 'original.ndjson'), `${original.map((d) => JSON.stringify(d)).join('\n')}\n`)
    await writeFile(join(dir, 'renamed.ndjson'), `${renamed.map((d) => JSON.stringify(d)).join('\n')}\n`)
    const own = await runCli(['--from', join(dir, 'original.ndjson'), '--out', join(dir, 'own'), ...now])
    const studio = await runCli(['--from', join(dir, 'renamed.ndjson'), '--out', join(dir, 'studio'), '--types', 'jobProfile=careerProfile,vacancy=job', ...now])
    expect([own.code, studio.code]).toEqual([0, 0])
    const expected = await folder(join(dir, 'own'))
    expect(Object.keys(expected)).toEqual(['kok.html', 'kok.jsonld', 'manifest.json', 'vacatures', 'vacatures/kok-utrecht.html', 'vacatures/kok-utrecht.jsonld'].filter((f) => f !== 'vacatures'))
    expect(await folder(join(dir, 'studio'))).toEqual(expected)
    // On worker threads too: they read the file themselves and map the names with the same function.
    const threaded = await runCli(['--from', join(dir, 'renamed.ndjson'), '--out', join(dir, 'threaded'), '--workers', '2', '--types', 'jobProfile=careerProfile,vacancy=job', ...now])
    expect(threaded.code).toBe(0)
    expect(await folder(join(dir, 'threaded'))).toEqual(expected)
    // The same through the library.
    const a = await exportJsonLd(original, { now: '2026-11-26' })
    const b = await exportJsonLd(renamed, { now: '2026-11-26', types: renames })
    expect(b.pages.map((p) => p.jsonld)).toEqual(a.pages.map((p) => p.jsonld))
    expect(b.pages).toHaveLength(2)
  })

  it('ignores them without --types, as documents of unknown types, and the cache does not carry that over', async () => {
    const { renamed } = await fixtures()
    const dir = await mkdtemp(join(tmpdir(), 'jobld-types-'))
    const file = join(dir, 'renamed.ndjson')
    await writeFile(file, `${renamed.map((d) => JSON.stringify(d)).join('\n')}\n`)
    const cacheDir = join(dir, 'cache')
    const plain = await runCli(['--from', file, '--out', join(dir, 'out'), '--cache-dir', cacheDir, ...now])
    expect(plain.stderr).toContain('notice: Ignored 1 document of unknown type "careerProfile", expected one of jobProfile, salaryTier, faqEntry, organization, vacancy')
    expect(plain.stderr).toContain('Wrote 0 job profile pages and 0 vacancies (1 files)')
    const typed = await runCli(['--from', file, '--out', join(dir, 'out'), '--cache-dir', cacheDir, '--types', 'jobProfile=careerProfile,vacancy=job', ...now])
    expect(typed.stderr).toContain('Wrote 1 job profile page and 1 vacancy (5 files)')
  })

  it('refuses a --types option it cannot read, naming the entry', async () => {
    expect(parseTypesOption('jobProfile')).toEqual({ error: 'Unexpected --types entry "jobProfile", expected jobldType=studioType, such as jobProfile=careerProfile' })
    expect(parseTypesOption('career=careerProfile')).toEqual({ error: 'Unexpected type "career", expected one of jobProfile, salaryTier, faqEntry, organization, vacancy' })
    expect(parseTypesOption('jobProfile=a,jobProfile=b')).toEqual({ error: 'Unexpected second --types entry for jobProfile, expected one name per type' })
    expect(resolveTypeNames({ jobProfile: 'vacancy' })).toEqual({ error: 'Unexpected type name "vacancy" for both jobProfile and vacancy, expected a name of its own for each' })
    expect(resolveTypeNames({ jobProfile: 'sanity.x' })).toEqual({
      error: 'Unexpected type name "sanity.x" for jobProfile, expected letters, digits and "_", starting with a letter, and not one of Sanity\'s own type names',
    })
    const { code, stderr } = await runCli(['--types', 'jobProfile', '--dry-run', ...now])
    expect([code, stderr]).toEqual([2, 'Unexpected --types entry "jobProfile", expected jobldType=studioType, such as jobProfile=careerProfile\n'])
  })
})
