import type { Language } from '../../../scripts/core/constants.ts'
import type { TitleForm } from './recipe.ts'
import { capital, type Choice } from './page.ts'
import { codeForms, pageTypeForms, productNames, questionTitles, type Job } from './vocabulary.ts'

/** What writeTitle gives: the `#` heading, a `title:` for front matter, and the title that must come out. */
export interface WrittenTitle {
  heading: string
  frontMatter: string | undefined
  expected: string
}

const plainForms: Record<Language, Array<(job: string) => string>> = {
  nl: [(j) => j, (j) => `${j}: salaris, taken en opleiding`, (j) => `${j} | Beroepsinformatie`],
  en: [(j) => j, (j) => `${j}: pay, duties and training`, (j) => `${j} | Career information`],
}
const pluralForms: Record<Language, Array<(jobs: string) => string>> = {
  nl: [(j) => j, (j) => `${j}: wat verdienen ze?`, (j) => `${j} – salaris en werk`],
  en: [(j) => j, (j) => `${j}: what do they earn?`, (j) => `${j} – pay and conditions`],
}
const otherHeadings: Record<Language, string[]> = { nl: ['Alles over dit vak', 'Werken in de techniek en zorg'], en: ['All about this trade', 'Working life explained'] }
const codes = ['7212', '2221', '5120', '7411', '2320', '9112', '8332', '4311']

/**
 * Writes the article's title in one of the forms headings use: the job alone or with a subtitle,
 * front matter (the heading then says something else), a classification code, a page-type word,
 * a product name before a colon, the plural, or a question around it.
 * @param form the form
 * @param job the job
 * @param language the article's language
 * @param choice the wording
 * @returns the heading, the front matter title and the title expected
 */
export function writeTitle(form: TitleForm, job: Job, language: Language, choice: Choice): WrittenTitle {
  const expected = capital(job.singular)
  const fill = (template: string) => template.replaceAll('{jobs}', job.plural).replaceAll('{job}', job.singular)
  switch (form) {
    case 'plain':
      return { heading: choice.pick(plainForms[language])(expected), frontMatter: undefined, expected }
    case 'front-matter': {
      const title = choice.chance(0.5) ? expected : `${expected} (m/v/x)`
      return { heading: choice.pick(otherHeadings[language]), frontMatter: title, expected: title }
    }
    case 'code': {
      const code = choice.pick(codes)
      const before = choice.pick(codeForms)(code)
      return { heading: before.startsWith('(') ? `${expected} ${before}` : `${before} ${expected}`, frontMatter: undefined, expected }
    }
    case 'page-type':
      return { heading: capital(choice.pick(pageTypeForms[language])(choice.chance(0.5) ? expected : job.singular)), frontMatter: undefined, expected }
    case 'product': {
      const product = choice.pick(productNames)
      const forms = [`${product}: ${job.singular}`, `${product} | ${expected}`, `${product} – ${expected}`]
      return { heading: choice.pick(forms), frontMatter: undefined, expected }
    }
    case 'plural':
      return { heading: choice.pick(pluralForms[language])(capital(job.plural)), frontMatter: undefined, expected }
    case 'question':
      return { heading: fill(choice.pick(questionTitles[language])), frontMatter: undefined, expected }
  }
}
