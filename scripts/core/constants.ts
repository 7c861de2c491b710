/**
 * Constants that the Studio schema, the zod model and the export share.
 * Values that come from outside (Google, ISO) say where in a comment.
 */

/**
 * Periods a salary amount can be given in. All but FOUR_WEEKS are Google's `unitText` values;
 * four-weekly pay (13 periods a year under many Dutch collective agreements) is published per
 * year by one rule (fourWeeksPerYear, rules/lib/publishedAmount.ts).
 */
export const salaryPeriods = ['HOUR', 'DAY', 'WEEK', 'FOUR_WEEKS', 'MONTH', 'YEAR'] as const
export type SalaryPeriod = (typeof salaryPeriods)[number]

/** The `unitText` values Google's job posting documentation lists for baseSalary: every salary period but FOUR_WEEKS. */
export const googleSalaryUnits = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const satisfies ReadonlyArray<SalaryPeriod>
export type GoogleSalaryUnit = (typeof googleSalaryUnits)[number]

/**
 * The one rule for four-weekly pay: an amount per four weeks is published per YEAR, times 13
 * (13 × 4 weeks = 52 weeks, the year Dutch four-weekly payrolls pay in 13 periods), with the
 * stated amount and period kept in the salary's description. YEAR, not the hourly rate: it needs
 * no hours (a vacancy or tier may state none), it is exact, and it is a unit Google knows.
 */
export const fourWeeksPerYear = 13

/** ISO 8601 durations for each period, used by MonetaryAmountDistribution.duration. */
export const periodDurations = {
  HOUR: 'PT1H',
  DAY: 'P1D',
  WEEK: 'P1W',
  FOUR_WEEKS: 'P4W',
  MONTH: 'P1M',
  YEAR: 'P1Y',
} as const satisfies Record<SalaryPeriod, string>

const weekRange = { min: 50, max: 50_000 } as const
/**
 * Plausible ranges per period, in the currency's main unit. They catch typos
 * (a monthly wage typed as 24500, an hourly wage typed as 1450) rather than
 * judge pay; amounts outside them are refused.
 */
export const amountRanges = {
  HOUR: { min: 1, max: 1_000 },
  DAY: { min: 10, max: 10_000 },
  WEEK: weekRange,
  // Four weeks: four times a week's range.
  FOUR_WEEKS: { min: weekRange.min * 4, max: weekRange.max * 4 },
  MONTH: { min: 100, max: 250_000 },
  YEAR: { min: 1_000, max: 3_000_000 },
} as const satisfies Record<SalaryPeriod, { min: number; max: number }>

/**
 * Monthly ≈ hourly × hours per month, where hours per month = hours per week × 52 / 12
 * (40 h/week → 173.3 h/month). The tier states its hours per week; without it 40 is assumed.
 */
export const defaultHoursPerWeek = 40
/** How far the monthly amount may be from hourly × hours per month, as a fraction (0.10 = ±10 %). */
export const monthlyHourlyTolerance = 0.1
/** The most hours per week a tier or a vacancy may state (more is a typo, such as 400 for 40). */
export const maxHoursPerWeek = 80

/**
 * What a tier's amounts are, as the source gives them. `average`: a mean (what career pages and
 * most salary overviews give, "gemiddeld"), published as a plain amount (schema.org
 * MonetaryAmount). `median`: the median of a salary survey, published as a distribution
 * (MonetaryAmountDistribution.median). A tier without the field is an average.
 */
export const salaryStatistics = ['average', 'median'] as const
export type SalaryStatistic = (typeof salaryStatistics)[number]
/** What a tier is when it does not say. */
export const defaultSalaryStatistic: SalaryStatistic = 'average'

/**
 * The percentiles a median tier's amount may give beside its median, by their field names; they
 * are MonetaryAmountDistribution's own properties (https://schema.org/MonetaryAmountDistribution).
 */
export const percentileFields = ['percentile10', 'percentile25', 'percentile75', 'percentile90'] as const
export type PercentileField = (typeof percentileFields)[number]

