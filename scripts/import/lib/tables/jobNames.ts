import type { Language } from '../../../core/constants.ts'

/**
 * The forms a table may name the article's job in, lower case: the title and its plural (and,
 * for a plural title, the singular), so that "Lassers" and "Welder" find their own row.
 * @param title the job title
 * @param language the article's language
 * @returns the forms
 */
export function jobNames(title: string, language: Language): string[] {
  const base = title.toLowerCase().replace(/\s*\([^)]*\)\s*$/u, '').trim()
  const forms = new Set([base])
  if (language === 'nl') {
    forms.add(`${base}s`)
    forms.add(base.endsWith('e') ? `${base}n` : `${base}en`)
    forms.add(base.replace(/(?<=e)n$/u, '')).add(base.replace(/(?<=[^s])s$/u, ''))
  } else {
    forms.add(/(?:s|x|ch|sh)$/u.test(base) ? `${base}es` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`)
    forms.add(base.replace(/ies$/u, 'y')).add(base.replace(/(?<=[^s])s$/u, ''))
  }
  return [...forms].filter((form) => form.length > 1)
}
