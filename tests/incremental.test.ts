import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { readTree, runCli } from './support/exportRun.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../bench/generateDataset.ts'
import { createRandom, type Random } from '../bench/random.ts'
import { exportToFolder as exportWithCache, type FolderExportOptions as CachedExportOptions } from '../scripts/export/io/exportToFolder.ts'
import { runExport } from '../scripts/export/command.ts'
import { boundReport, formatBoundedReport, formatReport } from '../scripts/core/formatReport.ts'
import { renderManifest } from '../scripts/export/lib/renderFiles.ts'

type Doc = Record<string, unknown>

const now = new Date('2026-11-26T12:00:00Z')

const ndjson = (docs: ReadonlyArray<Doc>) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n'

/** A small dataset: the first `profiles` profiles with their documents, and the rest held back to be added later. */
function dataset(seed: number) {
  const docs = [...generateDataset({ documents: 8 * 17 + 4, seed })]
  const groups: Doc[][] = [[]]
  for (const doc of docs) {
    if (doc._type === 'jobProfile') groups.push([])
    groups[groups.length - 1]?.push(doc)
  }
  const [shared = [], ...profiles] = groups
  return { docs: [...shared, ...profiles.slice(0, 6).flat()], heldBack: profiles.slice(6) }
}

const clone = (doc: Doc): Doc => structuredClone(doc)
const ofType = (docs: Doc[], type: string) => docs.map((d, i) => [d, i] as const).filter(([d]) => d._type === type)
const pick = <T,>(random: Random, items: ReadonlyArray<T>): T | undefined => (items.length ? random.pick(items) : undefined)

/** The random edits an editor makes, each keeping the dataset valid unless it says otherwise. */
const edits: Record<string, (docs: Doc[], random: Random, heldBack: Doc[][]) => string | undefined> = {
  faqAnswer(docs, random) {
    const found = pick(random, ofType(docs, 'faqEntry'))
    if (!found) return undefined
    const [doc, i] = found
    const next = clone(doc)
    const answer = Array.isArray(next.answer) ? next.answer : []
    answer.push({ _type: 'block', _key: `k${random.key()}`, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `s${random.key()}`, text: `Extra ${random.int(1, 999)}.`, marks: [] }] })
    docs[i] = { ...next, answer }
    return `answer of ${String(doc._id)}`
  },
  tierAmount(docs, random) {
    const found = pick(random, ofType(docs, 'salaryTier'))
    if (!found) return undefined
    const [doc, i] = found
    const amounts = Array.isArray(doc.amounts) ? doc.amounts : []
    const scale = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1.01 * 100) / 100 : v)
    docs[i] = { ...doc, amounts: amounts.map((a: Doc) => ({ ...a, value: scale(a.value), minValue: scale(a.minValue), maxValue: scale(a.maxValue) })) }
    return `amounts of ${String(doc._id)}`
  },
  deleteVacancy(docs, random) {
    const found = pick(random, ofType(docs, 'vacancy'))
    if (!found) return undefined
    docs.splice(found[1], 1)
    return `deleted ${String(found[0]._id)}`
  },
  addProfile(docs, _random, heldBack) {
    const group = heldBack.shift()
    if (!group) return undefined
    docs.push(...group)
    return `added ${String(group[0]?._id)}`
  },
  renameSlug(docs, random) {
    const found = pick(random, [...ofType(docs, 'jobProfile'), ...ofType(docs, 'vacancy')])
    if (!found) return undefined
    const [doc, i] = found
    docs[i] = { ...doc, slug: { _type: 'slug', current: `hernoemd-${random.int(1, 99999)}` } }
    return `renamed ${String(doc._id)}`
  },
  renameOrganization(docs, random) {
    const found = pick(random, ofType(docs, 'organization'))
    if (!found) return undefined
    docs[found[1]] = { ...found[0], name: `Werkgever ${random.int(1, 999)}` }
    return `renamed ${String(found[0]._id)}`
  },
  moveLine(docs, random) {
    const [doc] = docs.splice(random.int(0, docs.length - 1), 1)
    if (!doc) return undefined
    docs.splice(random.int(0, docs.length), 0, doc)
    return `moved ${String(doc._id)}`
  },
  deleteFaqEverywhere(docs, random) {
    const found = pick(random, ofType(docs, 'faqEntry'))
    if (!found) return undefined
    const id = found[0]._id
    docs.splice(found[1], 1)
    for (const [profile, i] of ofType(docs, 'jobProfile'))
      docs[i] = { ...profile, faq: (Array.isArray(profile.faq) ? profile.faq : []).filter((r: Doc) => r._ref !== id) }
    return `deleted ${String(id)} and its references`
  },
}

