import { names } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import { eachReference } from './lib/eachReference.ts'
import { findCycles } from './lib/findCycles.ts'
import { isUnpublished } from './lib/isUnpublished.ts'
import { exampleProfile } from './lib/exampleProfile.ts'

const profile = (id: string, publisher: string, tiers: string[] = []) =>
  exampleProfile({ _id: id, slug: { _type: 'slug', current: id.replace(/\W/g, '-') }, publisher: { _ref: publisher }, salaryTiers: tiers.map((ref) => ({ _ref: ref })) })

/** References never lead back to the document they start from. */
export const referenceCycle = defineRule({
  name: 'referenceCycle',
  doc: 'References lead away from each document: never, through wrongly typed references, back to it.',
  severity: 'error',
  messages: {
    'reference.cycle': {
      en: (p) => `Unexpected reference cycle ${names(p, 'cycle').join(' → ')}, expected references to lead away from each document`,
      nl: (p) => `Deze documenten verwijzen in een kring naar elkaar: ${names(p, 'cycle').join(' → ')}; een verwijzing moet van het document af leiden`,
    },
  },
  across: {
    phase: 'graph',
    check: ({ ids, targets, typeOf }) =>
      findCycles(ids, targets).map((cycle) => {
        const first = cycle[0] ?? ''
        return { code: 'reference.cycle' as const, docId: first, docType: typeOf(first) ?? '(unknown)', path: [], params: { cycle } }
      }),
  },
  examples: {
    pass: [{ documents: [{ _id: 'organization.a', _type: 'organization' }, profile('jobProfile.a', 'organization.a')] }],
    fail: [
      {
        documents: [profile('jobProfile.a', 'jobProfile.b'), profile('jobProfile.b', 'jobProfile.a')],
        report: ['jobProfile.a: Unexpected reference cycle jobProfile.a → jobProfile.b → jobProfile.a, expected references to lead away from each document'],
        nl: ['jobProfile.a: Deze documenten verwijzen in een kring naar elkaar: jobProfile.a → jobProfile.b → jobProfile.a; een verwijzing moet van het document af leiden'],
      },
    ],
  },
})
