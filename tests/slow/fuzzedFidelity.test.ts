/**
 * Thousands of fuzzed articles (a seed npm run fidelity does not use): every value of every layout
 * dimension keeps at least 95 % of its facts, no net amount is exported as gross and every export
 * refusal was reported by the import. npm test runs the quick property (tests/importFuzzedLayouts).
 */
import { describe, expect, it } from 'vitest'
import { minimumScore } from '../../scripts/dev/fidelity.ts'
import { measureFuzzed } from '../../scripts/dev/fidelity/measureFuzzed.ts'

const articles = 3000
const seed = 2

describe(`${articles} fuzzed articles`, () => {
  it(`keep at least ${100 * minimumScore} % of the facts in every layout dimension`, async () => {
    const fidelity = await measureFuzzed(articles, seed)
    expect(fidelity.netAsGross).toBe(0)
    expect(fidelity.refusedWithoutReport).toBe(0)
    const weak = fidelity.dimensions.filter((d) => d.facts > 0 && d.right / d.facts < minimumScore).map((d) => `${d.dimension} ${d.value}: ${d.right}/${d.facts}`)
    expect(weak).toEqual([])
  })
})