async function compare(dir: string, file: string, step: number, options: CachedExportOptions) {
  // Incremental runs take turns on worker threads and in this thread; full ones run in this thread:
  // the bytes must not depend on either.
  const threads = step % 2 === 1 ? 2 : 0
  // Odd steps ask for the human report bounded (as `jobld export` does), which the store may read in part.
  const bounded = step % 2 === 1 ? { limit: 3 } : undefined
  const incremental = await exportWithCache({ kind: 'ndjson', file }, {}, join(dir, 'inc', 'jsonld'), { ...options, cache: true, cacheDir: join(dir, 'inc-cache'), workers: threads, report: bounded })
  const fresh = join(dir, `full-${step}`, 'jsonld')
  const full = await exportWithCache({ kind: 'ndjson', file }, {}, fresh, { ...options, cache: false, cacheDir: join(dir, `full-${step}`, 'cache'), workers: 0 })
  expect(incremental.ok).toBe(full.ok)
  if (bounded) {
    const listed = incremental.unlisted ? { listed: incremental.issues, unlisted: incremental.unlisted } : boundReport(incremental.issues, bounded.limit)
    expect(formatBoundedReport(listed, 'all')).toBe(formatBoundedReport(boundReport(full.issues, bounded.limit), 'all'))
  } else expect(formatReport(incremental.issues)).toBe(formatReport(full.issues))
  if (full.ok) {
    const files = await readTree(fresh)
    expect(await readTree(join(dir, 'inc', 'jsonld'))).toEqual(files)
    // The manifest is written in pieces; it must read as renderFiles writes it.
    expect(files['manifest.json']).toBe(renderManifest(JSON.parse(files['manifest.json'] ?? '').pages).content)
  }
  await rm(join(dir, `full-${step}`), { recursive: true, force: true })
  return incremental
}

