import { names, text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'
import { tierOfProfile } from './lib/tierOfProfile.ts'
import { exampleTier } from './lib/exampleTier.ts'

/** A vacancy's tier is one of its own profile's tiers. */
export const vacancyTierOfProfile = defineRule({
  name: 'vacancyTierOfProfile',
  doc: "A vacancy's tier is one of its own profile's tiers.",
  severity: 'error',
  messages: {
    'vacancy.tier_not_in_profile': {
      en: (p) => `Unexpected salary tier "${text(p, 'tier')}", expected one of the tiers of ${text(p, 'profile')}: ${names(p, 'tiers').join(', ') || 'none'}`,
      nl: (p) => `Salarisniveau "${text(p, 'tier')}" hoort niet bij ${text(p, 'profile')}; kies een van de niveaus van het beroep: ${names(p, 'tiers').join(', ') || 'het beroep heeft er geen'}`,
    },
  },
  across: {
    phase: 'vacancy',
    order: 10,
    check(doc, view) {
      if (doc._type !== 'vacancy') return []
      const profile = view.valid(doc.jobProfile._ref)
      if (!doc.salaryTier || profile?._type !== 'jobProfile' || tierOfProfile(doc, view)) return []
      return [
        {
          code: 'vacancy.tier_not_in_profile',
          docId: doc._id,
          docType: 'vacancy',
          path: ['salaryTier', '_ref'],
          params: { tier: doc.salaryTier._ref, profile: profile._id, tiers: (profile.salaryTiers ?? []).map((r) => r._ref) },
        },
      ]
    },
  },
  examples: {
    pass: [{ documents: exampleVacancy({ salaryTier: { _ref: 'salaryTier.a' } }) }],
    fail: [
      {
        documents: [...exampleVacancy({ salaryTier: { _ref: 'salaryTier.b' } }), exampleTier({ _id: 'salaryTier.b', level: 'Medior', rank: 2, amounts: [exampleTier.amount('m', 'MONTH', { value: 2650 })] })],
        report: ['vacancy.a salaryTier._ref: Unexpected salary tier "salaryTier.b", expected one of the tiers of jobProfile.a: salaryTier.a'],
        nl: ['vacancy.a salaryTier._ref: Salarisniveau "salaryTier.b" hoort niet bij jobProfile.a; kies een van de niveaus van het beroep: salaryTier.a'],
      },
    ],
  },
})
