import { z } from 'zod'
import { salaryBases, salaryPeriods } from '../../core/constants.ts'
import { statedPeriods } from '../../import/lib/amounts/statedPeriods.ts'

const positive = z.number().positive()
/** A statistical distribution: its median and percentiles, as far as the article gives them. */
const ExpectedDistribution = z
  .strictObject({ p10: positive.optional(), p25: positive.optional(), median: positive.optional(), p75: positive.optional(), p90: positive.optional() })
  .refine((d) => Object.keys(d).length > 0, 'Expected a median or a percentile')

/**
 * An amount as a fixture expects it: one value (an average, the default statistic), a range
 * (either end may be open), or a distribution (a median, percentiles).
 */
const ExpectedAmount = z.union([positive, z.strictObject({ min: positive.optional(), max: positive.optional() }), ExpectedDistribution])
export type ExpectedAmount = z.infer<typeof ExpectedAmount>

/** Every period an article can state: a period the content model lacks (four-weekly) must then stay out of every tier. */
const Period = z.enum(statedPeriods)
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
  headline: z.strictObject({ period: z.enum(salaryPeriods), min: z.number().positive(), max: z.number().positive() }).optional(),
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
