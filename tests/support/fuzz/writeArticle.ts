/**
 * The layout fuzzer: writes one career article from a recipe, in the layouts public career, salary
 * and collective-agreement pages use, and says which facts it states (the same shape as a
 * fixture's expected.json) and which layout it used in each dimension, so that a score can be
 * reported per dimension.
 */
import type { ExpectedArticle } from '../../../scripts/dev/fidelity/expectedArticle.ts'
import { locales } from './locales.ts'
import { expectedAmount, MoneyWriter } from './money.ts'
import { capital, Choice, Page } from './page.ts'
import type { Recipe } from './recipe.ts'
import { faqHeadings, jobs, plainFaqHeadings, questions, salaryHeadings, taskSections } from './vocabulary.ts'
import { writeDistractor } from './writeDistractor.ts'
import { writeFaq, type FaqFact } from './writeFaq.ts'
import { writeTiers } from './writeTiers.ts'
import { writeTitle } from './writeTitle.ts'

/** The layout dimensions the score is reported by. */
export const dimensions = ['locale', 'money', 'title', 'faq markup', 'faq heading', 'tier layout', 'table markup', 'period', 'statistic', 'basis', 'distractor'] as const
export type Dimension = (typeof dimensions)[number]

/** A fuzzed article: its Markdown, what it must come out as, and its layout per dimension. */
export interface FuzzedArticle {
  markdown: string
  expected: ExpectedArticle
  layout: Record<Dimension, string[]>
}

const bylines: Record<'nl' | 'en', string[]> = {
  nl: ['Door Sanne de Wit · 12 maart 2025 · 5 minuten lezen', 'Geschreven door de redactie | Bijgewerkt op 3 februari 2025'],
  en: ['By Jane Porter · 12 March 2025 · 5 min read', 'Written by our careers team | Updated 3 February 2025'],
}
const extraSections: Record<'nl' | 'en', Array<[string, string]>> = {
  nl: [['Vacatures', 'Bekijk de openstaande vacatures bij ons.'], ['Meer lezen', 'Lees ook onze andere beroepsprofielen.']],
  en: [['Vacancies', 'See our current openings.'], ['Further reading', 'Read our other career profiles.']],
}

/**
 * Writes the article of a recipe.
 * @param recipe the choices
 * @returns the Markdown, the expected facts and the layout per dimension
 */
