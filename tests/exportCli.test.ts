import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTree, runCli } from './support/exportRun.ts'
import { googleBlock } from './support/googleBlock.ts'

const now = ['--now', '2026-11-26']


describe('export command', () => {
  it('writes the seed page, the example vacancies and a manifest from content/', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'jobld-cli-')), 'jsonld')
    const { code, stderr } = await runCli(['--out', out, ...now])
    expect(stderr).toContain('Wrote 2 job profile pages and 3 vacancies (11 files)')
    expect(code).toBe(0)
    const files = await readTree(out)
    expect(Object.keys(files).sort()).toEqual([
      'customer-service-employee.html',
      'customer-service-employee.jsonld',
      'customer-service-medewerker.html',
      'customer-service-medewerker.jsonld',
      'manifest.json',
      'vacatures/example-customer-service-employee-utrecht.html',
      'vacatures/example-customer-service-employee-utrecht.jsonld',
      'vacatures/voorbeeld-customer-service-medewerker-remote.html',
      'vacatures/voorbeeld-customer-service-medewerker-remote.jsonld',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.html',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld',
    ])
    const graph = JSON.parse(files['customer-service-medewerker.jsonld'] ?? '')['@graph']
    expect(graph.map((n: { '@type': string }) => n['@type'])).toEqual(['Occupation', 'FAQPage', 'Organization'])
    // The Dutch page and its English translation, each FAQPage in its own language.
    expect(graph[1].inLanguage).toBe('nl')
    expect(JSON.parse(files['customer-service-employee.jsonld'] ?? '')['@graph'][1]).toMatchObject({ '@type': 'FAQPage', inLanguage: 'en' })
    // The career page gives averages ("gemiddeld"): plain amounts, never a median.
    const monthly = graph[0].estimatedSalary.filter((s: { value: { unitText: string } }) => s.value.unitText === 'MONTH')
    expect(
      monthly.map((s: { '@type': string; name: string; description: string; currency: string; value: { value: number } }) => [
        s['@type'],
        s.name,
        s.value.value,
        s.currency,
        s.description,
      ]),
    ).toEqual([
      ['MonetaryAmount', 'Junior', 2450, 'EUR', 'Gemiddelde, bruto per maand'],
      ['MonetaryAmount', 'Medior', 2800, 'EUR', 'Gemiddelde, bruto per maand'],
      ['MonetaryAmount', 'Senior', 3100, 'EUR', 'Gemiddelde, bruto per maand'],
    ])
    expect(JSON.stringify(graph[0].estimatedSalary)).not.toContain('median')
    expect(graph[1].mainEntity.map((q: { name: string }) => q.name)).toEqual([
      'Wat is een customer service medewerker?',
      'Hoeveel verdien je als customer service medewerker?',
      'Wat doe je als customer service medewerker?',
      'Welke opleiding heb je nodig om customer service medewerker te worden?',
      'Is werken als customer service medewerker commercieel?',
      'Welke doorgroeimogelijkheden zijn er voor customer service medewerkers?',
    ])
    const remote = JSON.parse(files['vacatures/voorbeeld-customer-service-medewerker-remote.jsonld'] ?? '')['@graph'][0]
    expect(remote).toMatchObject({
      '@type': 'JobPosting',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'NL' }],
      // The employer's own range for its 24 hours (pay transparency: a tier's estimate would not do).
      workHours: '24 uur per week',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 1500, maxValue: 1650, unitText: 'MONTH' },
      },
      hiringOrganization: { '@type': 'Organization', name: 'Voorbeeld B.V.' },
      relevantOccupation: { '@id': graph[0]['@id'] },
    })
    expect(remote).not.toHaveProperty('estimatedSalary')
    const utrecht = JSON.parse(files['vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld'] ?? '')['@graph'][0]
    expect(utrecht.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 2700, maxValue: 3000, unitText: 'MONTH' },
    })
    expect(utrecht).not.toHaveProperty('estimatedSalary')
    const manifest = JSON.parse(files['manifest.json'] ?? '')
    expect(manifest.pages.map((p: { path: string; types: string[] }) => [p.path, p.types])).toEqual([
      ['customer-service-employee.jsonld', ['Occupation', 'FAQPage', 'Organization']],
      ['customer-service-medewerker.jsonld', ['Occupation', 'FAQPage', 'Organization']],
      ['vacatures/example-customer-service-employee-utrecht.jsonld', ['JobPosting']],
      ['vacatures/voorbeeld-customer-service-medewerker-remote.jsonld', ['JobPosting']],
      ['vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld', ['JobPosting']],
    ])
  })

  it("states a tier's estimate once per vacancy, as the documents the export keeps between pages give it", async () => {
    // The command checks across documents on slim copies (core/model/slimDocument.ts): hours and statistic must survive.
    for (const name of ['vacancy-estimate-prorated', 'vacancy-estimate-hourly', 'tier-median']) {
      const fixture = join('tests/fixtures/validation', name)
      const out = join(await mkdtemp(join(tmpdir(), 'jobld-cli-')), 'jsonld')
      const { code, stderr } = await runCli(['--from', join(fixture, 'input.ndjson'), '--out', out, ...now])
      expect(code).toBe(0)
      expect(stderr).toBe(`${await readFile(join(fixture, 'expected.txt'), 'utf8')}${googleBlock}Wrote 1 job profile page and 1 vacancy (5 files) to ${out}.\n`)
    }
    const out = join(await mkdtemp(join(tmpdir(), 'jobld-cli-')), 'jsonld')
    const { stderr } = await runCli(['--out', out, ...now])
    // The bundled vacancies state the employer's own pay (pay transparency): no estimate to report.
    expect(stderr.split('\n').filter((line) => line.includes('Estimated from salary tier'))).toEqual([])
  })

  it('gives byte-identical output on a second run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-cli-'))
    await runCli(['--out', join(dir, 'a'), ...now])
    await runCli(['--out', join(dir, 'b'), ...now])
    expect(await readTree(join(dir, 'b'))).toEqual(await readTree(join(dir, 'a')))
  })

  it('exits 1 on invalid content, prints the report, and leaves the previous output as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-cli-'))
    const out = join(dir, 'jsonld')
    expect((await runCli(['--out', out, ...now])).code).toBe(0)
    const before = await readTree(out)
    const bad = join(dir, 'bad.ndjson')
    await writeFile(
      bad,
      `${JSON.stringify({ _id: 'faqEntry.x', _type: 'faqEntry', question: 'Geen vraag', answer: [], language: 'nl' })}\n`,
    )
    const { code, stderr } = await runCli(['--from', bad, '--out', out, ...now])
    expect(code).toBe(1)
    expect(stderr).toBe(
      [
        `faqEntry → faqEntry.x (${bad}:1): does not validate.`,
        '  answer: Unexpected empty list, expected at least 1 item',
        '  question: Unexpected question "Geen vraag", expected it to end with "?"',
        `2 errors: nothing written, ${out} left as it was.`,
        '',
      ].join('\n'),
    )
    expect(await readTree(out)).toEqual(before)
  })

  it('prints the report as JSON with --format json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-cli-'))
    const bad = join(dir, 'bad.ndjson')
    await writeFile(bad, '{"_id":"organization.x","_type":"organization","name":""}\n')
    const { code, stdout } = await runCli(['--from', bad, '--dry-run', '--format', 'json', ...now])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      counts: { error: 1, warning: 0, notice: 0 },
      google: [
        { type: 'JobPosting', status: 'shown', feature: 'job search results (job postings, Indexing API)', checks: 'google', source: 'https://developers.google.com/search/docs/appearance/structured-data/job-posting' },
        { type: 'Occupation', status: 'retired', since: '2025-09-09', feature: 'the Estimated Salary result', checks: 'guidance', source: 'https://developers.google.com/search/docs/appearance/structured-data/estimated-salary' },
        { type: 'FAQPage', status: 'retired', since: '2026-05-07', feature: 'FAQ rich results', checks: 'guidance', source: 'https://developers.google.com/search/docs/appearance/structured-data/faqpage' },
      ],
      issues: [
        {
          severity: 'error',
          code: 'schema.too_small',
          docId: 'organization.x',
          docType: 'organization',
          path: 'name',
          message: 'Unexpected empty text, expected at least 1 character',
          params: { origin: 'string' },
          messageId: 'schema.too_small.empty',
          position: { file: bad, line: 1 },
        },
      ],
    })
  })

  it('validates without writing with --dry-run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-cli-'))
    const { code, stderr } = await runCli(['--dry-run', '--out', join(dir, 'out'), ...now])
    expect(code).toBe(0)
    expect(stderr).toContain(`${googleBlock}Valid: 2 job profile pages and 3 vacancies would be written.`)
    expect(await readdir(dir)).toEqual([])
  })

  it('exits 2 on usage errors without a stack', async () => {
    expect(await runCli(['--format', 'xml'])).toEqual({ code: 2, stdout: '', stderr: 'Unexpected --format xml, expected pretty or json\n' })
    expect(await runCli(['--from', '/nonexistent/x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Cannot read --from /nonexistent/x: no such file or folder\n',
    })
    expect((await runCli(['--bogus'])).code).toBe(2)
    expect((await runCli(['--now', 'yesterday'])).stderr).toBe('Unexpected --now yesterday, expected a date like 2026-11-26\n')
  })

  it('shows help and exits 0', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('--from')
    expect(stdout).toContain('--strict')
  })

  it('reads the bundled content from a copy in another folder (Markdown source)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobld-cli-'))
    await cp('content', join(dir, 'content'), { recursive: true })
    const { code } = await runCli(['--out', 'dist/jsonld', ...now], {}, dir)
    expect(code).toBe(0)
    expect(Object.keys(await readTree(join(dir, 'dist/jsonld')))).toContain('customer-service-medewerker.jsonld')
  })
})
