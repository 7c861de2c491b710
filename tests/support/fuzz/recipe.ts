/**
 * The random choices behind one fuzzed article, as a fast-check arbitrary: which facts (job,
 * levels, periods, statistic, basis, questions) and which layout for each (title form, FAQ markup,
 * tier layout, table markup, money style, distractors). writeArticle turns a recipe into Markdown
 * and the facts it must come out as; fast-check shrinks a failing recipe towards the simplest one.
 */
import fc from 'fast-check'
import { localeIds, type LocaleId } from './locales.ts'
import { fuzzPeriods, type FuzzPeriod } from './periodWords.ts'

/** How the heading gives the job title (or front matter does). */
export const titleForms = ['plain', 'front-matter', 'code', 'page-type', 'product', 'plural', 'question'] as const
export type TitleForm = (typeof titleForms)[number]

/** How the questions and answers are marked up. */
export const faqMarkups = [
  'headings',
  'headings-deeper',
  'headings-same-level',
  'headings-under-title-level',
  'bold-heading-paragraph',
  'bold-questions',
  'bold-lead',
  'bullets',
  'numbered',
  'details-one-line',
  'details-multiline',
  'definition-list-html',
  'definition-list-markdown',
  'question-answer-prefix',
  'html-headings',
] as const
export type FaqMarkup = (typeof faqMarkups)[number]

/** How the salary tiers are laid out. */
export const tierLayouts = [
  'table-rows',
  'table-columns',
  'bullets',
  'headings',
  'definition-list',
  'paragraph-pairs',
  'running-text',
  'single',
  'multi-job-table',
  'region-table',
  'cao-steps',
  'survey-columns',
  'percentile-table',
  'percentile-rows',
] as const
export type TierLayout = (typeof tierLayouts)[number]

/** What the amounts are. */
export const statistics = ['average', 'median', 'percentiles'] as const
export type Statistic = (typeof statistics)[number]

/** Figures and blocks that are not the facts and must not become them. */
export const distractorKinds = ['byline', 'toc', 'freelance', 'allowance', 'bonus', 'net-pay', 'city-text', 'city-table', 'other-jobs-table', 'percentile-text', 'widget'] as const
export type DistractorKind = (typeof distractorKinds)[number]

/** One article's choices. */
export interface Recipe {
  locale: LocaleId
  job: number
  titleForm: TitleForm
  tierLayout: TierLayout
  tableMarkup: 'markdown' | 'html'
  statistic: Statistic
  basis: 'gross' | 'net'
  ladder: number
  levels: number
  periods: FuzzPeriod[]
  range: boolean
  moneyStyle: number
  faqMarkup: FaqMarkup
  faqHeading: number
  faqCount: number
  distractors: DistractorKind[]
  seed: number
}

/** The statistics each layout can state. */
const layoutStatistics: Record<TierLayout, Statistic[]> = {
  'table-rows': ['average', 'median'],
  'table-columns': ['average', 'median'],
  bullets: ['average', 'median'],
  headings: ['average'],
  'definition-list': ['average'],
  'paragraph-pairs': ['average'],
  'running-text': ['average'],
  single: ['average', 'median'],
  'multi-job-table': ['average'],
  'region-table': ['average'],
  'cao-steps': ['average'],
  'survey-columns': ['average', 'median'],
  'percentile-table': ['percentiles'],
  'percentile-rows': ['percentiles'],
}

/** The arbitrary of recipes. */
export const recipeArbitrary: fc.Arbitrary<Recipe> = fc.constantFrom(...tierLayouts).chain((tierLayout) =>
  fc.record({
    locale: fc.constantFrom(...localeIds),
    job: fc.nat(14),
    titleForm: fc.constantFrom(...titleForms),
    tierLayout: fc.constant(tierLayout),
    tableMarkup: fc.constantFrom('markdown' as const, 'html' as const),
    statistic: fc.constantFrom(...layoutStatistics[tierLayout]),
    basis: fc.constantFrom('gross' as const, 'gross' as const, 'gross' as const, 'net' as const),
    ladder: fc.nat(4),
    levels: fc.integer({ min: 2, max: 4 }),
    periods: fc.shuffledSubarray([...fuzzPeriods], { minLength: 1, maxLength: 3 }),
    range: fc.boolean(),
    moneyStyle: fc.nat(6),
    faqMarkup: fc.constantFrom(...faqMarkups),
    faqHeading: fc.nat(7),
    faqCount: fc.integer({ min: 0, max: 4 }),
    distractors: fc.subarray([...distractorKinds], { maxLength: 4 }),
    seed: fc.nat(),
  }),
)
