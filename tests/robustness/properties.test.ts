/**
 * Issue 6, property-based: generated content, valid and slightly broken, through the pure
 * export (validate → build → render) and through the Markdown importer.
 * - The export never throws; whenever it says the content is valid, every written `.jsonld`
 *   (parsed back from its bytes) passes the project's own JSON-LD validation and its `.html`
 *   snippet holds exactly the same JSON; the same documents, in any order, give the same bytes.
 * - The importer never throws, and every paragraph or list item it reads ends up in a
 *   document or is named by a message at its line: reported, not dropped.
 */
import { reportOf } from '../support/googleBlock.ts'
import fc from 'fast-check'
import type { Nodes, Paragraph, PhrasingContent } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildPages } from '../../scripts/export/lib/buildPages.ts'
import { validateJsonLd } from '../../scripts/core/jsonld/validateJsonLd.ts'
import { articleToDocuments } from '../../scripts/import/lib/articleToDocuments.ts'
import { parseMarkdownFile } from '../../scripts/import/lib/parseMarkdownFile.ts'
import type { RawDocument } from '../../scripts/core/rawDocument.ts'
import { renderFiles } from '../../scripts/export/lib/renderFiles.ts'
import { formatReport } from '../../scripts/core/formatReport.ts'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readTree, runCli, tempDir } from '../support/exportRun.ts'

const now = new Date('2026-11-26T12:00:00Z')
const RUNS = Number(process.env.JOBLD_PROPERTY_RUNS ?? 60)

// ---------------------------------------------------------------------------------------------
// Documents

type Doc = Record<string, unknown>

/** Words an editor types, and what gets pasted in from elsewhere now and then. */
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('kok', 'bakker', 'Verpleegkundige', 'klanten', 'werk', 'één', 'café', "’s avonds", '€ 2.450', 'ZZP', '24/7', 'mbo-4') },
  { weight: 2, arbitrary: fc.constantFrom('</script>', '<!--', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&amp;', '"', '\\', '{{x}}') },
  { weight: 2, arbitrary: fc.constantFrom('\u202E', '\u200B', '\u2028', '\u2029', '\uFEFF', '\u0000', '\u001B[2J', '\uD800', '👩‍💻', 'e\u0301') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
)
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))
const slug = fc.constantFrom('kok', 'bakker', 'monteur', 'verpleegkundige', 'it-specialist', 'schoonmaker')
const key = fc.stringMatching(/^[a-z0-9]{6}$/)
const block = fc.record({
  _type: fc.constant('block'),
  _key: key,
  style: fc.constantFrom('normal', 'h2', 'h3', 'blockquote'),
  markDefs: fc.constant([{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }, { _type: 'link', _key: 'l2', href: 'https://www.voorbeeld.example.nl/' }]),
  children: fc.array(
    fc.record({ _type: fc.constant('span'), _key: key, text, marks: fc.subarray(['strong', 'em', 'l1', 'l2', 'code']) }),
    { minLength: 1, maxLength: 3 },
  ),
})
const reference = (id: string, withKey = false) => ({ _type: 'reference', _ref: id, ...(withKey ? { _key: `k-${id.replaceAll('.', '-')}` } : {}) })

