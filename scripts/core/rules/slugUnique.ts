import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Finding } from './declare/types.ts'

const page = (type: 'jobProfile' | 'vacancy', id: string, slug: string) =>
  type === 'jobProfile'
    ? { _id: id, _type: type, slug: { _type: 'slug', current: slug }, language: 'nl', country: 'NL', publisher: { _ref: 'organization.a' } }
    : { _id: id, _type: type, slug: { _type: 'slug', current: slug }, jobProfile: { _ref: 'jobProfile.a' }, hiringOrganization: { _ref: 'organization.a' }, employmentTypes: ['FULL_TIME'], datePosted: '2026-10-01' }

/** Two pages of one type never share a slug: each would be written to the same file. */
export const slugUnique = defineRule({
  name: 'slugUnique',
  doc: 'Slugs are unique per type.',
  severity: 'error',
  messages: {
    'slug.duplicate': {
      en: (p) => `Unexpected slug "${text(p, 'slug')}", already used by ${text(p, 'first')}; expected a unique slug`,
      nl: (p) => `De slug "${text(p, 'slug')}" wordt al gebruikt door ${text(p, 'first')}; kies een eigen slug`,
    },
  },
  across: {
    phase: 'slug',
    order: 10,
    check(doc, view) {
      if (doc._type !== 'jobProfile' && doc._type !== 'vacancy') return []
      const slug = doc.slug.current
      // The smallest `_id` keeps the slug, whatever order the documents come in.
      let first: string | undefined
      for (const owner of view.slugOwners(doc._type, slug)) {
        const other = view.valid(owner)
        if (other?._type !== doc._type || other.slug.current !== slug) continue
        if (first === undefined || owner < first) first = owner
      }
      if (first === undefined || first === doc._id) return []
      return [{ code: 'slug.duplicate', docId: doc._id, docType: doc._type, path: ['slug', 'current'], params: { slug, first } }]
    },
  },
  examples: {
    pass: [{ documents: [page('jobProfile', 'jobProfile.a', 'kok'), page('vacancy', 'vacancy.a', 'kok')] }],
    fail: [
      {
        documents: [page('jobProfile', 'jobProfile.a', 'kok'), page('jobProfile', 'jobProfile.b', 'kok')],
        report: ['jobProfile.b slug.current: Unexpected slug "kok", already used by jobProfile.a; expected a unique slug'],
        nl: ['jobProfile.b slug.current: De slug "kok" wordt al gebruikt door jobProfile.a; kies een eigen slug'],
      },
    ],
  },
})
