import type { Issue } from '../../core/issue.ts'
import type { SalaryPeriod } from '../../core/constants.ts'
import { publishedAmount } from '../../core/rules/lib/publishedAmount.ts'
import { isModelPeriod, type StatedPeriod } from '../../import/lib/amounts/statedPeriods.ts'
import type { ActualAmount, ActualFacts, ActualTier } from './actualFacts.ts'
import type { ExpectedAmount, ExpectedArticle } from './expectedArticle.ts'

/** One expected fact and whether it came out right. */
export interface FactResult {
  /** What the fact is, e.g. `title`, `tier Junior`, `faq 2 answer`, `not a tier: zzp-tarief`. */
  fact: string
  ok: boolean
  /** What came out instead, when it is wrong. */
  detail?: string
}

/** How one article came out, fact by fact. */
export interface ArticleScore {
  facts: FactResult[]
  /** Tiers expected, tiers exported, and tiers exported right (precision = right / actual, recall = right / expected). */
  tiers: { expected: number; actual: number; right: number }
  /** Net amounts that were exported as gross salary. */
  netAsGross: string[]
  /** Export errors on documents the importer handed over without an error of its own. */
  refusedWithoutReport: string[]
}

/** What the importer and the export did with one article. */
export interface ArticleRun {
  /** The importer's messages: line and whether it was an error (fatal). */
  messages: ReadonlyArray<{ line: number | undefined; fatal: boolean | null | undefined }>
  /** True when the importer reported an error, so nothing of the file reaches the export. */
  importFailed: boolean
  actual: ActualFacts
  /** The export's issues. */
  exportIssues: ReadonlyArray<Issue>
}

const normal = (text: string) => text.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim()
const sameLevel = (a: string, b: string) => normal(a).toLowerCase() === normal(b).toLowerCase()

const amountKeys = ['value', 'min', 'max', 'p10', 'p25', 'median', 'p75', 'p90'] as const

function expectedAmount(amount: ExpectedAmount): ActualAmount {
  if (typeof amount === 'number') return { value: amount }
  return Object.fromEntries(Object.entries(amount).filter(([, n]) => n !== undefined))
}

/**
 * An expected gross amount as the export publishes it (rules/lib/publishedAmount.ts, the one rule):
 * per four weeks becomes per year, each figure times 13; any other period stays as it is.
 */
function asPublished(period: SalaryPeriod, amount: ExpectedAmount): [SalaryPeriod, ExpectedAmount] {
  const published = publishedAmount({ period, value: 1 })
  if (!published.converted) return [period, amount]
  const times = (n: number) => publishedAmount({ period, value: n }).value ?? n
  if (typeof amount === 'number') return [published.period, times(amount)]
  return [published.period, Object.fromEntries(Object.entries(amount).map(([key, n]) => [key, n === undefined ? n : times(n)]))]
}

function showAmount(a: ActualAmount | undefined): string {
  if (a === undefined) return 'nothing'
  if (a.value !== undefined) return String(a.value)
  if (a.min !== undefined || a.max !== undefined) return `${a.min ?? '…'}–${a.max ?? '…'}`
  return `{${amountKeys.flatMap((k) => (a[k] === undefined ? [] : [`${k} ${a[k]}`])).join(', ')}}`
}
const sameAmount = (a: ActualAmount | undefined, b: ActualAmount | undefined) => a !== undefined && b !== undefined && amountKeys.every((k) => a[k] === b[k])
const numbersOf = (a: ActualAmount) => amountKeys.map((k) => a[k]).filter((n): n is number => n !== undefined)
// The headline is the pay of the job: a distribution's median, not the ends of its spread.
const headlineKeys = ['value', 'min', 'max', 'median'] as const
const headlineNumbersOf = (a: ActualAmount) => headlineKeys.map((k) => a[k]).filter((n): n is number => n !== undefined)

/**
 * Scores one article against its expected facts: the title, the currency and basis of the tiers,
 * the headline range, each tier (its level and every amount per period), each tier that was
 * invented, each FAQ question and the start of its answer, each question that was invented, and
 * each figure that must not be a tier (and must have a message at its line).
 * @param expected the fixture's expected.json
 * @param run what the importer and the export did
 * @returns the facts with their verdicts, tier counts, net-as-gross leaks and unreported refusals
 */
