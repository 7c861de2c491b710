import { z } from 'zod'
import { salaryBases, salaryPeriods } from '../../core/rules/constants.ts'

/** An amount as a fixture expects it: one value, or a range (either end may be open). */
const ExpectedAmount = z.union([
  z.number().positive(),
  z.strictObject({ min: z.number().positive().optional(), max: z.number().positive().optional() }),
])

const Period = z.enum(salaryPeriods)
const Basis = z.enum(salaryBases)

/**
 * What an article fixture must come out as after import and export (`expected.json` beside
 * `input.md`): the facts a migrator checks by hand, and the figures that must not become tiers.
 */
export const ExpectedArticle = z.strictObject({
  /** The Markdown file, relative to the repository, when it is not `input.md` beside (the seed). */
  input: z.string().optional(),
  /** The article is broken on purpose: the importer must refuse it with an error and nothing is exported. */
  refused: z.literal(true).optional(),
  /** The occupation's name as exported (Occupation.name). */
  title: z.string().min(1).optional(),
  /** The currency of every salary tier. */
  currency: z.string().length(3).optional(),
  /** Gross or net, for every tier that does not say otherwise. */
  basis: Basis.optional(),
  /** The range the article gives for the job as a whole: the lowest and highest amount over all tiers in that period. */
  headline: z.strictObject({ period: Period, min: z.number().positive(), max: z.number().positive() }).optional(),
  /** The salary tiers, lowest first, with their amounts per period. */
  tiers: z
    .array(z.strictObject({ level: z.string().min(1), basis: Basis.optional(), amounts: z.partialRecord(Period, ExpectedAmount) }))
    .default([]),
  /** The FAQ entries in order: the question as written and the start of its answer. */
  faq: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).default([]),
  /**
   * Figures about something else (a freelance rate, an allowance, a bonus, the market's low and high
   * end, a city's pay): none of their values may appear in a tier, and the importer must leave a
   * message at their line.
   */
  notTiers: z
    .array(z.strictObject({ what: z.string().min(1), values: z.array(z.number().positive()).min(1), line: z.number().int().positive(), basis: Basis.optional() }))
    .default([]),
})
export type ExpectedArticle = z.infer<typeof ExpectedArticle>