/** A consistent dataset: an organisation, one or two profiles with tiers and FAQ, and their vacancies. */
const dataset = fc
  .record({
    orgName: text,
    orgUrl: fc.option(fc.constantFrom('https://www.voorbeeld.example.nl', 'https://voorbeeld.example/</script>'), { nil: undefined }),
    profiles: fc.uniqueArray(
      fc.record({
        slug,
        title: text,
        summary: text,
        tasks: fc.array(text, { maxLength: 3 }),
        tiers: fc.array(fc.record({ level: text, monthly: fc.integer({ min: 1500, max: 6000 }) }), { maxLength: 3 }),
        faq: fc.array(fc.record({ question: text.map((q) => `${q}?`), answer: fc.array(block, { minLength: 1, maxLength: 2 }) }), { maxLength: 3 }),
        vacancies: fc.array(fc.record({ title: text, body: fc.array(block, { maxLength: 2 }), remote: fc.boolean(), locality: text }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 2, selector: (p) => p.slug },
    ),
  })
  .map(({ orgName, orgUrl, profiles }): Doc[] => {
    const docs: Doc[] = [{ _id: 'organization.voorbeeld', _type: 'organization', name: orgName, ...(orgUrl ? { url: orgUrl } : {}) }]
    for (const p of profiles) {
      const profileId = `jobProfile.${p.slug}`
      const tierIds = p.tiers.map((_, i) => `salaryTier.${p.slug}.t${i + 1}`)
      const faqIds = p.faq.map((_, i) => `faqEntry.${p.slug}.${i + 1}`)
      docs.push({
        _id: profileId,
        _type: 'jobProfile',
        title: p.title,
        slug: { _type: 'slug', current: p.slug },
        summary: p.summary,
        ...(p.tasks.length ? { tasks: p.tasks } : {}),
        country: 'NL',
        language: 'nl',
        ...(tierIds.length ? { salaryTiers: tierIds.map((id) => reference(id, true)) } : {}),
        ...(faqIds.length ? { faq: faqIds.map((id) => reference(id, true)) } : {}),
        publisher: reference('organization.voorbeeld'),
      })
      // Ranks in order with rising amounts, so the ladder rule holds.
      let monthly = 0
      p.tiers.forEach((tier, i) => {
        monthly = Math.max(monthly + 100, tier.monthly)
        docs.push({
          _id: tierIds[i],
          _type: 'salaryTier',
          level: tier.level,
          rank: i + 1,
          basis: 'gross',
          currency: 'EUR',
          amounts: [{ _key: 'm', _type: 'jobldSalaryAmount', period: 'MONTH', value: monthly }],
        })
      })
      p.faq.forEach((entry, i) => docs.push({ _id: faqIds[i], _type: 'faqEntry', question: entry.question, answer: entry.answer, language: 'nl' }))
      p.vacancies.forEach((v, i) =>
        docs.push({
          _id: `vacancy.${p.slug}-${i + 1}`,
          _type: 'vacancy',
          title: v.title,
          slug: { _type: 'slug', current: `${p.slug}-${i + 1}` },
          jobProfile: reference(profileId),
          ...(tierIds[0] ? { salaryTier: reference(tierIds[0]) } : {}),
          hiringOrganization: reference('organization.voorbeeld'),
          employmentTypes: ['FULL_TIME'],
          ...(v.remote ? { remote: true, applicantCountries: ['NL'] } : { location: { _type: 'jobldJobLocation', country: 'NL', locality: v.locality } }),
          datePosted: '2026-10-01',
          validThrough: '2027-03-31',
          directApply: false,
          ...(v.body.length ? { body: v.body } : {}),
          language: 'nl',
        }),
      )
    }
    return docs
  })

/** Every path to a value inside a document, for mutations to aim at. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix]
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])))
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  return out
}

/** One small editing accident: a value deleted, replaced by something of another shape, or a document twice. */
const mutation = fc.record({
  doc: fc.nat(),
  path: fc.nat(),
  change: fc.oneof(
    fc.constant({ kind: 'delete' as const }),
    fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), text, fc.constantFrom(-1, 0, 1e308, 'NaN', '', null, [], {})) }),
    fc.constant({ kind: 'duplicate' as const }),
  ),
})
/** No accident in two runs of five, so that valid datasets stay common. */
const accidents = fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function childOf(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment]
  if (isRecord(value) && typeof segment === 'string') return value[segment]
  return undefined
}

/** Applies accidents to a copy of the documents; paths and documents are chosen modulo what exists. */
function mutate(docs: ReadonlyArray<Doc>, accidents: ReadonlyArray<Mutation>): Doc[] {
  const out: Doc[] = structuredClone([...docs])
  for (const { doc, path, change } of accidents) {
    const target = out[doc % out.length]
    if (!target) continue
    if (change.kind === 'duplicate') {
      out.push(structuredClone(target))
      continue
    }
    const all = paths(target).filter((p) => p.length > 0)
    const chosen = all[path % all.length]
    if (!chosen) continue
    const parent = chosen.slice(0, -1).reduce<unknown>(childOf, target)
    const last = chosen[chosen.length - 1]
    if (Array.isArray(parent) && typeof last === 'number') {
      if (change.kind === 'delete') parent.splice(last, 1)
      else parent[last] = change.value
    } else if (isRecord(parent) && typeof last === 'string') {
      if (change.kind === 'delete') delete parent[last]
      else parent[last] = change.value
    }
  }
  return out
}

const raw = (docs: Doc[]): RawDocument[] => docs.map((value, i) => ({ value, position: { file: 'generated.ndjson', line: i + 1 } }))

/** Validates, builds and renders: the export without the file system. */
async function exportPure(docs: Doc[]) {
  const result = await buildPages(raw(docs), { now })
  return { result, files: result.ok ? renderFiles(result.pages) : [] }
}

function scriptJson(html: string): unknown {
  const match = /^<script type="application\/ld\+json">\n([\s\S]*)<\/script>\n$/.exec(html)
  if (!match) throw new Error(`Unexpected snippet ${html.slice(0, 60)}`)
  return JSON.parse(match[1] ?? '')
}

