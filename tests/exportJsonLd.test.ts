import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../scripts/sources/readMarkdown.ts'
import { exportJsonLd } from '../scripts/index.ts'
import { readTree, runCli } from './support/exportRun.ts'

const now = new Date('2026-11-26T12:00:00Z')

describe('exportJsonLd, the programmatic API', () => {
  it('returns exactly the files the export command writes, without touching the file system', async () => {
    const { documents } = await readMarkdown(['content'])
    const result = await exportJsonLd(
      documents.map((d) => d.value),
      { now },
    )
    expect(result.ok).toBe(true)
    const out = join(await mkdtemp(join(tmpdir(), 'jobld-api-')), 'jsonld')
    expect((await runCli(['--out', out, '--now', '2026-11-26', '--no-cache'])).code).toBe(0)
    const written = await readTree(out)
    const fromApi = Object.fromEntries(result.pages.flatMap((p) => [[p.path, p.jsonld], [p.path.replace(/\.jsonld$/, '.html'), p.html]]))
    // The manifest is the one file the API leaves to the caller (renderFiles makes it).
    const { 'manifest.json': _manifest, ...pages } = written
    expect(fromApi).toEqual(pages)
    expect(result.pages.map((p) => [p.path, p.types])).toEqual([
      ['customer-service-employee.jsonld', ['Occupation', 'FAQPage', 'Organization']],
      ['customer-service-medewerker.jsonld', ['Occupation', 'FAQPage', 'Organization']],
      ['vacatures/example-customer-service-employee-utrecht.jsonld', ['JobPosting']],
      ['vacatures/voorbeeld-customer-service-medewerker-remote.jsonld', ['JobPosting']],
      ['vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld', ['JobPosting']],
    ])
  })

  it('reports invalid documents with their id and path and returns ok false', async () => {
    const result = await exportJsonLd([{ _id: 'faqEntry.x', _type: 'faqEntry', question: 'Geen vraag', answer: [], language: 'nl' }], { now })
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => [i.docId, i.path.join('.'), i.message])).toEqual([
      ['faqEntry.x', 'question', 'Unexpected question "Geen vraag", expected it to end with "?"'],
      ['faqEntry.x', 'answer', 'Unexpected empty list, expected at least 1 item'],
    ])
  })
})
