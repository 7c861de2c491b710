import { text } from '../messages/params.ts'
import type { SlimTier } from '../model/slimDocument.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { exampleTier } from './lib/exampleTier.ts'
import { exampleProfile } from './lib/exampleProfile.ts'

const tier = (basis: 'gross' | 'net') => exampleTier({ basis, amounts: [exampleTier.amount('m', 'MONTH', { value: 2000 })] })
const profile = exampleProfile({ salaryTiers: [{ _ref: 'salaryTier.a' }] })

/** Net amounts stay net: a profile's net tier is left out of its Occupation, and the report says so. */
export const tierNet = defineRule({
  name: 'tierNet',
  doc: 'Net amounts stay net: they are never exported as a (gross) `estimatedSalary` or `baseSalary`; the report says so.',
  severity: 'notice',
  messages: {
    'tier.net_not_exported': {
      en: (p) => `Left out net amounts of "${text(p, 'level')}" from ${text(p, 'profile')}: schema.org salaries are gross, expected gross amounts to export`,
      nl: (p) => `De netto bedragen van "${text(p, 'level')}" blijven weg uit ${text(p, 'profile')}: salarissen in schema.org zijn bruto; vul bruto bedragen in om ze te publiceren`,
    },
  },
  across: {
    phase: 'profile',
    order: 20,
    check(doc, view) {
      if (doc._type !== 'jobProfile') return []
      const out: Finding<'tier.net_not_exported'>[] = []
      for (const ref of doc.salaryTiers ?? []) {
        const found = view.valid(ref._ref)
        const net: SlimTier | undefined = found?._type === 'salaryTier' && found.basis === 'net' ? found : undefined
        if (net) out.push({ code: 'tier.net_not_exported', docId: net._id, docType: 'salaryTier', path: ['basis'], params: { level: net.level, profile: doc._id } })
      }
      return out
    },
  },
  examples: {
    pass: [{ documents: [profile, tier('gross')] }],
    fail: [
      {
        documents: [profile, tier('net')],
        report: ['salaryTier.a basis: notice: Left out net amounts of "Junior" from jobProfile.a: schema.org salaries are gross, expected gross amounts to export'],
        nl: ['salaryTier.a basis: notice: De netto bedragen van "Junior" blijven weg uit jobProfile.a: salarissen in schema.org zijn bruto; vul bruto bedragen in om ze te publiceren'],
      },
    ],
  },
})