describe('incremental export', () => {
  it('writes output byte-identical to a full export after random edits', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    const random = createRandom(7)
    const { docs, heldBack } = dataset(11)
    const options: CachedExportOptions = { now, baseUrl: undefined, strict: false, cache: true, cacheDir: '' }
    await writeFile(file, ndjson(docs))
    const first = await compare(dir, file, 0, options)
    expect(first).toMatchObject({ ok: true, reused: 0, profiles: 6, vacancies: 30 })
    const names = Object.keys(edits)
    const done: string[] = []
    for (let step = 1; step <= 16; step++) {
      const name = random.pick(names)
      const edit = edits[name]
      const what = edit?.(docs, random, heldBack)
      if (what) done.push(what)
      // Now and then the clock moves on, and vacancies expire.
      if (random.chance(0.15)) options.now = new Date(options.now.getTime() + 45 * 86_400_000)
      await writeFile(file, ndjson(docs))
      const result = await compare(dir, file, step, options)
      expect(result.ok, done.join('; ')).toBe(true)
      expect(result.reused, done.join('; ')).toBeGreaterThan(0)
    }
    await rm(dir, { recursive: true, force: true })
  })

  it('rebuilds only the pages of a changed FAQ entry and keeps the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    const { docs } = dataset(3)
    const options: CachedExportOptions = { now, baseUrl: 'https://www.example.nl/beroepen', strict: false, cache: true, cacheDir: '' }
    await writeFile(file, ndjson(docs))
    const first = await compare(dir, file, 0, options)
    const own = docs.findIndex((d) => d._type === 'faqEntry' && String(d._id).endsWith('.3'))
    const faq = docs[own]
    if (!faq) throw new Error('Unexpected dataset without an own FAQ entry')
    docs[own] = { ...faq, question: 'Hoeveel uur per week werk je?' }
    await writeFile(file, ndjson(docs))
    const second = await compare(dir, file, 1, options)
    // One profile page uses the entry; every other page is taken over from the previous version.
    expect(second.reused).toBe(first.profiles + first.vacancies - 1)
    // The entry and the profile that uses it were checked again, no other document.
    expect(second).toMatchObject({ full: false, changed: 1, checked: 2, built: 1 })
    await rm(dir, { recursive: true, force: true })
  })

  it('records every page of a full export larger than one batch of the store: each one someone removed is built again', { timeout: 180_000 }, async () => {
    // A full export settles its pages a few thousand at a time (2,000 a batch): more pages than that cross a batch.
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    await writeFile(file, ndjson([...generateDataset({ documents: 8000, seed: 5 })]))
    const options: CachedExportOptions = { now, baseUrl: undefined, strict: false, cache: true, cacheDir: join(dir, 'cache'), workers: 0 }
    const out = join(dir, 'jsonld')
    const first = await exportWithCache({ kind: 'ndjson', file }, {}, out, options)
    expect(first).toMatchObject({ ok: true, full: true })
    expect(first.profiles + first.vacancies).toBeGreaterThan(2000)
    const files = await readTree(out)
    // Every vacancy's files removed: the store's record of each page (the last ones in key order) says what to build again.
    await rm(join(out, 'vacatures'), { recursive: true })
    const second = await exportWithCache({ kind: 'ndjson', file }, {}, out, options)
    expect(second).toMatchObject({ ok: true, full: false, changed: 0, built: first.vacancies, reused: first.profiles })
    expect(await readTree(out)).toEqual(files)
    await rm(dir, { recursive: true, force: true })
  })

  it('reports every issue at the line a full export gives after lines moved, though only the changed documents were checked again', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    const { docs } = dataset(13)
    const options: CachedExportOptions = { now, baseUrl: undefined, strict: false, cache: true, cacheDir: '' }
    const faqs = ofType(docs, 'faqEntry').map(([doc]) => doc)
    const [invalid, duplicated] = faqs
    if (!invalid || !duplicated) throw new Error('Unexpected dataset without two FAQ entries')
    // An FAQ entry with its own error (a question without a question mark), an `_id` on two lines
    // (the second is a duplicate), and a profile referring to a document that does not exist.
    docs[docs.indexOf(invalid)] = { ...invalid, question: 'Zonder vraagteken' }
    docs.push({ ...duplicated, question: `${String(duplicated.question).replace(/\?$/, '')} nog eens?` })
    const profile = ofType(docs, 'jobProfile')[1]
    if (!profile) throw new Error('Unexpected dataset without two profiles')
    docs[profile[1]] = { ...profile[0], faq: [...(Array.isArray(profile[0].faq) ? profile[0].faq : []), { _type: 'reference', _key: 'missing', _ref: 'faqEntry.bestaat-niet' }] }
    await writeFile(file, ndjson(docs))
    const first = await compare(dir, file, 0, options)
    const line = (id: unknown, from = 0) => docs.findIndex((d, i) => i >= from && d._id === id) + 1
    const report = () => formatReport(first.issues)
    expect(report()).toContain(`data.ndjson:${line(invalid._id)}`)
    expect(report()).toContain(`data.ndjson:${line(duplicated._id, line(duplicated._id))}`)
    expect(report()).toContain(`data.ndjson:${line(profile[0]._id)}`)

    // Every line moves down: new organisations in front (their own entries; nothing else is checked again).
    docs.unshift({ _id: 'organization.nieuw-1', _type: 'organization', name: 'Nieuw 1' }, { _id: 'organization.nieuw-2', _type: 'organization', name: 'Nieuw 2' })
    await writeFile(file, ndjson(docs))
    const moved = await compare(dir, file, 1, options)
    expect(moved).toMatchObject({ full: false, changed: 2 })
    expect(formatReport(moved.issues)).toContain(`data.ndjson:${line(invalid._id)}`)
    // The invalid entry moves to the end, and the duplicate's lines swap: the other becomes the document.
    docs.push(...docs.splice(docs.indexOf(docs.find((d) => d._id === invalid._id) ?? {}), 1))
    const twice = docs.flatMap((d, i) => (d._id === duplicated._id ? [i] : []))
    const [a = 0, b = 0] = twice
    ;[docs[a], docs[b]] = [docs[b] ?? {}, docs[a] ?? {}]
    await writeFile(file, ndjson(docs))
    const swapped = await compare(dir, file, 2, options)
    expect(swapped.full).toBe(false)
    expect(formatReport(swapped.issues)).toContain(`data.ndjson:${line(invalid._id)}`)
    await rm(dir, { recursive: true, force: true })
  })

  it('exports in full when the store is damaged, half-written or of another output version, and rebuilds a page whose file went missing', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    const { docs } = dataset(5)
    const options: CachedExportOptions = { now, baseUrl: undefined, strict: false, cache: true, cacheDir: '' }
    await writeFile(file, ndjson(docs))
    const pages = (await compare(dir, file, 0, options)).profiles + 30
    expect(await compare(dir, file, 1, options)).toMatchObject({ full: false, reused: pages, built: 0, changed: 0 })

    // A store file that is not LMDB's: removed and made afresh.
    const [own] = await readdir(join(dir, 'inc-cache'))
    const storeFile = join(dir, 'inc-cache', 'store', 'data.mdb')
    await writeFile(storeFile, 'not a store')
    expect(await compare(dir, file, 2, options)).toMatchObject({ full: true, built: pages })
    void own

    // A --no-cache export in between leaves no store: the next export is a full one.
    await exportWithCache({ kind: 'ndjson', file }, {}, join(dir, 'inc', 'jsonld'), { ...options, cache: false, cacheDir: join(dir, 'inc-cache') })
    await expect(stat(join(dir, 'inc-cache', 'store'))).rejects.toThrow()
    expect(await compare(dir, file, 3, options)).toMatchObject({ full: true })
    // The output changed behind the store's back (its manifest is not the one the store describes).
    await writeFile(join(dir, 'inc', 'jsonld', 'manifest.json'), `${await readFile(join(dir, 'inc', 'jsonld', 'manifest.json'), 'utf8')} `)
    expect(await compare(dir, file, 4, options)).toMatchObject({ full: true })

    await unlink(join(dir, 'inc', 'jsonld', 'vacatures', (await readdir(join(dir, 'inc', 'jsonld', 'vacatures')))[0] ?? ''))
    expect(await compare(dir, file, 5, options)).toMatchObject({ full: false, built: 1, reused: pages - 1 })
    await rm(dir, { recursive: true, force: true })
  })

  it('writes nothing and keeps the previous output when an edit brings an error, and writes what the failed run saw once it is fixed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    const { docs } = dataset(9)
    const options: CachedExportOptions = { now, baseUrl: undefined, strict: false, cache: true, cacheDir: '' }
    await writeFile(file, ndjson(docs))
    await compare(dir, file, 0, options)
    const before = await readTree(join(dir, 'inc', 'jsonld'))
    const i = docs.findIndex((d) => d._type === 'faqEntry')
    const valid = docs[i]
    if (!valid) throw new Error('Unexpected dataset without an FAQ entry')
    docs[i] = { ...valid, question: 'Zonder vraagteken' }
    const j = docs.findIndex((d) => d._type === 'organization')
    docs[j] = { ...docs[j], name: 'Een andere naam' }
    await writeFile(file, ndjson(docs))
    const result = await compare(dir, file, 1, options)
    expect(result.ok).toBe(false)
    expect(await readTree(join(dir, 'inc', 'jsonld'))).toEqual(before)
    // The error fixed, the organisation's new name stays: its pages, seen in the failed run, are written now.
    docs[i] = valid
    await writeFile(file, ndjson(docs))
    const fixed = await compare(dir, file, 2, options)
    expect(fixed.ok).toBe(true)
    expect(fixed.built).toBeGreaterThan(1)
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps the cache in the cache folder, nothing beside or inside the output, and none with --no-cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-incremental-'))
    const file = join(dir, 'data.ndjson')
    await writeFile(file, ndjson(dataset(2).docs))
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir }
    const args = ['--from', file, '--out', 'jsonld', '--now', '2026-11-26', '--cache-dir', 'cache']
    expect(await runExport(args, io)).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['cache', 'data.ndjson', 'jsonld'])
    const [own] = await readdir(join(dir, 'cache'))
    expect(own).toMatch(/^jsonld-[0-9a-f]{12}$/)
    // The content store, and the key that seals it and the journal of every write (scripts/export/io/trust/cacheMac.ts).
    expect((await readdir(join(dir, 'cache', own ?? ''))).sort()).toEqual(['cache-key', 'store'])
    const files = Object.keys(await readTree(join(dir, 'jsonld')))
    expect(files.filter((f) => !/^(vacatures\/)?[a-z0-9-]+\.(jsonld|html)$/.test(f))).toEqual(['manifest.json'])
    expect(await runExport([...args, '--no-cache'], io)).toBe(0)
    expect(await readdir(join(dir, 'cache', own ?? ''))).toEqual(['cache-key'])
    await rm(dir, { recursive: true, force: true })
  })
})

