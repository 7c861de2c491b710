import { slugPattern } from '../constants.ts'
import { slugify } from '../slugify.ts'
import { defineRule } from './declare/defineRule.ts'
import { quoted } from './lib/quoted.ts'
import type { Violation } from './declare/types.ts'

const check = (slug: string): Violation<'slug.format'> | undefined =>
  slugPattern.test(slug) ? undefined : { code: 'slug.format', path: ['slug', 'current'], params: { slug, suggestion: slugify(slug) || 'mijn-slug' } }

/** A slug is lowercase letters, digits and single hyphens. */
export const slugFormat = defineRule({
  name: 'slugFormat',
  doc: 'Slugs: lowercase letters, digits and single hyphens.',
  severity: 'error',
  messages: {
    'slug.format': {
      en: (p) => `Unexpected slug ${quoted(p, 'slug')}, expected lowercase letters, digits and single hyphens (like ${quoted(p, 'suggestion')})`,
      nl: (p) => `De slug ${quoted(p, 'slug')} mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld ${quoted(p, 'suggestion')}`,
    },
  },
  document: [
    { type: 'jobProfile', field: 'slug', check },
    { type: 'vacancy', field: 'slug', check },
  ],
  examples: {
    pass: [{ documents: [{ _id: 'jobProfile.a', _type: 'jobProfile', slug: { _type: 'slug', current: 'kok-2' } }] }],
    fail: [
      {
        documents: [
          { _id: 'jobProfile.a', _type: 'jobProfile', slug: { _type: 'slug', current: 'Kok Utrecht' } },
          { _id: 'vacancy.a', _type: 'vacancy', slug: { _type: 'slug', current: 'kok--utrecht' } },
        ],
        report: [
          'jobProfile.a slug.current: Unexpected slug "Kok Utrecht", expected lowercase letters, digits and single hyphens (like "kok-utrecht")',
          'vacancy.a slug.current: Unexpected slug "kok--utrecht", expected lowercase letters, digits and single hyphens (like "kok-utrecht")',
        ],
        nl: [
          'jobProfile.a slug.current: De slug "Kok Utrecht" mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld "kok-utrecht"',
          'vacancy.a slug.current: De slug "kok--utrecht" mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld "kok-utrecht"',
        ],
      },
    ],
  },
})
