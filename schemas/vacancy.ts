import { defineArrayMember, defineField, defineType, type ValidationContext, type ValidationError } from 'sanity'
import type { DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { objectTypes } from '../scripts/core/model/objectTypes.ts'
import { checkHoursPerWeek } from '../scripts/core/rules/checkHoursPerWeek.ts'
import { checkVacancyDates } from '../scripts/core/rules/checkVacancyDates.ts'
import { checkVacancyPlace } from '../scripts/core/rules/checkVacancyPlace.ts'
import { isExpired } from '../scripts/core/rules/isExpired.ts'
import { countryCodeRule } from './lib/countryCodeRule.ts'
import { formatVacancySalary } from './lib/formatVacancySalary.ts'
import { groups } from './lib/groups.ts'
import { importHashField } from './lib/importHashField.ts'
import { isRecord } from './lib/isRecord.ts'
import { optionLists } from '../scripts/core/model/optionLists.ts'
import { orderings } from './lib/orderings.ts'
import { previewText } from './lib/previewText.ts'
import { slugField } from './lib/slugField.ts'
import { studioLanguage, validationLanguage } from './lib/studioLanguage.ts'
import { text, typeTitle } from './lib/text.ts'
import { toValidationErrors } from './lib/toValidationErrors.ts'

/**
 * The vacancy rules that span fields, through the build's own checks: it closes after it was
 * posted (checkVacancyDates); its hours per week are plausible (checkHoursPerWeek); it has a
 * location or is remote with applicant countries, and takes its salary from a tier or its own,
 * not both (checkVacancyPlace).
 */
function validateVacancy(doc: unknown, context: ValidationContext): ValidationError[] | true {
  if (!isRecord(doc)) return true
  const validThrough = typeof doc.validThrough === 'string' ? doc.validThrough : undefined
  const dates = typeof doc.datePosted === 'string' ? checkVacancyDates(doc.datePosted, validThrough) : undefined
  const countries = Array.isArray(doc.applicantCountries) ? doc.applicantCountries.filter((c): c is string => typeof c === 'string') : undefined
  const place = checkVacancyPlace({
    location: doc.location,
    remote: doc.remote === true,
    applicantCountries: countries,
    salaryTier: doc.salaryTier,
    salary: doc.salary,
  })
  const hours = typeof doc.hoursPerWeek === 'number' ? checkHoursPerWeek(doc.hoursPerWeek) : undefined
  return toValidationErrors([...(dates ? [dates] : []), ...(hours ? [hours] : []), ...place], doc, validationLanguage(context))
}

/** Applicant countries belong to remote work only: the export leaves them out of any other vacancy. */
const notRemote = ({ document }: { document?: Record<string, unknown> | undefined }) => document?.remote !== true

/**
 * Vacature: a real, individual job opening for a job profile (schema.org JobPosting).
 * Its salary is its own (the employer's: baseSalary), or a tier of the profile (an estimate for
 * its hours per week: estimatedSalary).
 * @param names the Studio's names of jobld's document types
 * @returns the document type
 */
export function vacancy(names: DocumentTypeNames) {
  return defineType({
    name: names.vacancy,
    title: typeTitle('vacancy'),
    type: 'document',
    groups: [groups.content(true), groups.salary(), groups.location(), groups.publication(), groups.seo()],
    fields: [
      defineField({ name: 'title', ...text('vacancy.title'), type: 'string', group: 'content', validation: (rule) => rule.required() }),
      defineField({ ...slugField, group: 'seo' }),
      defineField({
        name: 'jobProfile',
        ...text('vacancy.jobProfile'),
        type: 'reference',
        to: [{ type: names.jobProfile }],
        group: 'seo',
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: 'salaryTier',
        ...text('vacancy.salaryTier'),
        type: 'reference',
        to: [{ type: names.salaryTier }],
        group: 'salary',
        options: {
          // Only the tiers the chosen job profile lists.
          filter: ({ document }) => {
            const profile = isRecord(document.jobProfile) ? document.jobProfile._ref : undefined
            return typeof profile === 'string'
              ? { filter: '_id in *[_id == $profile][0].salaryTiers[]._ref', params: { profile } }
              : {}
          },
        },
      }),
      defineField({ name: 'salary', ...text('vacancy.salary'), type: objectTypes.vacancySalary, group: 'salary' }),
      defineField({
        name: 'hiringOrganization',
        ...text('vacancy.hiringOrganization'),
        type: 'reference',
        to: [{ type: names.organization }],
        group: 'content',
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: 'employmentTypes',
        ...text('vacancy.employmentTypes', 'employmentTypes'),
        type: 'array',
        of: [defineArrayMember({ type: 'string' })],
        options: { list: optionLists.employmentTypes, layout: 'grid' },
        group: 'content',
        validation: (rule) => rule.required().min(1).unique(),
      }),
      defineField({ name: 'hoursPerWeek', ...text('vacancy.hoursPerWeek'), type: 'number', group: 'content' }),
      defineField({ name: 'location', ...text('vacancy.location'), type: objectTypes.jobLocation, group: 'location' }),
      defineField({ name: 'remote', ...text('vacancy.remote'), type: 'boolean', group: 'location' }),
      defineField({
        name: 'applicantCountries',
        ...text('vacancy.applicantCountries'),
        type: 'array',
        of: [defineArrayMember({ type: 'string', validation: (rule) => countryCodeRule(rule) })],
        options: { layout: 'tags' },
        group: 'location',
        hidden: notRemote,
      }),
      defineField({
        name: 'datePosted',
        ...text('vacancy.datePosted'),
        type: 'date',
        initialValue: () => new Date().toISOString().slice(0, 10),
        group: 'publication',
        validation: (rule) => rule.required(),
      }),
      defineField({ name: 'validThrough', ...text('vacancy.validThrough'), type: 'datetime', group: 'publication' }),
      defineField({ name: 'identifier', ...text('vacancy.identifier'), type: 'string', group: 'publication' }),
      defineField({ name: 'directApply', ...text('vacancy.directApply'), type: 'boolean', group: 'publication' }),
      defineField({
        name: 'applyUrl',
        ...text('vacancy.applyUrl'),
        type: 'url',
        group: 'publication',
        validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
      }),
      defineField({ name: 'body', ...text('vacancy.body'), type: objectTypes.blockContent, group: 'content' }),
      defineField({
        name: 'language',
        ...text('vacancy.language', 'languages'),
        type: 'string',
        options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
        initialValue: 'nl',
        group: 'seo',
        validation: (rule) => rule.required(),
      }),
      importHashField,
    ],
    validation: (rule) => rule.custom(validateVacancy).error(),
    orderings: [orderings.datePostedDesc(), orderings.validThroughAsc()],
    preview: {
      select: {
        title: 'title',
        locality: 'location.locality',
        remote: 'remote',
        validThrough: 'validThrough',
        hoursPerWeek: 'hoursPerWeek',
        employmentTypes: 'employmentTypes',
        salary: 'salary',
        tierLevel: 'salaryTier.level',
        tierAmounts: 'salaryTier.amounts',
        tierCurrency: 'salaryTier.currency',
        tierBasis: 'salaryTier.basis',
        tierHours: 'salaryTier.hoursPerWeek',
        tierStatistic: 'salaryTier.statistic',
      },
      prepare({ title, locality, remote, validThrough, hoursPerWeek, ...pay }) {
        const where = [locality, remote === true ? previewText('preview.remote') : undefined].filter(Boolean).join(' / ')
        const hours = typeof hoursPerWeek === 'number' ? previewText('preview.hours', { hours: hoursPerWeek }) : undefined
        const salary = formatVacancySalary({ ...pay, hoursPerWeek }, studioLanguage()) || undefined
        const expired = isExpired(validThrough, new Date()) ? previewText('preview.expired') : undefined
        const subtitle = [where, salary, hours, expired].filter(Boolean)
        return { title: title || previewText('preview.new_vacancy'), subtitle: subtitle.join(' · ') }
      },
    },
  })
}
