import { maxSlugLength, slugPattern } from './constants.ts'
import { slugify } from './slugify.ts'
import type { Violation } from './violation.ts'

/**
 * Checks a slug against the slug rule.
 * @param slug the slug's `current` value
 * @returns the violation, or nothing when the slug is fine
 */
export function checkSlug(slug: string): Violation | undefined {
  if (slug.length > maxSlugLength) return { code: 'slug.too_long', path: ['slug', 'current'], params: { length: slug.length, max: maxSlugLength } }
  if (slugPattern.test(slug)) return undefined
  return { code: 'slug.format', path: ['slug', 'current'], params: { slug, suggestion: slugify(slug) || 'mijn-slug' } }
}
