import { z } from 'zod'
import { CountryCode, HttpUrl, Language } from '../../core/model/common.ts'
import { iscoPattern, slugPattern } from '../../core/rules/constants.ts'
import type { FrontMatterField } from './readFrontMatter.ts'

const text = z.string().trim().min(1)

/**
 * The front matter keys of a career article. `organization` is the publisher; the job
 * title comes from `title`, else from the `#` heading.
 */
export const articleFrontMatter = {
  type: { schema: z.literal('article'), expected: '`article` (or no `type`)' },
  title: { schema: text, expected: 'the job title as text', fieldPath: ['title'] },
  slug: { schema: z.string().regex(slugPattern), expected: 'a slug of lowercase letters, digits and single hyphens', fieldPath: ['slug', 'current'] },
  alternativeTitles: { schema: z.array(text), expected: 'a list of other names for the job', fieldPath: ['alternativeTitles'] },
  organization: { schema: text, expected: 'the publisher\'s name, such as Manpower', required: true, fieldPath: ['publisher'] },
  organizationUrl: { schema: HttpUrl, expected: 'the publisher\'s website as an absolute http(s) URL' },
  country: { schema: CountryCode, expected: 'an ISO 3166-1 alpha-2 code such as NL', required: true, fieldPath: ['country'] },
  language: { schema: Language, expected: 'nl or en', required: true, fieldPath: ['language'] },
  iscoCode: {
    schema: z.union([z.string(), z.number().int()]).transform(String).pipe(z.string().regex(iscoPattern)),
    expected: 'a four-digit ISCO-08 unit group code such as "4222"',
    fieldPath: ['iscoCode'],
  },
  datePosted: { schema: z.iso.date(), expected: 'an ISO 8601 date such as 2026-01-15' },
} as const satisfies Record<string, FrontMatterField>
