import type { FuzzedFidelity } from './measureFuzzed.ts'

const pct = (n: number, d: number) => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)}`)

/**
 * Prints the fuzzed articles' score per layout dimension, one line per value, with its articles
 * and facts, the weakest value of each dimension marked; then the totals.
 * @param fuzzed what measureFuzzed found
 * @param minimum the share each value must reach (0–1)
 * @returns the table as text
 */
export function formatDimensionTable(fuzzed: FuzzedFidelity, minimum: number): string {
  const width = Math.max(12, ...fuzzed.dimensions.map((d) => d.value.length))
  const head = `${'dimension'.padEnd(12)}  ${'value'.padEnd(width)}  articles     facts  right %`
  const lines = [head, '-'.repeat(head.length)]
  let previous = ''
  for (const d of fuzzed.dimensions) {
    const low = d.facts > 0 && d.right / d.facts < minimum ? '  ✗' : ''
    lines.push(`${(d.dimension === previous ? '' : d.dimension).padEnd(12)}  ${d.value.padEnd(width)}  ${String(d.articles).padStart(8)}  ${`${d.right}/${d.facts}`.padStart(8)}  ${pct(d.right, d.facts)}${low}`)
    previous = d.dimension
  }
  lines.push('-'.repeat(head.length))
  lines.push(`${'total'.padEnd(12)}  ${''.padEnd(width)}  ${String(fuzzed.articles).padStart(8)}  ${`${fuzzed.right}/${fuzzed.facts}`.padStart(8)}  ${pct(fuzzed.right, fuzzed.facts)}`)
  lines.push(`net amounts exported as gross: ${fuzzed.netAsGross}; export refusals the import did not report: ${fuzzed.refusedWithoutReport}`)
  return `${lines.join('\n')}\n`
}
