import { defineField } from 'sanity'
import { checkSlug } from '../../scripts/core/rules/checkSlug.ts'
import { slugify } from '../../scripts/core/rules/slugify.ts'
import { formatViolation } from '../../scripts/core/rules/violation.ts'
import { isRecord } from './isRecord.ts'
import { validationLanguage } from './studioLanguage.ts'
import { text } from './text.ts'

/**
 * The `slug` field of job profiles and vacancies: generated from the title with the importer's
 * slugify, checked with the slug rule. Uniqueness is Sanity's default (per document type).
 */
export const slugField = defineField({
  name: 'slug',
  ...text('shared.slug'),
  type: 'slug',
  options: { source: 'title', slugify: (source) => slugify(source), maxLength: 96 },
  validation: (rule) => [
    rule.required(),
    rule
      .custom((slug, context) => {
        const current = isRecord(slug) ? slug.current : undefined
        if (typeof current !== 'string' || current === '') return true
        const v = checkSlug(current)
        return v ? formatViolation(v, validationLanguage(context)) : true
      })
      .error(),
  ],
})
