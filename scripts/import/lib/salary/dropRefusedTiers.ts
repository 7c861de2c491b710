import { documentRules } from '../../../core/rules/layers/documentRules.ts'
import { checkTierLadder } from '../../../core/rules/lib/checkTierLadder.ts'
import type { TierLike } from '../../../core/rules/lib/readTier.ts'
import type { Violation } from '../../../core/rules/declare/types.ts'

const tierRules = documentRules('salaryTier')

/**
 * Leaves out the tiers the export would refuse, by the export's own rules (scripts/core/rules):
 * each tier alone (the registry's rules of a salaryTier document: currency, amounts, monthly ≈
 * hourly), then the ladder (no tier earns less than the one below it), again after each removal
 * until the rest passes. The ranks of the tiers that are left are numbered again from 1.
 * @param tiers the tiers as read, lowest rank first
 * @param report called once per tier left out, with the rule's English message
 * @returns the tiers that pass
 */
export function dropRefusedTiers<T extends TierLike>(tiers: ReadonlyArray<T>, report: (tier: T, violation: Violation) => void): T[] {
  const kept: T[] = []
  for (const tier of tiers) {
    const violation = tierRules.check?.(tier)[0]
    if (violation) report(tier, violation)
    else kept.push(tier)
  }
  for (;;) {
    const violation = checkTierLadder(kept)[0]
    const index = violation ? kept.findIndex((tier) => tier._id === violation.docId) : -1
    const refused = kept[index]
    if (!violation || !refused) break
    report(refused, violation)
    kept.splice(index, 1)
  }
  return kept.map((tier, i) => ({ ...tier, rank: i + 1 }))
}
