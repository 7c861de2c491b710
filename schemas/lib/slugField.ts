import { defineField } from 'sanity'
import { checkSlug } from '../../scripts/lib/rules/checkSlug.ts'
import { slugify } from '../../scripts/lib/rules/slugify.ts'
import { formatViolation } from '../../scripts/lib/rules/violation.ts'
import { isRecord } from './isRecord.ts'

/**
 * The `slug` field of job profiles and vacancies: generated from the title with the importer's
 * slugify, checked with the slug rule. Uniqueness is Sanity's default (per document type).
 */
export const slugField = defineField({
  name: 'slug',
  title: 'Slug',
  description: 'Laatste deel van de URL, zoals customer-service-medewerker. Klik op "Genereer" om hem uit de titel te maken.',
  type: 'slug',
  options: { source: 'title', slugify: (source) => slugify(source), maxLength: 96 },
  validation: (rule) => [
    rule.required(),
    rule
      .custom((slug) => {
        const current = isRecord(slug) ? slug.current : undefined
        if (typeof current !== 'string' || current === '') return true
        const v = checkSlug(current)
        return v ? formatViolation(v, 'nl') : true
      })
      .error(),
  ],
})