describe('the bounded report', () => {
  it('lists every error and the first documents with only notices, counts the rest, and prints the same after an edit as a full export', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-bounded-'))
    const file = join(dir, 'data.ndjson')
    const { docs } = dataset(11)
    await writeFile(file, ndjson(docs))
    const run = (...more: string[]) => runCli(['--from', file, '--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), '--now', '2026-11-26', ...more])
    const report = (stderr: string) => stderr.slice(0, stderr.indexOf('What Google shows'))
    const headers = (text: string) => text.split('\n').filter((line) => /^\S.* → /.test(line))
    const all = await run('--report-limit', 'all')
    expect(all.code).toBe(0)
    const quiet = headers(report(all.stderr))
    expect(quiet.length).toBeGreaterThan(4)
    const notices = report(all.stderr).split('\n').filter((line) => line.startsWith('  ')).length
    const bounded = await run('--report-limit', '3')
    const listed = report(bounded.stderr)
    expect(headers(listed)).toEqual(quiet.slice(0, 3))
    const shown = listed.split('\n').filter((line) => line.startsWith('  ')).length
    expect(listed).toContain(`… not listed: ${notices - shown} notices in ${quiet.length - 3} more documents (--report-limit all lists them here, --format json lists every issue).\n`)
    // One FAQ entry edited: an incremental export, which reads the stored issues of the listed documents alone.
    const faq = docs.findIndex((doc) => doc._type === 'faqEntry')
    docs[faq] = { ...docs[faq], question: 'Wat doe je precies?' }
    await writeFile(file, ndjson(docs))
    const edited = await run('--report-limit', '3')
    expect(edited.stderr).toContain('unchanged')
    expect(report(edited.stderr)).toBe(listed)
    // An error is listed wherever it sorts, beyond the limit too, and refuses the export.
    docs.push({ ...docs[faq], _id: 'zzz.faq', question: '' })
    await writeFile(file, ndjson(docs))
    const refused = await run('--report-limit', '3')
    expect(refused.code).toBe(1)
    expect(headers(report(refused.stderr)).at(-1)).toMatch(/^faqEntry → zzz\.faq \(.*data\.ndjson:\d+\): does not validate\.$/)
    await rm(dir, { recursive: true, force: true })
  })
})