describe('generated documents through validate → export', () => {
  it('never throw, and valid content gives output that passes the JSON-LD validation', async () => {
    let valid = 0
    await fc.assert(
      fc.asyncProperty(dataset, accidents, async (docs, accidents) => {
        const { result, files } = await exportPure(mutate(docs, accidents))
        if (!result.ok) return
        valid += 1
        const byPath = new Map(files.map((f) => [f.path, f.content]))
        for (const page of result.pages) {
          const graph: unknown = JSON.parse(byPath.get(page.path) ?? '')
          const errors = validateJsonLd(graph, { docId: page.path, docType: page.kind }).filter((i) => i.severity === 'error')
          expect(errors, page.path).toEqual([])
          expect(scriptJson(byPath.get(page.path.replace(/\.jsonld$/, '.html')) ?? ''), page.path).toEqual(graph)
        }
      }),
      { numRuns: RUNS },
    )
    // Not vacuous: a good share of the generated datasets is exported (about half; a tenth
    // leaves a margin that random runs do not fall through).
    expect(valid).toBeGreaterThan(RUNS / 10)
  })

  // One retry: twice on 7 December this test ran past its 120 s (10–17 s in every other run) while another
  // whole suite shared the 2 cores; each of its runs starts a pool of threads that load the sources through
  // tsx. Alone, and with a whole suite beside it, 200 runs found no stalled export. A failure of the property
  // itself fails both attempts.
  it('give the same report, verdict and bytes in memory and in the CLI on worker threads', { timeout: 120_000, retry: 1 }, async () => {
    // Fewer runs: each starts a pool of threads.
    await fc.assert(
      fc.asyncProperty(dataset, accidents, async (docs, accidents) => {
        const mutated = mutate(docs, accidents)
        const { result, files } = await exportPure(mutated)
        const dir = await tempDir('property-threads')
        const file = join(dir, 'data.ndjson')
        await writeFile(file, mutated.map((doc) => JSON.stringify(doc)).join('\n'))
        const run = await runCli(['--from', file, '--out', join(dir, 'jsonld'), '--cache-dir', join(dir, 'cache'), '--workers', '2', '--now', now.toISOString()])
        expect(run.code).toBe(result.ok ? 0 : 1)
        // The report, as the CLI prints it: the same positions (generated.ndjson:n → the file's own name).
        expect(reportOf(run.stderr)).toBe(formatReport(result.issues).replaceAll('generated.ndjson', file))
        if (!result.ok) return
        const tree = await readTree(join(dir, 'jsonld'))
        expect(tree['manifest.json']).toBe(files.find((f) => f.path === 'manifest.json')?.content)
        expect(tree).toEqual(Object.fromEntries(files.map((f) => [f.path, f.content]).sort(([a = ''], [b = '']) => (a < b ? -1 : 1))))
      }),
      { numRuns: Math.max(4, Math.round(RUNS / 6)) },
    )
  })

  it('are deterministic: the same documents in any order give the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataset.chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }))),
        fc.array(mutation, { maxLength: 1 }),
        async ([docs, shuffled], accidents) => {
          const first = await exportPure(mutate(docs, accidents))
          const again = await exportPure(mutate(docs, accidents))
          expect(again.files).toEqual(first.files)
          expect(again.result.issues).toEqual(first.result.issues)
          if (accidents.length === 0) expect((await exportPure(shuffled)).files).toEqual(first.files)
        },
      ),
      { numRuns: RUNS / 2 },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Markdown

const mdWord = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('kok', 'klanten', 'werk', 'één', 'café', "’s avonds", 'bruto', 'per', 'maand', '€ 2.450', '€ 14,50', 'uur', 'mbo', 'hbo') },
  { weight: 3, arbitrary: fc.constantFrom('**vet**', '*schuin*', '`code`', '[link](https://voorbeeld.example.nl)', '[klik](javascript:alert(1))', '<b>html</b>', '<img src=x onerror=alert(1)>', '![beeld](x.png)', '[^1]', '~~weg~~') },
  { weight: 2, arbitrary: fc.constantFrom('\u202E', '\u200B', '\u2028', '&amp;', '\\*', '<!--', '</script>', '|', '#', '_') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
)
const line = fc.array(mdWord, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
const headingWords = fc.constantFrom('Salaris', 'Taken', 'Competenties', 'Opleiding', 'Veelgestelde vragen', 'Een werkdag', 'Waar werk je', 'In het kort', 'Iets anders')
const section = fc.oneof(
  fc.tuple(headingWords, fc.array(line, { minLength: 1, maxLength: 3 })).map(([h, ps]) => `## ${h}\n\n${ps.join('\n\n')}\n`),
  fc.tuple(headingWords, fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean()).map(
    ([h, items, ordered]) => `## ${h}\n\n${items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n')}\n`,
  ),
  fc.array(fc.tuple(line, line), { minLength: 1, maxLength: 3 }).map(
    (qa) => `## Veelgestelde vragen\n\n${qa.map(([q, a]) => `### ${q}?\n\n${a}\n`).join('\n')}`,
  ),
  fc.tuple(fc.array(fc.tuple(fc.constantFrom('Junior', 'Medior', 'Senior', 'Starter'), fc.integer({ min: 10, max: 40 })), { minLength: 1, maxLength: 3 })).map(
    ([rows]) => `## Salaris\n\n| Niveau | Uurloon | Maandsalaris |\n| --- | --- | --- |\n${rows.map(([level, hourly]) => `| ${level} | € ${hourly},00 | € ${(hourly * 165).toLocaleString('nl-NL')} |`).join('\n')}\n`,
  ),
  fc.constantFrom('<script>alert(1)</script>\n', '```\ncode\n```\n', '> geciteerd\n', '---\n', '[ref]: https://voorbeeld.example.nl\n', '<!-- commentaar -->\n'),
)
const article = fc
  .record({
    frontMatter: fc.oneof(
      { weight: 8, arbitrary: fc.constant('---\norganization: Voorbeeld B.V.\ncountry: NL\nlanguage: nl\n---\n\n') },
      { weight: 1, arbitrary: fc.constant('---\norganization: [kapot\n---\n\n') },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    title: fc.option(line, { nil: undefined, freq: 8 }),
    intro: fc.oneof({ weight: 5, arbitrary: fc.array(line, { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant<string[]>([]) }),
    sections: fc.array(section, { maxLength: 6 }),
  })
  .map(({ frontMatter, title, intro, sections }) =>
    [frontMatter, title !== undefined ? `# ${title}\n\n` : '', intro.map((p) => `${p}\n\n`).join(''), sections.join('\n')].join(''),
  )

/** Whitespace runs made one space, trimmed: how text compares across the importer. */
const normal = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim()

/** A paragraph's text as the importer reads it: with and without the parts it leaves out (HTML, images, footnotes). */
function paragraphText(nodes: ReadonlyArray<PhrasingContent>, keepLeftOut: boolean): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value
        case 'break':
          return ' '
        case 'html':
          return keepLeftOut ? node.value : ' '
        case 'image':
          return keepLeftOut ? node.alt ?? '' : ' '
        case 'strong':
        case 'emphasis':
        case 'delete':
        case 'link':
        case 'linkReference':
          return paragraphText(node.children, keepLeftOut)
        default:
          return ' '
      }
    })
    .join('')
}

function* paragraphs(node: Nodes): Generator<Paragraph> {
  if (node.type === 'paragraph') yield node
  if ('children' in node) for (const child of node.children) yield* paragraphs(child)
}

/** Every text the documents hold: string values, and each Portable Text block's spans joined. */
function documentTexts(docs: ReadonlyArray<RawDocument>): string[] {
  const out: string[] = []
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(normal(value))
    else if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      const record: Record<string, unknown> = { ...value }
      if (record._type === 'block' && Array.isArray(record.children))
        out.push(normal(record.children.map((span: unknown) => (typeof span === 'object' && span !== null && 'text' in span ? String(span.text) : '')).join('')))
      Object.values(record).forEach(visit)
    }
  }
  docs.forEach((doc) => visit(doc.value))
  return out
}