export function scoreArticle(expected: ExpectedArticle, run: ArticleRun): ArticleScore {
  const facts: FactResult[] = []
  const fact = (name: string, ok: boolean, detail?: string) => facts.push({ fact: name, ok, ...(ok || detail === undefined ? {} : { detail }) })
  const { actual } = run
  const refusedWithoutReport = run.importFailed ? [] : run.exportIssues.filter((i) => i.severity === 'error').map((i) => `${i.docId}: ${i.message}`)

  if (expected.refused) {
    fact('refused with an error', run.importFailed && actual.title === undefined, run.importFailed ? 'a page was exported' : 'no import error')
    return { facts, tiers: { expected: 0, actual: actual.tiers.length, right: 0 }, netAsGross: [], refusedWithoutReport }
  }

  if (expected.title !== undefined) fact('title', actual.title === expected.title, JSON.stringify(actual.title ?? null))

  const basisOf = (tier: { basis?: 'gross' | 'net' | undefined }) => tier.basis ?? expected.basis ?? 'gross'
  // Amounts in a period the content model lacks cannot come out; they must stay out of every tier.
  // Gross four-weekly amounts come out per year, times 13 (the Occupation's estimatedSalary); net ones as they are.
  const tierNumbersOut = actual.tiers.flatMap((t) => Object.values(t.amounts).flatMap(numbersOf))
  const keptOut: FactResult[] = []
  const modelTiers: ExpectedArticle['tiers'] = []
  for (const want of expected.tiers) {
    const amounts: typeof want.amounts = {}
    for (const [period, amount] of Object.entries(want.amounts) as Array<[StatedPeriod, ExpectedAmount]>) {
      if (isModelPeriod(period)) {
        const [published, figures] = basisOf(want) === 'gross' ? asPublished(period, amount) : [period, amount]
        amounts[published] = figures
      } else {
        const taken = numbersOf(expectedAmount(amount)).filter((n) => tierNumbersOut.includes(n))
        keptOut.push({ fact: `tier ${want.level} ${period} kept out`, ok: taken.length === 0, ...(taken.length > 0 ? { detail: `in a tier: ${taken.join(', ')}` } : {}) })
      }
    }
    if (Object.keys(amounts).length > 0) modelTiers.push({ ...want, amounts })
  }
  const unmatched = [...actual.tiers]
  let right = 0
  const matches: Array<[ExpectedArticle['tiers'][number], ActualTier | undefined]> = []
  for (const want of modelTiers) {
    const index = unmatched.findIndex((t) => sameLevel(t.level, want.level))
    const got = index >= 0 ? unmatched.splice(index, 1)[0] : undefined
    matches.push([want, got])
  }
  for (const [want, got] of matches) {
    if (!got) {
      fact(`tier ${want.level}`, false, 'missing')
      continue
    }
    const periods = new Set<SalaryPeriod>([...(Object.keys(want.amounts) as SalaryPeriod[]), ...(Object.keys(got.amounts) as SalaryPeriod[])])
    const wrong = [...periods].filter((p) => {
      const w = want.amounts[p]
      return !sameAmount(w === undefined ? undefined : expectedAmount(w), got.amounts[p])
    })
    const basisRight = got.basis === basisOf(want)
    const ok = wrong.length === 0 && basisRight
    if (ok) right++
    fact(`tier ${want.level}`, ok, basisRight ? wrong.map((p) => `${p} ${showAmount(got.amounts[p])}`).join(', ') : `${got.basis}`)
  }
  facts.push(...keptOut)
  for (const extra of unmatched) fact(`invented tier ${extra.level}`, false, Object.entries(extra.amounts).map(([p, a]) => `${p} ${showAmount(a)}`).join(', '))

  // Currency and basis are facts of the tiers: an article whose tiers cannot come out (four-weekly only) states none.
  if (expected.currency !== undefined && modelTiers.length > 0)
    fact('currency', actual.tiers.length > 0 && actual.tiers.every((t) => t.currency === expected.currency), actual.tiers.map((t) => t.currency).join(',') || 'no tiers')
  if (expected.basis !== undefined && modelTiers.length > 0) {
    const expectedBasis = (t: ActualTier) => basisOf(matches.find(([, got]) => got === t)?.[0] ?? {})
    fact('gross/net', actual.tiers.length > 0 && actual.tiers.every((t) => t.basis === expectedBasis(t)), actual.tiers.map((t) => t.basis).join(',') || 'no tiers')
  }
  if (expected.headline) {
    const { period, min, max } = expected.headline
    const numbers = actual.tiers.flatMap((t) => (t.amounts[period] ? headlineNumbersOf(t.amounts[period]) : []))
    const low = numbers.length ? Math.min(...numbers) : undefined
    const high = numbers.length ? Math.max(...numbers) : undefined
    fact(`headline ${period}`, low === min && high === max, `${low ?? '…'}–${high ?? '…'}`)
  }

  const questions = [...actual.faq]
  expected.faq.forEach((want, i) => {
    const index = questions.findIndex((q) => normal(q.question) === normal(want.question))
    const got = index >= 0 ? questions.splice(index, 1)[0] : undefined
    fact(`faq ${i + 1} question`, got !== undefined, 'missing')
    fact(`faq ${i + 1} answer`, got !== undefined && normal(got.answer).startsWith(normal(want.answer)), got ? JSON.stringify(normal(got.answer).slice(0, 60)) : 'missing')
  })
  for (const extra of questions) fact(`invented question ${JSON.stringify(extra.question)}`, false, 'not expected')

  const tierNumbers = actual.tiers.flatMap((t) => Object.values(t.amounts).flatMap(numbersOf))
  for (const figure of expected.notTiers) {
    const taken = figure.values.filter((v) => tierNumbers.includes(v))
    const noted = run.messages.some((m) => m.line === figure.line)
    fact(`not a tier: ${figure.what}`, taken.length === 0 && noted, taken.length > 0 ? `in a tier: ${taken.join(', ')}` : `no message at line ${figure.line}`)
  }

  const netValues = new Set([
    ...expected.tiers.filter((t) => basisOf(t) === 'net').flatMap((t) => Object.values(t.amounts).flatMap((a) => numbersOf(expectedAmount(a)))),
    ...expected.notTiers.filter((f) => f.basis === 'net').flatMap((f) => f.values),
  ])
  const netAsGross = actual.tiers
    .filter((t) => t.basis === 'gross')
    .flatMap((t) => Object.entries(t.amounts).flatMap(([p, a]) => numbersOf(a).filter((n) => netValues.has(n)).map((n) => `${t.level}: ${n} per ${p}`)))

  return { facts, tiers: { expected: modelTiers.length, actual: actual.tiers.length, right }, netAsGross, refusedWithoutReport }
}
