import { text } from '../messages/params.ts'
import type { SlimTier } from '../model/slimDocument.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { bare } from './lib/quoted.ts'
import { checkTierLadder } from './lib/checkTierLadder.ts'
import { toDotPath } from '../toDotPath.ts'
import { exampleTier } from './lib/exampleTier.ts'
import { exampleProfile } from './lib/exampleProfile.ts'

const tier = (id: string, level: string, rank: number, hourly: number, monthly: number) =>
  exampleTier({ _id: id, level, rank, amounts: [exampleTier.amount('h', 'HOUR', { value: hourly }), exampleTier.amount('m', 'MONTH', { value: monthly })] })
const profile = (tiers: string[]) => exampleProfile({ _id: 'jobProfile.kok', salaryTiers: tiers.map((id) => ({ _ref: id })) })

/** The tiers of a profile ascend with their rank. */
export const tierLadder = defineRule({
  name: 'tierLadder',
  doc: 'Salary tiers ascend with their rank: per period, currency and basis, no tier earns less than the tier below it (equal is allowed); each tier of a profile has a rank of its own.',
  severity: 'error',
  messages: {
    'tier.order': {
      en: (p) =>
        `Unexpected ${text(p, 'value')} ${text(p, 'currency')} per ${text(p, 'period')} for ${bare(p, 'level')}, expected at least ${text(p, 'previousValue')} as at the lower level ${bare(p, 'previousLevel')}`,
      nl: (p) =>
        `${bare(p, 'level')} verdient ${text(p, 'value')} ${text(p, 'currency')} per ${text(p, 'periodNl')}, minder dan het lagere niveau ${bare(p, 'previousLevel')} (${text(p, 'previousValue')}); salarisniveaus moeten oplopen`,
    },
    'tier.rank_duplicate': {
      en: (p) => `Unexpected rank ${text(p, 'rank')} shared by ${bare(p, 'levels')}, expected one tier per rank`,
      nl: (p) => `Volgorde ${text(p, 'rank')} komt vaker voor (${bare(p, 'levels')}); geef elk niveau een eigen plek`,
    },
  },
  // In the Studio, the tier's form checks the ladders of the profiles that list it, and the
  // profile's form its own ladder: both query the Content Lake (schemas/lib/studioChecks.ts).
  studio: [
    { type: 'salaryTier', check: 'tierLadder' },
    { type: 'jobProfile', field: 'salaryTiers', check: 'profileLadder' },
  ],
  across: {
    phase: 'profile',
    order: 10,
    // A tier listed by several profiles is reported once for each thing found wrong with it.
    once: true,
    check(doc, view) {
      if (doc._type !== 'jobProfile') return []
      const tiers = (doc.salaryTiers ?? []).flatMap((r): SlimTier[] => {
        const t = view.valid(r._ref)
        return t && t._type === 'salaryTier' ? [t] : []
      })
      return checkTierLadder(tiers).flatMap((v): Finding<'tier.order' | 'tier.rank_duplicate'>[] => (v.docId === undefined ? [] : [{ ...v, docId: v.docId, docType: 'salaryTier' }]))
    },
  },
  examples: {
    pass: [{ documents: [profile(['salaryTier.a', 'salaryTier.b']), tier('salaryTier.a', 'Junior', 1, 14.5, 2450), tier('salaryTier.b', 'Medior', 2, 14.5, 2650)] }],
    fail: [
      {
        documents: [
          profile(['salaryTier.a', 'salaryTier.b', 'salaryTier.c']),
          tier('salaryTier.a', 'Junior', 1, 14.5, 2450),
          tier('salaryTier.b', 'Medior', 2, 16, 2650),
          tier('salaryTier.c', 'Senior', 2, 14, 2550),
        ],
        report: [
          'salaryTier.c amounts[0].value: Unexpected 14 EUR per HOUR for Senior, expected at least 14.5 as at the lower level Junior',
          'salaryTier.c rank: Unexpected rank 2 shared by Medior, Senior, expected one tier per rank',
        ],
        nl: [
          'salaryTier.c amounts[0].value: Senior verdient 14 EUR per uur, minder dan het lagere niveau Junior (14.5); salarisniveaus moeten oplopen',
          'salaryTier.c rank: Volgorde 2 komt vaker voor (Medior, Senior); geef elk niveau een eigen plek',
        ],
      },
    ],
  },
})
