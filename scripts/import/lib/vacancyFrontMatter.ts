import { z } from 'zod'
import { CountryCode, HttpUrl, Language } from '../../core/model/common.ts'
import { employmentTypes, salaryBases, salaryPeriods, slugPattern } from '../../core/rules/constants.ts'
import type { FrontMatterField } from './readFrontMatter.ts'

const text = z.string().trim().min(1)
const textOrNumber = z.union([z.string().trim().min(1), z.number()]).transform(String)
const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })])
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]))
// "full-time", "Full time" and "FULL_TIME" all name Google's FULL_TIME.
const employmentType = z
  .string()
  .transform((v) => v.trim().toUpperCase().replace(/[-\s]+/g, '_'))
  .pipe(z.enum(employmentTypes))

// "month", "Month" and "MONTH" all name the period MONTH.
const period = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.enum(salaryPeriods))
/**
 * The employer's own salary for the vacancy: one amount (`value`) or a range (`minValue`,
 * `maxValue`) per `period`, EUR and gross unless it says otherwise. The amount rules run on the
 * vacancy document (rules/checkAmount.ts).
 */
const salary = z
  .strictObject({
    value: z.number().optional(),
    minValue: z.number().optional(),
    maxValue: z.number().optional(),
    period,
    currency: z.string().trim().min(1).default('EUR'),
    basis: z.enum(salaryBases).default('gross'),
  })
  .refine((s) => s.value !== undefined || s.minValue !== undefined || s.maxValue !== undefined)

/**
 * The front matter keys of a vacancy. `profile` is the job profile's slug and `level` one of
 * its salary tiers (an estimate) or `salary` the employer's own salary (the baseSalary);
 * `organization` is the employer, `hoursPerWeek` the job's hours.
 */
export const vacancyFrontMatter = {
  type: { schema: z.literal('vacancy'), expected: '`vacancy`', required: true },
  title: { schema: text, expected: 'the vacancy title as text', fieldPath: ['title'] },
  slug: { schema: z.string().regex(slugPattern), expected: 'a slug of lowercase letters, digits and single hyphens', fieldPath: ['slug', 'current'] },
  profile: { schema: z.string().regex(slugPattern), expected: 'the slug of a job profile, such as customer-service-medewerker', required: true, fieldPath: ['jobProfile'] },
  level: { schema: text, expected: 'a salary level of the profile, such as Medior', fieldPath: ['salaryTier'] },
  organization: { schema: text, expected: 'the employer\'s name', required: true, fieldPath: ['hiringOrganization'] },
  organizationUrl: { schema: HttpUrl, expected: 'the employer\'s website as an absolute http(s) URL' },
  country: { schema: CountryCode, expected: 'an ISO 3166-1 alpha-2 code such as NL', required: true, fieldPath: ['location', 'country'] },
  locality: { schema: text, expected: 'a city such as Utrecht', fieldPath: ['location', 'locality'] },
  region: { schema: text, expected: 'a province or region such as Utrecht', fieldPath: ['location', 'region'] },
  postalCode: { schema: textOrNumber, expected: 'a postal code such as 3511 AA', fieldPath: ['location', 'postalCode'] },
  streetAddress: { schema: text, expected: 'a street and number', fieldPath: ['location', 'streetAddress'] },
  remote: { schema: z.boolean(), expected: 'true or false', fieldPath: ['remote'] },
  applicantCountries: { schema: oneOrMany(CountryCode), expected: 'ISO 3166-1 alpha-2 codes such as [NL, BE]', fieldPath: ['applicantCountries'] },
  hoursPerWeek: { schema: z.number(), expected: 'the hours a week as a number, such as 24', fieldPath: ['hoursPerWeek'] },
  salary: {
    schema: salary,
    expected: 'the employer\'s own salary: value, or minValue and maxValue, with period (HOUR, DAY, WEEK, MONTH or YEAR), currency (EUR) and basis (gross or net)',
    fieldPath: ['salary'],
  },
  employmentType: {
    schema: oneOrMany(employmentType),
    expected: `one or more of ${employmentTypes.join(', ')}`,
    required: true,
    fieldPath: ['employmentTypes'],
  },
  datePosted: { schema: dateOrDateTime, expected: 'an ISO 8601 date such as 2026-01-15', required: true, fieldPath: ['datePosted'] },
  validThrough: { schema: dateOrDateTime, expected: 'an ISO 8601 date such as 2027-06-30', fieldPath: ['validThrough'] },
  identifier: { schema: textOrNumber, expected: 'the employer\'s reference for the vacancy', fieldPath: ['identifier'] },
  directApply: { schema: z.boolean(), expected: 'true or false', fieldPath: ['directApply'] },
  applyUrl: { schema: HttpUrl, expected: 'an absolute http(s) URL', fieldPath: ['applyUrl'] },
  language: { schema: Language, expected: 'nl or en', required: true, fieldPath: ['language'] },
} as const satisfies Record<string, FrontMatterField>
