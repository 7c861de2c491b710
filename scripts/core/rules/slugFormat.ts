import { text } from '../messages/params.ts'
import { maxSlugLength, slugPattern } from '../constants.ts'
import { slugify } from '../slugify.ts'
import { defineRule } from './declare/defineRule.ts'
import { quoted } from './lib/quoted.ts'
import type { Violation } from './declare/types.ts'

function check(slug: string): Violation<'slug.format' | 'slug.too_long'> | undefined {
  // A page's files are named after its slug: a longer one fails on the file system, naming no document.
  if (slug.length > maxSlugLength) return { code: 'slug.too_long', path: ['slug', 'current'], params: { length: slug.length, max: maxSlugLength } }
  return slugPattern.test(slug) ? undefined : { code: 'slug.format', path: ['slug', 'current'], params: { slug, suggestion: slugify(slug) || 'mijn-slug' } }
}

/** A slug is lowercase letters, digits and single hyphens, short enough to name a file. */
export const slugFormat = defineRule({
  name: 'slugFormat',
  doc: `Slugs: lowercase letters, digits and single hyphens, at most ${maxSlugLength} characters (a page's files are named after its slug).`,
  severity: 'error',
  messages: {
    'slug.format': {
      en: (p) => `Unexpected slug ${quoted(p, 'slug')}, expected lowercase letters, digits and single hyphens (like ${quoted(p, 'suggestion')})`,
      nl: (p) => `De slug ${quoted(p, 'slug')} mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld ${quoted(p, 'suggestion')}`,
    },
    'slug.too_long': {
      en: (p) => `Unexpected slug of ${text(p, 'length')} characters, expected at most ${text(p, 'max')}: the page's files are named after it, and file names have a length limit`,
      nl: (p) => `De slug is ${text(p, 'length')} tekens lang; maak hem korter, hoogstens ${text(p, 'max')} tekens (de bestandsnaam van de pagina is de slug)`,
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
      {
        documents: [{ _id: 'vacancy.a', _type: 'vacancy', slug: { _type: 'slug', current: 'kok-'.repeat(50) + 'utrecht' } }],
        report: ["vacancy.a slug.current: Unexpected slug of 207 characters, expected at most 200: the page's files are named after it, and file names have a length limit"],
        nl: ['vacancy.a slug.current: De slug is 207 tekens lang; maak hem korter, hoogstens 200 tekens (de bestandsnaam van de pagina is de slug)'],
      },
    ],
  },
})
