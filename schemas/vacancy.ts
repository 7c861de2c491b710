import { defineArrayMember, defineField, defineType, type ValidationError } from 'sanity'
import { checkHoursPerWeek } from '../scripts/lib/rules/checkHoursPerWeek.ts'
import { checkVacancyDates } from '../scripts/lib/rules/checkVacancyDates.ts'
import { checkVacancyPlace } from '../scripts/lib/rules/checkVacancyPlace.ts'
import { isExpired } from '../scripts/lib/rules/isExpired.ts'
import { countryCodeRule } from './lib/countryCodeRule.ts'
import { formatVacancySalary } from './lib/formatVacancySalary.ts'
import { importHashField } from './lib/importHashField.ts'
import { isRecord } from './lib/isRecord.ts'
import { optionLists } from './lib/labels.ts'
import { slugField } from './lib/slugField.ts'
import { toValidationErrors } from './lib/toValidationErrors.ts'

/**
 * The vacancy rules that span fields, through the build's own checks: it closes after it was
 * posted (checkVacancyDates); its hours per week are plausible (checkHoursPerWeek); it has a
 * location or is remote with applicant countries, and takes its salary from a tier or its own,
 * not both (checkVacancyPlace).
 */
function validateVacancy(doc: unknown): ValidationError[] | true {
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
  return toValidationErrors([...(dates ? [dates] : []), ...(hours ? [hours] : []), ...place], doc)
}

/**
 * Vacature: a real, individual job opening for a job profile (schema.org JobPosting).
 * Its salary is its own (the employer's: baseSalary), or a tier of the profile (an estimate for
 * its hours per week: estimatedSalary).
 */
export const vacancy = defineType({
  name: 'vacancy',
  title: 'Vacature',
  type: 'document',
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'salary', title: 'Salaris' },
    { name: 'location', title: 'Locatie' },
    { name: 'publication', title: 'Publicatie' },
    { name: 'seo', title: 'SEO/Koppelingen' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Functietitel',
      description: 'Titel van de vacature zonder plaats of salaris, zoals "Klantenservicemedewerker".',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({ ...slugField, group: 'seo' }),
    defineField({
      name: 'jobProfile',
      title: 'Beroep',
      description: 'Het beroep waar deze vacature bij hoort.',
      type: 'reference',
      to: [{ type: 'jobProfile' }],
      group: 'seo',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'salaryTier',
      title: 'Salarisniveau',
      description:
        'Een salarisniveau van het beroep: de export publiceert het als schatting (omgerekend naar de uren per week), niet als het salaris van deze vacature. Noemt de werkgever een salaris, vul dan hieronder een eigen salaris in, niet allebei.',
      type: 'reference',
      to: [{ type: 'salaryTier' }],
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
    defineField({
      name: 'salary',
      title: 'Eigen salaris',
      description: 'Het salaris dat de werkgever voor deze vacature noemt; alleen dit wordt als basissalaris gepubliceerd.',
      type: 'vacancySalary',
      group: 'salary',
    }),
    defineField({
      name: 'hiringOrganization',
      title: 'Werkgever',
      description: 'De organisatie die de kandidaat in dienst neemt.',
      type: 'reference',
      to: [{ type: 'organization' }],
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'employmentTypes',
      title: 'Soort dienstverband',
      description: 'Een of meer soorten, zoals voltijd en deeltijd.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionLists.employmentTypes, layout: 'grid' },
      group: 'content',
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'hoursPerWeek',
      title: 'Uren per week',
      description: 'Hoeveel uur per week de baan is, zoals 24 of 40. Een geschat salaris uit een salarisniveau wordt hiernaar omgerekend.',
      type: 'number',
      group: 'content',
    }),
    defineField({
      name: 'location',
      title: 'Werklocatie',
      description: 'Waar het werk gedaan wordt. Laat leeg bij een volledig thuiswerkvacature en zet "Op afstand" aan.',
      type: 'jobLocation',
      group: 'location',
    }),
    defineField({
      name: 'remote',
      title: 'Op afstand',
      description: 'Aan als het werk volledig thuis of op afstand gedaan kan worden.',
      type: 'boolean',
      group: 'location',
    }),
    defineField({
      name: 'applicantCountries',
      title: 'Landen van kandidaten',
      description: 'Bij werk op afstand: uit welke landen kandidaten mogen solliciteren (ISO-codes, zoals NL en BE).',
      type: 'array',
      of: [defineArrayMember({ type: 'string', validation: (rule) => countryCodeRule(rule) })],
      options: { layout: 'tags' },
      group: 'location',
    }),
    defineField({
      name: 'datePosted',
      title: 'Publicatiedatum',
      description: 'Datum waarop de vacature online kwam.',
      type: 'date',
      initialValue: () => new Date().toISOString().slice(0, 10),
      group: 'publication',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'validThrough',
      title: 'Geldig tot',
      description: 'Tot wanneer er gesolliciteerd kan worden; daarna is de vacature verlopen.',
      type: 'datetime',
      group: 'publication',
    }),
    defineField({
      name: 'identifier',
      title: 'Vacaturenummer',
      description: 'Het eigen nummer van de werkgever voor deze vacature.',
      type: 'string',
      group: 'publication',
    }),
    defineField({
      name: 'directApply',
      title: 'Direct solliciteren',
      description: 'Aan als kandidaten zonder omweg via de sollicitatielink kunnen solliciteren.',
      type: 'boolean',
      group: 'publication',
    }),
    defineField({
      name: 'applyUrl',
      title: 'Sollicitatielink',
      description: 'Volledig adres van het sollicitatieformulier, met https://.',
      type: 'url',
      group: 'publication',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
    defineField({
      name: 'body',
      title: 'Vacaturetekst',
      description: 'De volledige tekst van de vacature.',
      type: 'blockContent',
      group: 'content',
    }),
    defineField({
      name: 'language',
      title: 'Taal',
      description: 'Taal van de vacature.',
      type: 'string',
      options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
      initialValue: 'nl',
      group: 'seo',
      validation: (rule) => rule.required(),
    }),
    importHashField,
  ],
  validation: (rule) => rule.custom(validateVacancy).error(),
  orderings: [
    { name: 'datePostedDesc', title: 'Nieuwste eerst', by: [{ field: 'datePosted', direction: 'desc' }] },
    { name: 'validThroughAsc', title: 'Sluit het eerst', by: [{ field: 'validThrough', direction: 'asc' }] },
  ],
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
      const where = [locality, remote === true ? 'Op afstand' : undefined].filter(Boolean).join(' / ')
      const hours = typeof hoursPerWeek === 'number' ? `${hoursPerWeek} u/w` : undefined
      const salary = formatVacancySalary({ ...pay, hoursPerWeek }) || undefined
      const subtitle = [where, salary, hours, isExpired(validThrough, new Date()) ? 'Verlopen' : undefined].filter(Boolean)
      return { title: title || 'Nieuwe vacature', subtitle: subtitle.join(' · ') }
    },
  },
})