/** Gross or net: net amounts stay net and are never exported as a (gross) salary. */
export const salaryBases = ['gross', 'net'] as const
export type SalaryBasis = (typeof salaryBases)[number]

/** Google's employmentType values for JobPosting (Search Central, "Job posting structured data"). */
export const employmentTypes = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const
export type EmploymentType = (typeof employmentTypes)[number]

/** Google's credentialCategory values for EducationalOccupationalCredential. */
export const credentialCategories = [
  'high school',
  'associate degree',
  'bachelor degree',
  'professional certificate',
  'postgraduate degree',
] as const
export type CredentialCategory = (typeof credentialCategories)[number]

/**
 * Dutch education levels and the Google credential category each maps to.
 * mbo is upper-secondary vocational training (EQF 2–4): a vocational qualification,
 * so "professional certificate"; an Associate degree (Ad) is EQF 5.
 */
export const educationLevels = {
  vmbo: { title: 'vmbo', credential: 'high school' },
  havo: { title: 'havo', credential: 'high school' },
  vwo: { title: 'vwo', credential: 'high school' },
  mbo: { title: 'mbo', credential: 'professional certificate' },
  ad: { title: 'Associate degree', credential: 'associate degree' },
  hbo: { title: 'hbo (bachelor)', credential: 'bachelor degree' },
  wo: { title: 'wo (bachelor)', credential: 'bachelor degree' },
  master: { title: 'master', credential: 'postgraduate degree' },
} as const satisfies Record<string, { title: string; credential: CredentialCategory }>
export type EducationLevel = keyof typeof educationLevels
export const educationLevelKeys = Object.keys(educationLevels) as EducationLevel[]

/** How often a job involves shift work. */
export const shiftWorkValues = ['never', 'sometimes', 'often'] as const
/** Where the work is done. */
export const workplaceValues = ['onsite', 'hybrid', 'remote'] as const

/** Content languages the importer and the Studio support. */
export const languages = ['nl', 'en'] as const
export type Language = (typeof languages)[number]

/** The slug rule: lowercase a–z, digits, single hyphens between them. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/**
 * The longest slug, in characters (slugs are ASCII): a page's files are named after it, and a file
 * name holds at most 255 bytes on common file systems, with room left for `.jsonld` and the
 * temporary name a file has while it is written.
 */
export const maxSlugLength = 200

/**
 * The longest `_id`, `_type` or reference an export takes, in characters. They key the content
 * store, whose keys and index members (LMDB's, with its 2,048-byte pages: lmdbStore.ts) hold at
 * most 954 bytes: a character is at most three UTF-8 bytes (768 here), and the store adds up to 44
 * to a member (its seal) and a table's name to a key. An `_id` of 2,500 characters stopped the
 * export with an unexpected failure. Sanity's own ids are ASCII: a UUID, a path of a few segments,
 * or one with `drafts.` or `versions.<release>.` before it, far below this.
 */
export const maxIdLength = 256
/** ISCO-08 unit group codes have four digits (ILO). */
export const iscoPattern = /^\d{4}$/
/** ISO 3166-1 alpha-2. */
export const countryPattern = /^[A-Z]{2}$/

/**
 * The longest text any field may hold, in characters. Real fields stay far below it (a long
 * article body is a few thousand characters per block); it stops a runaway paste or a broken
 * export from turning into a 50 MB page.
 */
export const maxTextLength = 100_000

/**
 * The deepest list level a text block may have: the HTML renderer (@portabletext/to-html) nests
 * calls per level and runs out of stack between 500 and 1,000 levels down; real lists nest three
 * or four deep, and Markdown is refused past JOBLD_MAX_MARKDOWN_NESTING (32) unless raised.
 */
export const maxListLevel = 100

/**
 * The most spans one text block may have: the renderer's marks tree (@portabletext/toolkit) takes
 * time that grows with the square of the spans in a block (20,000 took 5.7 s); a real paragraph
 * has a few dozen.
 */
export const maxSpansPerBlock = 2_000
