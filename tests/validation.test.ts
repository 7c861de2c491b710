/**
 * Every validation fixture through every driver of the one export pipeline: in memory (what
 * exportJsonLd and the Studio's preview run), the CLI in its own thread, and the CLI on worker
 * threads. Each must give the same report, the same verdict and, when it writes, the same bytes;
 * the report must equal the fixture's expected.txt, which only `UPDATE=1` writes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportInMemory } from '../scripts/export/lib/engine/exportInMemory.ts'
import { formatReport } from '../scripts/core/formatReport.ts'
import { readNdjson } from '../scripts/sources/readNdjson.ts'
import { readTree, runCli, tempDir } from './support/exportRun.ts'
import { reportOf } from './support/googleBlock.ts'

const root = 'tests/fixtures/validation'
const now = new Date('2026-11-26T12:00:00Z')
const NOW = ['--now', '2026-11-26T12:00:00Z']

/** What a driver gives for a fixture: its report, verdict and page files. */
interface Outcome {
  report: string
  ok: boolean
  files: Record<string, string>
}

async function inMemory(file: string, strict: boolean): Promise<Outcome> {
  const source = await readNdjson(file)
  const result = await exportInMemory(source.documents, { now, strict }, { issues: source.issues })
  const files: Record<string, string> = {}
  if (result.ok) for (const page of result.pages) Object.assign(files, { [page.path]: page.jsonld, [page.path.replace(/\.jsonld$/, '.html')]: page.html })
  return { report: formatReport(result.issues), ok: result.ok, files: sorted(files) }
}

async function cli(file: string, strict: boolean, workers: string): Promise<Outcome & { code: number }> {
  const dir = await tempDir('drivers')
  const out = join(dir, 'jsonld')
  const run = await runCli(['--from', file, '--out', out, '--cache-dir', join(dir, 'cache'), '--workers', workers, ...NOW, ...(strict ? ['--strict'] : [])])
  const files = run.code === 0 ? await readTree(out) : {}
  delete files['manifest.json']
  // The report is what precedes what Google shows per page type and the summary line.
  const report = reportOf(run.stderr)
  return { report, ok: run.code === 0, files: sorted(files), code: run.code }
}

function sorted(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)))
}

describe('validation of documents (layers 1 and 2) and JSON-LD (layer 3), through every driver', () => {
  for (const name of readdirSync(root).sort()) {
    it(`reports ${name} exactly, in memory, in the CLI and on worker threads`, async () => {
      const file = join(root, name, 'input.ndjson')
      const memory = await inMemory(file, false)
      const expectedFile = join(root, name, 'expected.txt')
      if (process.env.UPDATE) writeFileSync(expectedFile, memory.report)
      expect(existsSync(expectedFile), `${expectedFile} is missing: write it with UPDATE=1 and review it`).toBe(true)
      expect(memory.report).toBe(readFileSync(expectedFile, 'utf8'))
      expect(memory.ok).toBe(!memory.report.includes(': does not validate.'))
      for (const workers of ['0', '2']) {
        const { code, ...outcome } = await cli(file, false, workers)
        expect(outcome, `--workers ${workers}`).toEqual(memory)
        expect(code).toBe(memory.ok ? 0 : 1)
      }
    })

    it(`turns the warnings of ${name} into errors with --strict, in memory and in the CLI`, async () => {
      const file = join(root, name, 'input.ndjson')
      const lax = await inMemory(file, false)
      const strict = await inMemory(file, true)
      const warnings = (lax.report.match(/: warning: /g) ?? []).length
      expect(strict.report.includes(': warning: ')).toBe(false)
      expect(strict.ok).toBe(lax.ok && warnings === 0)
      const { code, ...outcome } = await cli(file, true, '0')
      expect(outcome).toEqual(strict)
      expect(code).toBe(strict.ok ? 0 : 1)
    })
  }

  it('has a fixture whose warnings alone decide: valid without --strict, refused with it', async () => {
    const file = join(root, 'warnings-only', 'input.ndjson')
    const lax = await cli(file, false, '0')
    const strict = await cli(file, true, '0')
    expect([lax.code, strict.code]).toEqual([0, 1])
    expect(lax.report).toContain('validThrough: warning: Missing validThrough')
    expect(strict.report).toContain('vacancy → vacancy.kok-utrecht: does not validate.\n  @graph[0].validThrough: Unexpected JobPosting without validThrough')
  })

  it('accepts the valid dataset with no errors and builds one profile page and one vacancy', async () => {
    const source = await readNdjson(join(root, 'valid', 'input.ndjson'))
    const result = await exportInMemory(source.documents, { now })
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(result.pages.map((p) => [p.path, p.types, p.sourceIds])).toEqual([
      [
        'kok.jsonld',
        ['Occupation', 'FAQPage', 'Organization'],
        ['faqEntry.kok.1', 'jobProfile.kok', 'organization.voorbeeld', 'salaryTier.kok.junior', 'salaryTier.kok.medior', 'salaryTier.kok.senior'],
      ],
      ['vacatures/kok-utrecht.jsonld', ['JobPosting'], ['jobProfile.kok', 'organization.voorbeeld', 'salaryTier.kok.medior', 'vacancy.kok-utrecht']],
    ])
  })

  it('leaves an expired vacancy out and says so', async () => {
    const source = await readNdjson(join(root, 'vacancy-expired', 'input.ndjson'))
    const result = await exportInMemory(source.documents, { now })
    expect(result.ok).toBe(true)
    expect(result.pages.map((p) => p.path)).toEqual(['kok.jsonld'])
    expect(result.issues.find((i) => i.code === 'vacancy.expired')).toMatchObject({ docId: 'vacancy.kok-utrecht', path: ['validThrough'] })
  })
})
