import { z } from 'zod'
import { checkAmount } from '../rules/checkAmount.ts'
import { checkCurrency } from '../rules/checkCurrency.ts'
import { checkHoursPerWeek } from '../rules/checkHoursPerWeek.ts'
import { checkVacancyDates } from '../rules/checkVacancyDates.ts'
import { checkVacancyPlace } from '../rules/checkVacancyPlace.ts'
import { employmentTypes, salaryBases, salaryPeriods } from '../rules/constants.ts'
import { formatViolation } from '../rules/violation.ts'
import { CountryCode, HttpUrl, Language, Reference, systemFields } from './common.ts'
import { expectedHint } from '../messages/expectedHint.ts'
import { objectTypes } from './objectTypes.ts'
import { RuleSlug } from './jobProfile.ts'
import { PortableText } from './portableText.ts'

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: expectedHint('isoDate'),
})

/**
 * A vacancy's own salary: the employer's offer for this job, and the only source of a JobPosting's
 * baseSalary (a tier gives an estimatedSalary).
 */
export const VacancySalary = z.object({
  _type: z.literal(objectTypes.vacancySalary),
  period: z.enum(salaryPeriods),
  value: z.number().optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  currency: z.string(),
  basis: z.enum(salaryBases),
})

/**
 * A real, individual job opening (schema.org JobPosting) for a job profile.
 */
export const VacancyDoc = z
  .object({
    ...systemFields,
    /** Fingerprint the importer stores (hidden in the Studio). */
    importHash: z.string().optional(),
    _type: z.literal('vacancy'),
    title: z.string().trim().min(1),
    slug: RuleSlug,
    jobProfile: Reference,
    salaryTier: Reference.optional(),
    salary: VacancySalary.optional(),
    hiringOrganization: Reference,
    employmentTypes: z.array(z.enum(employmentTypes)).min(1),
    /** Hours a week of the job; a tier's estimate is prorated by them (rules/estimateSalary.ts). */
    hoursPerWeek: z.number().optional(),
    location: z
      .object({
        _type: z.literal(objectTypes.jobLocation),
        country: CountryCode,
        locality: z.string().trim().min(1).optional(),
        region: z.string().trim().min(1).optional(),
        postalCode: z.string().trim().min(1).optional(),
        streetAddress: z.string().trim().min(1).optional(),
      })
      .optional(),
    remote: z.boolean().optional(),
    applicantCountries: z.array(CountryCode).optional(),
    datePosted: isoDateOrDateTime,
    validThrough: isoDateOrDateTime.optional(),
    identifier: z.string().trim().min(1).optional(),
    directApply: z.boolean().optional(),
    applyUrl: HttpUrl.optional(),
    body: PortableText.optional(),
    language: Language,
  })
  .superRefine((vacancy, ctx) => {
    const add = (v: ReturnType<typeof checkVacancyDates>) =>
      v && ctx.addIssue({ code: 'custom', path: [...v.path], message: formatViolation(v, 'en'), params: { rule: v.code, values: v.params } })
    add(checkVacancyDates(vacancy.datePosted, vacancy.validThrough))
    if (vacancy.hoursPerWeek !== undefined) add(checkHoursPerWeek(vacancy.hoursPerWeek))
    if (vacancy.salary) {
      for (const v of checkAmount(vacancy.salary, ['salary'])) add(v)
      add(checkCurrency(vacancy.salary.currency, ['salary', 'currency']))
    }
    for (const v of checkVacancyPlace(vacancy)) add(v)
  })
export type VacancyDoc = z.infer<typeof VacancyDoc>
