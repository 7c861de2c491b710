import { describe, expect, it } from 'vitest'
import { generateDataset, planDataset } from '../bench/generateDataset.ts'
import { buildPages } from '../scripts/export/lib/buildPages.ts'

const now = new Date('2026-11-26T12:00:00Z')
const refs = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((r) => (typeof r === 'object' && r !== null && '_ref' in r && typeof r._ref === 'string' ? [r._ref] : [])) : []

describe('benchmark dataset', () => {
  const docs = [...generateDataset({ documents: 600, seed: 42 })]

  it('validates against the content model with no errors or warnings', async () => {
    const result = await buildPages(docs.map((value, i) => ({ value, position: { file: 'bench.ndjson', line: i + 1 } })), { now })
    expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([])
    expect(result.ok).toBe(true)
    // About 1% of vacancies has expired by the benchmark's clock; the rest become pages.
    const profiles = docs.filter((d) => d._type === 'jobProfile').length
    expect(result.pages.filter((p) => p.kind === 'profile')).toHaveLength(profiles)
    expect(result.pages.filter((p) => p.kind === 'vacancy').length).toBeGreaterThan(profiles * 5 * 0.9)
  })

  it('has the planned size: 3 tiers, 10 FAQ entries (2 shared) and 5 vacancies per profile, shared organisations', () => {
    const plan = planDataset(600)
    expect(docs).toHaveLength(plan.documents)
    const count = (type: string) => docs.filter((d) => d._type === type).length
    expect(count('jobProfile')).toBe(plan.profiles)
    expect(count('salaryTier')).toBe(plan.profiles * 3)
    expect(count('vacancy')).toBe(plan.profiles * 5)
    expect(count('organization')).toBe(plan.organizations)
    const profiles = docs.filter((d) => d._type === 'jobProfile')
    for (const profile of profiles) expect(refs(profile.faq)).toHaveLength(10)
    const uses = new Map<string, number>()
    for (const profile of profiles) for (const id of refs(profile.faq)) uses.set(id, (uses.get(id) ?? 0) + 1)
    expect([...uses.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(plan.sharedFaq)
    const employers = new Set(docs.filter((d) => d._type === 'vacancy').map((d) => JSON.stringify(d.hiringOrganization)))
    expect(employers.size).toBe(plan.organizations)
  })

  it('is the same for the same seed and differs for another', () => {
    const again = [...generateDataset({ documents: 600, seed: 42 })]
    const other = [...generateDataset({ documents: 600, seed: 43 })]
    expect(JSON.stringify(again)).toBe(JSON.stringify(docs))
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(docs))
  })
})
