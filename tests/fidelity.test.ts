import { describe, expect, it } from 'vitest'
import { measureFidelity, minimumScore, runFidelity } from '../scripts/dev/fidelity.ts'
import type { ActualFacts } from '../scripts/dev/fidelity/actualFacts.ts'
import { ExpectedArticle } from '../scripts/dev/fidelity/expectedArticle.ts'
import { scoreArticle, type ArticleRun } from '../scripts/dev/fidelity/scoreArticle.ts'

const expected = (json: unknown) => ExpectedArticle.parse(json)
const run = (actual: Partial<ActualFacts>, rest: Partial<ArticleRun> = {}): ArticleRun => ({
  messages: [],
  importFailed: false,
  actual: { title: 'Lasser', tiers: [], faq: [], ...actual },
  exportIssues: [],
  ...rest,
})
const verdicts = (score: ReturnType<typeof scoreArticle>) => score.facts.map((f) => `${f.ok ? '✓' : '✗'} ${f.fact}${f.detail ? `: ${f.detail}` : ''}`)

describe('the fidelity corpus (npm run fidelity)', () => {
  it(`imports and exports at least ${100 * minimumScore} % of the expected facts right, exports no net amount as gross and has no refusal the importer did not report`, async () => {
    const { scores, totals } = await measureFidelity(process.cwd())
    expect(scores.length).toBeGreaterThanOrEqual(30)
    expect(scores.flatMap((s) => s.score.netAsGross.map((leak) => `${s.name}: ${leak}`))).toEqual([])
    expect(scores.flatMap((s) => s.score.refusedWithoutReport.map((refusal) => `${s.name}: ${refusal}`))).toEqual([])
    expect(totals.score).toBeGreaterThanOrEqual(minimumScore)
  })
})

describe('scoreArticle', () => {
  it('counts a tier with the right level and amounts as right, and an invented tier against the article', () => {
    const score = scoreArticle(
      expected({ title: 'Lasser', tiers: [{ level: 'Starter', amounts: { MONTH: 2350 } }] }),
      run({
        tiers: [
          { level: 'starter', basis: 'gross', currency: 'EUR', amounts: { MONTH: { value: 2350 } } },
          { level: 'Alle niveaus', basis: 'gross', currency: 'EUR', amounts: { HOUR: { min: 45, max: 60 } } },
        ],
      }),
    )
    expect(verdicts(score)).toEqual(['✓ title', '✓ tier Starter', '✗ invented tier Alle niveaus: HOUR 45–60'])
    expect(score.tiers).toEqual({ expected: 1, actual: 2, right: 1 })
  })

  it('counts a tier whose amount differs in one period as wrong, naming what came out', () => {
    const score = scoreArticle(
      expected({ tiers: [{ level: 'Junior', amounts: { MONTH: { min: 2200, max: 2600 }, HOUR: 14 } }] }),
      run({ tiers: [{ level: 'Junior', basis: 'gross', currency: 'EUR', amounts: { MONTH: { min: 2200, max: 2600 } } }] }),
    )
    expect(verdicts(score)).toEqual(['✗ tier Junior: HOUR nothing'])
  })

  it('finds a net amount exported as gross salary', () => {
    const score = scoreArticle(
      expected({ basis: 'net', tiers: [{ level: 'Alle niveaus', amounts: { MONTH: { min: 450, max: 600 } } }] }),
      run({ tiers: [{ level: 'Alle niveaus', basis: 'gross', currency: 'EUR', amounts: { MONTH: { min: 450, max: 600 } } }] }),
    )
    expect(score.netAsGross).toEqual(['Alle niveaus: 450 per MONTH', 'Alle niveaus: 600 per MONTH'])
    expect(verdicts(score)).toEqual(['✗ tier Alle niveaus: gross', '✗ gross/net: gross'])
  })

  it('counts an export error as unreported only when the import reported no error', () => {
    const issue = { severity: 'error' as const, code: 'tier.order', docId: 'salaryTier.x.b', docType: 'salaryTier', path: [], message: 'Unexpected 10' }
    expect(scoreArticle(expected({}), run({}, { exportIssues: [issue] })).refusedWithoutReport).toEqual(['salaryTier.x.b: Unexpected 10'])
    expect(scoreArticle(expected({}), run({}, { exportIssues: [issue], importFailed: true })).refusedWithoutReport).toEqual([])
  })

  it('wants a figure of another subject out of every tier and a message at its line', () => {
    const article = expected({ notTiers: [{ what: 'zzp-tarief', values: [45, 60], line: 34 }] })
    const inTier = run({ tiers: [{ level: 'Alle niveaus', basis: 'gross', currency: 'EUR', amounts: { HOUR: { min: 45, max: 60 } } }] })
    expect(verdicts(scoreArticle(article, inTier))).toEqual(['✗ invented tier Alle niveaus: HOUR 45–60', '✗ not a tier: zzp-tarief: in a tier: 45, 60'])
    expect(verdicts(scoreArticle(article, run({})))).toEqual(['✗ not a tier: zzp-tarief: no message at line 34'])
    expect(verdicts(scoreArticle(article, run({}, { messages: [{ line: 34, fatal: undefined }] })))).toEqual(['✓ not a tier: zzp-tarief'])
  })

  it('matches questions by their text and answers by their start, and counts an invented question', () => {
    const score = scoreArticle(
      expected({ faq: [{ question: 'Is lassen zwaar?', answer: 'Je staat vaak lang' }] }),
      run({
        faq: [
          { question: 'Wat verdien je?', answer: 'Veel.' },
          { question: 'Is lassen  zwaar?', answer: ' Je staat vaak  lang en werkt soms gebukt.' },
        ],
      }),
    )
    expect(verdicts(score)).toEqual(['✓ faq 1 question', '✓ faq 1 answer', '✗ invented question "Wat verdien je?": not expected'])
  })

  it('wants a median and percentiles as a distribution, not as an average', () => {
    const article = expected({ tiers: [{ level: 'Alle niveaus', amounts: { MONTH: { p10: 2100, median: 2800, p90: 3600 } } }] })
    const asAverage = run({ tiers: [{ level: 'Alle niveaus', basis: 'gross', currency: 'EUR', amounts: { MONTH: { value: 2800 } } }] })
    const asDistribution = run({ tiers: [{ level: 'Alle niveaus', basis: 'gross', currency: 'EUR', amounts: { MONTH: { p10: 2100, median: 2800, p90: 3600 } } }] })
    expect(verdicts(scoreArticle(article, asAverage))).toEqual(['✗ tier Alle niveaus: MONTH 2800'])
    expect(verdicts(scoreArticle(article, asDistribution))).toEqual(['✓ tier Alle niveaus'])
  })

  it('wants a gross four-weekly amount published per year, times 13 (the one rule), never as monthly pay', () => {
    const article = expected({ tiers: [{ level: 'Trede 1', amounts: { FOUR_WEEKS: 2400, MONTH: 2600 } }] })
    const right = run({ tiers: [{ level: 'Trede 1', basis: 'gross', currency: 'EUR', amounts: { YEAR: { value: 31200 }, MONTH: { value: 2600 } } }] })
    const left = run({ tiers: [{ level: 'Trede 1', basis: 'gross', currency: 'EUR', amounts: { MONTH: { value: 2600 } } }] })
    const asMonthly = run({ tiers: [{ level: 'Trede 1', basis: 'gross', currency: 'EUR', amounts: { YEAR: { value: 31200 }, MONTH: { value: 2400 } } }] })
    expect(verdicts(scoreArticle(article, right))).toEqual(['✓ tier Trede 1'])
    expect(verdicts(scoreArticle(article, left))).toEqual(['✗ tier Trede 1: YEAR nothing'])
    expect(verdicts(scoreArticle(article, asMonthly))).toEqual(['✗ tier Trede 1: MONTH 2400'])
  })

  it('scores a broken article as right when the importer refused it', () => {
    expect(verdicts(scoreArticle(expected({ refused: true }), run({ title: undefined }, { importFailed: true })))).toEqual(['✓ refused with an error'])
    expect(verdicts(scoreArticle(expected({ refused: true }), run({})))).toEqual(['✗ refused with an error: no import error'])
  })
})

