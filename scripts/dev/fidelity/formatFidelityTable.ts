import { fidelityTotals } from './fidelityTotals.ts'
import type { ArticleScore } from './scoreArticle.ts'

const pct = (n: number, d: number) => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)}`)

/**
 * Prints the fidelity of each article and in total: facts right of facts expected, tier
 * precision and recall, net amounts exported as gross, and export refusals the importer did not
 * report; with `verbose`, every wrong fact under its article.
 * @param scores the articles' scores by name, in the order to print
 * @param verbose list the wrong facts
 * @returns the table as text
 */
export function formatFidelityTable(scores: ReadonlyArray<{ name: string; score: ArticleScore }>, verbose = false): string {
  const width = Math.max(7, ...scores.map((s) => s.name.length))
  const head = `${'article'.padEnd(width)}  facts    right %  tier P %  tier R %  net→gross  refused`
  const lines = [head, '-'.repeat(head.length)]
  for (const { name, score } of scores) {
    const right = score.facts.filter((f) => f.ok).length
    const { tiers } = score
    lines.push(
      `${name.padEnd(width)}  ${`${right}/${score.facts.length}`.padStart(7)}  ${pct(right, score.facts.length)}    ${pct(tiers.right, tiers.actual)}     ${pct(tiers.right, tiers.expected)}   ${String(score.netAsGross.length).padStart(9)}  ${String(score.refusedWithoutReport.length).padStart(7)}`,
    )
    if (verbose) {
      for (const f of score.facts) if (!f.ok) lines.push(`${' '.repeat(width)}    ✗ ${f.fact}${f.detail ? `: ${f.detail}` : ''}`)
      for (const leak of score.netAsGross) lines.push(`${' '.repeat(width)}    ✗ net exported as gross: ${leak}`)
      for (const refusal of score.refusedWithoutReport) lines.push(`${' '.repeat(width)}    ✗ refused by the export, not reported by the import: ${refusal}`)
    }
  }
  const t = fidelityTotals(scores.map((s) => s.score))
  lines.push('-'.repeat(head.length))
  lines.push(
    `${'total'.padEnd(width)}  ${`${t.right}/${t.facts}`.padStart(7)}  ${pct(t.right, t.facts)}    ${pct(t.tiers.right, t.tiers.actual)}     ${pct(t.tiers.right, t.tiers.expected)}   ${String(t.netAsGross).padStart(9)}  ${String(t.refusedWithoutReport).padStart(7)}`,
  )
  return `${lines.join('\n')}\n`
}