export function writeArticle(recipe: Recipe): FuzzedArticle {
  const choice = new Choice(recipe.seed)
  const locale = locales[recipe.locale]
  const { language, country } = locale
  const nl = language === 'nl'
  const jobList = jobs[language]
  const job = jobList[recipe.job % jobList.length] ?? jobList[0]
  if (!job) throw new Error('Unexpected empty job list, expected jobs to write about')
  const fill = (text: string) => text.replaceAll('{jobs}', job.plural).replaceAll('{job}', job.singular)
  const style = locale.styles[recipe.moneyStyle % locale.styles.length] ?? locale.styles[0]
  if (!style) throw new Error('Unexpected locale without money styles, expected at least one')
  const money = new MoneyWriter(locale, style, choice)
  const page = new Page()

  // Front matter and title.
  const title = writeTitle(recipe.titleForm, job, language, choice)
  page.add(['---', `organization: ${nl ? 'Voorbeeld Uitzendbureau' : 'Example Careers'}`, `country: ${country}`, `language: ${language}`, ...(title.frontMatter ? [`title: ${title.frontMatter}`] : []), '---'].join('\n'))
  page.add(`# ${title.heading}`)
  const distractors = new Set(recipe.distractors)
  if (recipe.basis === 'net') distractors.delete('net-pay')
  if (recipe.statistic === 'percentiles' || ['single', 'percentile-table', 'percentile-rows'].includes(recipe.tierLayout)) distractors.delete('percentile-text')
  if (distractors.has('byline')) page.add(choice.pick(bylines[language]))
  const a = nl ? 'Een' : /^[aeiou]/iu.test(job.singular) ? 'An' : 'A'
  page.add(`${a} ${job.singular} ${job.does}. ${nl ? 'Hier lees je wat het werk inhoudt en wat je ermee verdient.' : 'Here is what the work involves and what it pays.'}`)

  // The questions, chosen now so that a table of contents can list them.
  const pool = [...questions[language]]
  const faqFacts: FaqFact[] = []
  for (let i = 0; i < recipe.faqCount && pool.length > 0; i++) {
    const [q, answer] = pool.splice(choice.int(0, pool.length - 1), 1)[0] ?? ['', '']
    const more = choice.chance(0.3)
      ? choice.chance(0.5)
        ? { kind: 'paragraph' as const, text: nl ? 'Vraag ernaar bij je werkgever.' : 'Ask your employer for the details.' }
        : { kind: 'list' as const, items: nl ? ['via een opleiding', 'via een werkgever'] : ['through a course', 'through an employer'] }
      : undefined
    faqFacts.push({ question: fill(q), answer, more })
  }
  // A heading without FAQ words ("Goed om te weten") only stands over questions that are not headings: questions as
  // headings under such a heading are the article's own sections, as on many career pages.
  const headingMarkups = ['headings', 'headings-deeper', 'headings-same-level', 'headings-under-title-level', 'bold-heading-paragraph', 'html-headings']
  // One question under such a heading is no FAQ either: a page's FAQ asks several.
  const headingChoices = headingMarkups.includes(recipe.faqMarkup) || faqFacts.length < 2 ? faqHeadings[language].filter((h) => !plainFaqHeadings.has(h)) : faqHeadings[language]
  const faqHeadingTemplate = headingChoices[recipe.faqHeading % headingChoices.length] ?? 'FAQ'
  const faqHeading = fill(faqHeadingTemplate)
  const salaryHeading = capital(fill(choice.pick(salaryHeadings[language])))
  if (distractors.has('toc')) {
    const entries = [fill(taskSections[language].heading), salaryHeading, ...(faqFacts.length > 0 ? [faqHeading, ...faqFacts.map((f) => f.question)] : [])]
    const anchor = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '')
    page.add(choice.pick(nl ? ['**Inhoud**', 'In dit artikel:'] : ['**Contents**', 'In this article:']))
    page.add(entries.map((e) => `- [${e}](#${anchor(e)})`).join('\n'))
  }

  // Tasks.
  page.add(`## ${capital(fill(taskSections[language].heading))}`)
  page.add(taskSections[language].items.map((item) => `- ${item}`).join('\n'))

  // Salary, with the figures that are not the job's pay before or after the tiers.
  page.add(`## ${salaryHeading}`)
  if (choice.chance(0.4)) page.add(nl ? 'Wat je verdient hangt af van je ervaring en van de werkgever.' : 'What you earn depends on your experience and the employer.')
  const inSalary = (['freelance', 'allowance', 'bonus', 'net-pay', 'city-text', 'city-table', 'other-jobs-table', 'percentile-text', 'widget'] as const).filter((k) => distractors.has(k))
  const before = inSalary.filter(() => choice.chance(0.3))
  const setting = { page, choice, money, language, country, job, tableMarkup: recipe.tableMarkup }
  // Figures before the tiers need the level of pay first; the same base is used by the tiers.
  const probe = new Choice(recipe.seed ^ 0x5bd1e995)
  const notTiers = before.map((kind) => writeDistractor(kind, { ...setting, base: estimateBase(locale.currency, recipe.basis, probe) }))
  const tiers = writeTiers({ ...setting, layout: recipe.tierLayout, statistic: recipe.statistic, basis: recipe.basis, ladder: recipe.ladder, levels: recipe.levels, periods: recipe.periods, range: recipe.range })
  notTiers.push(...tiers.notTiers)
  for (const kind of inSalary.filter((k) => !before.includes(k))) notTiers.push(writeDistractor(kind, { ...setting, base: tiers.base }))

  // FAQ, and sometimes a section after it.
  if (faqFacts.length > 0) writeFaq(page, recipe.faqMarkup, faqHeading, faqFacts, language, choice)
  if (choice.chance(0.4)) {
    const [heading, text] = choice.pick(extraSections[language])
    page.add(`## ${heading}`)
    page.add(text)
  }

  // Figures that equal a tier's cannot be told apart from it: they are not counted.
  const kept = notTiers.map((n) => ({ ...n, values: n.values.filter((v) => !tiers.numbers.has(v)) })).filter((n) => n.values.length > 0)
  const expected: ExpectedArticle = {
    title: title.expected,
    currency: locale.currency,
    basis: recipe.basis,
    tiers: tiers.tiers.map((t) => ({ level: t.level, amounts: Object.fromEntries(Object.entries(t.amounts).map(([p, amount]) => [p, expectedAmount(amount)])) })),
    faq: faqFacts.map((f) => ({ question: f.question, answer: f.answer })),
    notTiers: kept,
  }
  const layout: Record<Dimension, string[]> = {
    locale: [locale.id],
    money: [`${locale.id} ${money.style.id}`],
    title: [recipe.titleForm],
    'faq markup': [faqFacts.length > 0 ? recipe.faqMarkup : 'none'],
    'faq heading': faqFacts.length > 0 ? [recipe.faqMarkup === 'bold-heading-paragraph' ? `**${faqHeadingTemplate}**` : faqHeadingTemplate] : [],
    'tier layout': [recipe.tierLayout],
    'table markup': tiers.tableMarkup ? [tiers.tableMarkup] : [],
    period: tiers.periods,
    statistic: [recipe.statistic],
    basis: [recipe.basis],
    distractor: [...distractors],
  }
  return { markdown: page.text(), expected, layout }
}

/** A monthly amount near the tiers', for figures written before them. */
function estimateBase(currency: string, basis: 'gross' | 'net', choice: Choice): number {
  const base = { EUR: 2500, GBP: 2300, USD: 3700, CAD: 3700, AUD: 5000 }[currency] ?? 2500
  return Math.round(((basis === 'net' ? 0.75 : 1) * base * (0.9 + choice.float() * 0.2)) / 25) * 25
}