describe('generated Markdown articles through the importer', () => {
  it('never throw, and report every paragraph or list item they do not map', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const file = new VFile({ path: 'generated.md', value: markdown })
        const parsed = parseMarkdownFile(new VFile({ path: 'generated.md', value: markdown }))
        const { documents } = articleToDocuments(file)
        const fatal = file.messages.some((m) => m.fatal === true)
        if (fatal || !parsed) {
          // Nothing imported: then there must be an error saying why.
          expect(documents.length === 0 ? fatal : true).toBe(true)
          return
        }
        const texts = documentTexts(documents)
        const reportedLines = new Set(file.messages.flatMap((m) => (m.line ? [m.line] : [])))
        const lost: string[] = []
        for (const paragraph of paragraphs(parsed.tree)) {
          const start = paragraph.position?.start.line ?? 0
          const end = paragraph.position?.end.line ?? start
          const reported = [...reportedLines].some((l) => l >= start && l <= end)
          const mapped = normal(paragraphText(paragraph.children, false))
          const whole = normal(paragraphText(paragraph.children, true))
          const leftSomethingOut = mapped !== whole
          const found = mapped === '' || texts.some((t) => t.includes(mapped) || t.includes(whole))
          if (!found && !reported) lost.push(`line ${start}: ${JSON.stringify(mapped)}`)
          // What the importer leaves out of a paragraph it keeps (HTML, an image) must be reported too.
          if (found && leftSomethingOut && !reported && !texts.some((t) => t.includes(whole))) lost.push(`line ${start}: left out of ${JSON.stringify(whole)}`)
        }
        expect(lost, markdown).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })
})
