import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'
import { eachReference } from './lib/eachReference.ts'
import { isUnpublished } from './lib/isUnpublished.ts'
import { exampleProfile } from './lib/exampleProfile.ts'

const withArticle = (type: string) => `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`

type Code = 'reference.draft' | 'reference.missing' | 'reference.wrong_type'

const organization = { _id: 'organization.a', _type: 'organization' }
const profile = (publisher: string) => exampleProfile({ publisher: { _ref: publisher } })

/** Every reference points at a published document of the type its field is for. */
export const referenceTargets = defineRule({
  name: 'referenceTargets',
  doc: 'A reference points at a published document of the type its field is for.',
  severity: 'error',
  messages: {
    'reference.draft': {
      en: (p) => `Unexpected reference to unpublished "${text(p, 'target')}", expected a published ${text(p, 'type')} (publish it, or point at its published id)`,
      nl: (p) => `Dit verwijst naar "${text(p, 'target')}", dat niet gepubliceerd is; publiceer het, of verwijs naar de gepubliceerde versie`,
    },
    'reference.missing': {
      en: (p) => `Unexpected reference to missing document "${text(p, 'target')}", expected ${withArticle(text(p, 'type'))}`,
      nl: (p) => `Dit verwijst naar "${text(p, 'target')}", maar dat document bestaat niet`,
    },
    'reference.wrong_type': {
      en: (p) => `Unexpected reference to ${text(p, 'found') || 'unknown type'} "${text(p, 'target')}", expected ${withArticle(text(p, 'type'))}`,
      nl: (p) => `Dit verwijst naar "${text(p, 'target')}" van het type ${text(p, 'found') || 'onbekend'}; hier hoort een document van het type ${text(p, 'type')}`,
    },
  },
  across: {
    phase: 'references',
    order: 10,
    check(doc, view) {
      const out: Finding<Code>[] = []
      const at = { docId: doc._id, docType: doc._type }
      eachReference(doc, (type) => view.references(type), ({ target, type, path }) => {
        if (isUnpublished(target)) out.push({ ...at, path: path(), code: 'reference.draft', params: { target, type } })
        else if (!view.has(target)) out.push({ ...at, path: path(), code: 'reference.missing', params: { target, type } })
        else {
          const found = view.typeOf(target)
          if (found !== type) out.push({ ...at, path: path(), code: 'reference.wrong_type', params: { target, type, ...(found ? { found } : {}) } })
        }
      })
      return out
    },
  },
  examples: {
    pass: [{ documents: [organization, profile('organization.a')] }],
    fail: [
      {
        documents: [organization, profile('drafts.organization.a')],
        report: ['jobProfile.a publisher._ref: Unexpected reference to unpublished "drafts.organization.a", expected a published organization (publish it, or point at its published id)'],
        nl: ['jobProfile.a publisher._ref: Dit verwijst naar "drafts.organization.a", dat niet gepubliceerd is; publiceer het, of verwijs naar de gepubliceerde versie'],
      },
      {
        documents: [profile('organization.b')],
        report: ['jobProfile.a publisher._ref: Unexpected reference to missing document "organization.b", expected an organization'],
        nl: ['jobProfile.a publisher._ref: Dit verwijst naar "organization.b", maar dat document bestaat niet'],
      },
      {
        documents: [{ _id: 'faqEntry.a', _type: 'faqEntry', language: 'nl' }, profile('faqEntry.a')],
        report: ['jobProfile.a publisher._ref: Unexpected reference to faqEntry "faqEntry.a", expected an organization'],
        nl: ['jobProfile.a publisher._ref: Dit verwijst naar "faqEntry.a" van het type faqEntry; hier hoort een document van het type organization'],
      },
    ],
  },
})
