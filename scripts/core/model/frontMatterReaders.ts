import { z } from 'zod'
import { employmentTypes, iscoPattern, salaryBases, salaryPeriods, slugPattern, type SalaryPeriod } from '../constants.ts'
import { CountryCode, HttpUrl } from './common.ts'
import { objectTypes } from './objectTypes.ts'

/** A value of an enum written loosely: "full-time", "Full time" and "FULL_TIME" all name FULL_TIME. */
const looseEnum = <const V extends readonly [string, ...string[]]>(values: V) =>
  z
    .string()
    .transform((v) => v.trim().toUpperCase().replace(/[-\s]+/g, '_'))
    .pipe(z.enum(values))

/** How front matter may write a salary period besides its name ("month", "MONTH"): four-weekly pay. */
const periodWords: Readonly<Record<string, SalaryPeriod>> = { 'PER 4 WEKEN': 'FOUR_WEEKS', 'PER VIER WEKEN': 'FOUR_WEEKS', '4-WEEKLY': 'FOUR_WEEKS' }

/** Front matter's words for whether a salary includes the holiday allowance. */
const holidayAllowanceWords = { inclusief: true, exclusief: false } as const

/** One value or a list of them, read as a list. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]))

/**
 * How the importer reads front matter values that the document holds in another form than the
 * Markdown writes them (import/lib/readFrontMatter.ts); each key of a declaration's `frontMatter`
 * that gives no `read` is read with its field's own schema.
 */
export const frontMatterReaders = {
  /** Text, trimmed, not empty. */
  text: z.string().trim().min(1),
  /** Text or a number, as text (a postal code, a vacancy number). */
  textOrNumber: z.union([z.string().trim().min(1), z.number()]).transform(String),
  /** An absolute http(s) URL. */
  httpUrl: HttpUrl,
  /** An ISO 3166-1 alpha-2 code. */
  countryCode: CountryCode,
  /** A slug as the slug rule has it. */
  slug: z.string().regex(slugPattern),
  /** An ISO 8601 date. */
  date: z.iso.date(),
  /** An ISCO-08 code, quoted or not. */
  iscoCode: z.union([z.string(), z.number().int()]).transform(String).pipe(z.string().regex(iscoPattern)),
  /** Google's employment types, one or a list, written loosely. */
  employmentTypes: oneOrMany(looseEnum(employmentTypes)),
  oneOrMany,
  /**
   * The employer's own salary for a vacancy: one amount (`value`) or a range (`minValue`,
   * `maxValue`) per `period`, EUR and gross unless it says otherwise; its amount rules run on the
   * vacancy document.
   */
  ownSalary: z
    .strictObject({
      value: z.number().optional(),
      minValue: z.number().optional(),
      maxValue: z.number().optional(),
      // "month", "Month" and "MONTH" all name the period MONTH; "per 4 weken", "per vier weken" and "4-weekly" name FOUR_WEEKS.
      period: z
        .string()
        .transform((v) => {
          const upper = v.trim().toUpperCase().replace(/\s+/g, ' ')
          return periodWords[upper] ?? upper
        })
        .pipe(z.enum(salaryPeriods)),
      currency: z.string().trim().min(1).default('EUR'),
      basis: z.enum(salaryBases).default('gross'),
      vakantiegeld: z
        .string()
        .transform((v) => v.trim().toLowerCase())
        .pipe(z.enum(['inclusief', 'exclusief']))
        .optional(),
    })
    .refine((s) => s.value !== undefined || s.minValue !== undefined || s.maxValue !== undefined)
    .transform(({ vakantiegeld, ...s }) => ({
      _type: objectTypes.vacancySalary,
      ...s,
      ...(vakantiegeld === undefined ? {} : { holidayAllowanceIncluded: holidayAllowanceWords[vakantiegeld] }),
    })),
}