describe('npm run fidelity', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' }
    return {
      out,
      io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, cwd: process.cwd() },
    }
  }

  it('exits 2 on an unknown argument', async () => {
    const { out, io: streams } = io()
    expect(await runFidelity(['--fast'], streams)).toBe(2)
    expect(out.stderr).toBe('Unexpected argument fast, expected --verbose, --fuzz, --seed, --show or --help\n')
  })

  it('exits 2 on a --fuzz that is not a whole number', async () => {
    const { out, io: streams } = io()
    expect(await runFidelity(['--fuzz', 'many'], streams)).toBe(2)
    expect(out.stderr).toBe('Unexpected --fuzz "many", expected a whole number\n')
  })

  it('prints a row per fixture and the total', async () => {
    const { out, io: streams } = io()
    await runFidelity(['--fuzz', '0'], streams)
    const lines = out.stdout.split('\n')
    // The first column is as wide as the longest fixture name.
    expect(lines[0]).toMatch(/^article +facts {4}right % {2}tier P % {2}tier R % {2}net→gross {2}refused$/u)
    expect(lines.some((line) => /^customer-service-medewerker-seed +19\/19 {2}100\.0/u.test(line))).toBe(true)
    expect(lines.at(-2)).toMatch(/^total +\d+\/\d+ /)
  })

  it('prints the fuzzed articles\' score per value of each layout dimension', async () => {
    const { out, io: streams } = io()
    await runFidelity(['--fuzz', '40', '--seed', '3'], streams)
    const table = out.stdout.slice(out.stdout.indexOf('40 fuzzed articles (seed 3), per layout dimension:'))
    const lines = table.split('\n')
    expect(lines[1]).toBe(`dimension     ${'value'.padEnd(lines[1]?.indexOf('articles') ? (lines[1].indexOf('articles') - 16) : 0)}  articles     facts  right %`)
    for (const dimension of ['locale', 'money', 'title', 'faq markup', 'tier layout', 'period', 'statistic', 'basis', 'distractor'])
      expect(lines.some((line) => line.startsWith(dimension.padEnd(12)))).toBe(true)
    expect(lines.some((line) => /^ +FOUR_WEEKS +\d+ +\d+\/\d+ +\d+\.\d/u.test(line))).toBe(true)
    expect(lines.find((line) => line.startsWith('total'))).toMatch(/^total +40 +\d+\/\d+ +\d+\.\d$/u)
  })
})
