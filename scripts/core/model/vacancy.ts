import { z } from 'zod'
import { studioMessages } from '../messages/studioMessages.ts'
import { employmentTypes } from '../constants.ts'
import { isExpired } from '../rules/lib/isExpired.ts'
import { isRecord } from '../isRecord.ts'
import { defineDocument } from './declare/defineDocument.ts'
import { field } from './declare/field.ts'
import { frontMatterReaders as read } from './frontMatterReaders.ts'
import { blockContent } from './objects/blockContent.ts'
import { jobLocation } from './objects/jobLocation.ts'
import { vacancySalary } from './objects/vacancySalary.ts'
import { patterns } from './patterns.ts'
import { formatVacancySalary } from './preview/formatVacancySalary.ts'

/**
 * Vacature: a real, individual job opening for a job profile (schema.org JobPosting). Its salary
 * is its own (the employer's: baseSalary), or a tier of the profile (an estimate for its hours per
 * week: estimatedSalary). The importer makes one of each vacancy file (`content/vacancies/*.md`).
 */
export const vacancy = defineDocument({
  name: 'vacancy',
  nl: { title: 'Vacature' },
  en: { title: 'Vacancy' },
  groups: ['content', 'salary', 'location', 'publication', 'seo'],
  fields: {
    title: field.string({
      required: true,
      nonEmpty: true,
      translatable: true,
      group: 'content',
      nl: { title: 'Functietitel', description: 'Titel van de vacature zonder plaats of salaris, zoals "Klantenservicemedewerker".' },
      en: { title: 'Job title', description: 'The title of the vacancy without place or salary, such as "Klantenservicemedewerker".' },
    }),
    slug: field.slug({ group: 'seo', slim: true }),
    jobProfile: field.reference('jobProfile', {
      required: true,
      group: 'seo',
      slim: true,
      nl: { title: 'Beroep', description: 'Het beroep waar deze vacature bij hoort.' },
      en: { title: 'Job profile', description: 'The job profile this vacancy belongs to.' },
    }),
    salaryTier: field.reference('salaryTier', {
      group: 'salary',
      slim: true,
      // Only the tiers the chosen job profile lists.
      filter: ({ document }) => {
        const profile = isRecord(document?.jobProfile) ? document.jobProfile._ref : undefined
        return typeof profile === 'string' ? { filter: '_id in *[_id == $profile][0].salaryTiers[]._ref', params: { profile } } : {}
      },
      nl: {
        title: 'Salarisniveau',
        description:
          'Een salarisniveau van het beroep: de export publiceert het als schatting (omgerekend naar de uren per week), niet als het salaris van deze vacature. Noemt de werkgever een salaris, vul dan hieronder een eigen salaris in, niet allebei.',
      },
      en: {
        title: 'Salary tier',
        description:
          "A salary tier of the job profile: the export publishes it as an estimate (converted to the hours per week), not as this vacancy's salary. When the employer names a salary, fill in an own salary below instead, not both.",
      },
    }),
    salary: field.object(vacancySalary, {
      group: 'salary',
      slim: true,
      nl: { title: 'Eigen salaris', description: 'Het salaris dat de werkgever voor deze vacature noemt; alleen dit wordt als basissalaris gepubliceerd.' },
      en: { title: 'Own salary', description: 'The salary the employer names for this vacancy; only this is published as the base salary.' },
    }),
    hiringOrganization: field.reference('organization', {
      required: true,
      group: 'content',
      slim: true,
      nl: { title: 'Werkgever', description: 'De organisatie die de kandidaat in dienst neemt.' },
      en: { title: 'Employer', description: 'The organisation that hires the candidate.' },
    }),
    /** A staffing agency's vacancy for an employer that stays anonymous: the JSON-LD names no employer (jsonld/vacancyToGraph.ts). */
    confidential: field.boolean({
      group: 'content',
      slim: true,
      nl: {
        title: 'Vertrouwelijke werkgever',
        description:
          'Aan als een uitzend- of wervingsbureau deze vacature plaatst voor een werkgever die anoniem blijft. De JSON-LD noemt dan geen werkgever (hiringOrganization "confidential") en niets dat hem verraadt: geen naam, website, logo of profielen.',
      },
      en: {
        title: 'Confidential employer',
        description:
          'On when a staffing agency posts this vacancy for an employer that stays anonymous. The JSON-LD then names no employer (hiringOrganization "confidential") and nothing that gives it away: no name, website, logo or profiles.',
      },
    }),
    employmentTypes: field.choices('employmentTypes', {
      required: true,
      min: 1,
      unique: true,
      group: 'content',
      slim: true,
      nl: { title: 'Soort dienstverband', description: 'Een of meer soorten, zoals voltijd en deeltijd.' },
      en: { title: 'Employment type', description: 'One or more kinds, such as full time and part time.' },
    }),
    /** Hours a week of the job; a tier's estimate is prorated by them (rules/lib/estimateSalary.ts). */
    hoursPerWeek: field.number({
      group: 'content',
      slim: true,
      nl: { title: 'Uren per week', description: 'Hoeveel uur per week de baan is, zoals 24 of 40. Een geschat salaris uit een salarisniveau wordt hiernaar omgerekend.' },
      en: { title: 'Hours per week', description: "How many hours a week the job is, such as 24 or 40. A salary tier's estimate is converted to them." },
    }),
    location: field.object(jobLocation, {
      group: 'location',
      // Its country decides whether pay transparency applies (rules/lib/checkPayTransparency.ts, across documents); translations must agree on it.
      slim: true,
      nl: { title: 'Werklocatie', description: 'Waar het werk gedaan wordt. Laat leeg bij een volledig thuiswerkvacature en zet "Op afstand" aan.' },
      en: { title: 'Work location', description: 'Where the work is done. Leave it empty for a fully remote vacancy and turn on "Remote".' },
    }),
    remote: field.boolean({
      group: 'location',
      slim: true,
      nl: { title: 'Op afstand', description: 'Aan als het werk volledig thuis of op afstand gedaan kan worden.' },
      en: { title: 'Remote', description: 'On when the work can be done fully from home or remotely.' },
    }),
    applicantCountries: field.strings({
      pattern: patterns.countryCode,
      tags: true,
      group: 'location',
      slim: true,
      // Applicant countries belong to remote work only: the export leaves them out of any other vacancy.
      hidden: ({ document }) => document?.remote !== true,
      nl: { title: 'Landen van kandidaten', description: 'Uit welke landen kandidaten mogen solliciteren (ISO-codes, zoals NL en BE). Alleen bij werk op afstand.' },
      en: { title: 'Applicant countries', description: 'The countries candidates may apply from (ISO codes, such as NL and BE). Remote work only.' },
    }),
    datePosted: field.dateOrDateTime({
      required: true,
      input: 'date',
      initialValue: () => new Date().toISOString().slice(0, 10),
      group: 'publication',
      slim: true,
      nl: { title: 'Publicatiedatum', description: 'Datum waarop de vacature online kwam.' },
      en: { title: 'Date posted', description: 'The date the vacancy went online.' },
    }),
    validThrough: field.dateOrDateTime({
      input: 'datetime',
      group: 'publication',
      slim: true,
      nl: { title: 'Geldig tot', description: 'Tot wanneer er gesolliciteerd kan worden; daarna is de vacature verlopen.' },
      en: { title: 'Valid through', description: 'Until when candidates can apply; after that the vacancy has expired.' },
    }),
    identifier: field.string({
      nonEmpty: true,
      group: 'publication',
      slim: true,
      nl: { title: 'Vacaturenummer', description: 'Het eigen nummer van de werkgever voor deze vacature.' },
      en: { title: 'Vacancy number', description: "The employer's own number for this vacancy." },
    }),
    directApply: field.boolean({
      group: 'publication',
      nl: { title: 'Direct solliciteren', description: 'Aan als kandidaten zonder omweg via de sollicitatielink kunnen solliciteren.' },
      en: { title: 'Direct apply', description: 'On when candidates can apply straight through the application link.' },
    }),
    applyUrl: field.url({
      group: 'publication',
      // A confidential vacancy's links must not lead to the employer's website (the rule vacancyConfidentialLink, across documents and in the Studio).
      slim: true,
      nl: { title: 'Sollicitatielink', description: 'Volledig adres van het sollicitatieformulier, met https://.' },
      en: { title: 'Application link', description: 'The full address of the application form, with https://.' },
    }),
    canonicalUrl: field.url({
      group: 'seo',
      slim: true,
      nl: {
        title: 'Canonieke URL',
        description: 'Staat deze vacature ook elders, zoals op de site van de werkgever of een vacaturebank? Vul dan het adres van de oorspronkelijke vacature in: de JSON-LD geeft het als url van de vacature.',
      },
      en: {
        title: 'Canonical URL',
        description: "Is this vacancy published elsewhere too, such as on the employer's site or a job board? Enter the address of the original: the JSON-LD gives it as the vacancy's url.",
      },
    }),
    body: field.portableText(blockContent, {
      group: 'content',
      nl: { title: 'Vacaturetekst', description: 'De volledige tekst van de vacature.' },
      en: { title: 'Vacancy text', description: 'The full text of the vacancy.' },
    }),
    language: field.choice('languages', {
      required: true,
      layout: 'radio',
      initialValue: 'nl',
      group: 'seo',
      nl: { title: 'Taal', description: 'Taal van de vacature.' },
      en: { title: 'Language', description: 'The language of the vacancy.' },
    }),
  },
  orderings: ['datePostedDesc', 'validThroughAsc'],
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
    prepare({ title, locality, remote, validThrough, hoursPerWeek, ...pay }, language) {
      const say = (id: 'preview.remote' | 'preview.expired' | 'preview.new_vacancy') => studioMessages[id][language]({})
      const where = [locality, remote === true ? say('preview.remote') : undefined].filter(Boolean).join(' / ')
      const hours = typeof hoursPerWeek === 'number' ? studioMessages['preview.hours'][language]({ hours: hoursPerWeek }) : undefined
      const salary = formatVacancySalary({ ...pay, hoursPerWeek }, language) || undefined
      const expired = isExpired(validThrough, new Date()) ? say('preview.expired') : undefined
      const subtitle = [where, salary, hours, expired].filter(Boolean)
      return { title: typeof title === 'string' && title !== '' ? title : say('preview.new_vacancy'), subtitle: subtitle.join(' · ') }
    },
  },
  incomplete: { id: 'vacatures-onvolledig', title: 'problem.vacancies_incomplete' },
  /**
   * The front matter of a vacancy (`content/vacancies/*.md`). `profile` is the job profile's slug
   * and `level` one of its salary tiers (an estimate) or `salary` the employer's own salary (the
   * baseSalary); `organization` is the employer, `hoursPerWeek` the job's hours.
   */
  frontMatter: {
    type: { read: z.literal('vacancy'), expected: '`vacancy`', required: true, doc: '`vacancy`' },
    title: { read: read.text, expected: 'the vacancy title as text', fieldPath: ['title'], doc: "the vacancy's title; else the `#` heading" },
    slug: { read: read.slug, expected: 'a slug of lowercase letters, digits and single hyphens', fieldPath: ['slug', 'current'], doc: "the vacancy's slug; else from the title" },
    profile: { read: read.slug, expected: 'the slug of a job profile, such as customer-service-medewerker', required: true, fieldPath: ['jobProfile'], doc: "the job profile's slug" },
    level: {
      read: read.text,
      expected: 'a salary level of the profile, such as Medior',
      fieldPath: ['salaryTier'],
      doc: "one of that profile's tier levels: the vacancy's pay is then an estimate (`estimatedSalary`)",
    },
    organization: { read: read.text, expected: "the employer's name", required: true, fieldPath: ['hiringOrganization'], doc: "the employer's name" },
    organizationUrl: { read: read.httpUrl, expected: "the employer's website as an absolute http(s) URL", doc: "the employer's website" },
    country: { read: read.countryCode, expected: 'an ISO 3166-1 alpha-2 code such as NL', required: true, fieldPath: ['location', 'country'], doc: 'where the work is: ISO 3166-1 alpha-2, e.g. `NL`' },
    locality: { read: read.text, expected: 'a city such as Utrecht', fieldPath: ['location', 'locality'], doc: 'where the work is: the city' },
    region: { read: read.text, expected: 'a province or region such as Utrecht', fieldPath: ['location', 'region'], doc: 'where the work is: the province or region' },
    postalCode: { read: read.textOrNumber, expected: 'a postal code such as 3511 AA', fieldPath: ['location', 'postalCode'], doc: 'where the work is: the postal code' },
    streetAddress: { read: read.text, expected: 'a street and number', fieldPath: ['location', 'streetAddress'], doc: 'where the work is: street and number' },
    remote: { field: 'remote', expected: 'true or false', doc: 'true for fully remote; `applicantCountries` then defaults to `country`' },
    applicantCountries: {
      read: read.oneOrMany(read.countryCode),
      expected: 'ISO 3166-1 alpha-2 codes such as [NL, BE]',
      fieldPath: ['applicantCountries'],
      doc: 'ISO 3166-1 alpha-2 codes, one or a list',
    },
    hoursPerWeek: {
      field: 'hoursPerWeek',
      expected: 'the hours a week as a number, such as 24',
      doc: "the job's hours per week, e.g. `24`; a tier's estimate is prorated by them, and the JobPosting gets `workHours`",
    },
    salary: {
      field: 'salary',
      read: read.ownSalary,
      expected:
        "the employer's own salary: value, or minValue and maxValue, with period (HOUR, DAY, WEEK, per 4 weken, MONTH or YEAR), currency (EUR), basis (gross or net) and vakantiegeld (inclusief or exclusief)",
      doc: "the employer's own salary, the only source of `baseSalary` (not with `level`): `value`, or `minValue` and `maxValue`, with `period` (HOUR, DAY, WEEK, MONTH, YEAR, or four-weekly: `per 4 weken`, `per vier weken`, `4-weekly`), `currency` (default EUR), `basis` (`gross` by default, or `net`) and `vakantiegeld` (`inclusief` or `exclusief`: whether the amount includes the holiday allowance)",
    },
    employmentType: {
      field: 'employmentTypes',
      read: read.employmentTypes,
      expected: `one or more of ${employmentTypes.join(', ')}`,
      required: true,
      doc: `Google's values: ${employmentTypes.join(', ')}; one or a list`,
    },
    datePosted: { field: 'datePosted', expected: 'an ISO 8601 date such as 2026-01-15', required: true, doc: 'the day the vacancy went online: an ISO 8601 date (or date-time)' },
    validThrough: { field: 'validThrough', expected: 'an ISO 8601 date such as 2027-06-30', doc: 'the last day to apply: an ISO 8601 date (or date-time); the vacancy expires after it' },
    identifier: { field: 'identifier', read: read.textOrNumber, expected: "the employer's reference for the vacancy", doc: "the employer's reference" },
    directApply: { field: 'directApply', expected: 'true or false', doc: 'true when candidates apply directly' },
    applyUrl: { field: 'applyUrl', expected: 'an absolute http(s) URL', doc: 'the application form' },
    confidential: {
      field: 'confidential',
      expected: 'true or false',
      doc: 'true when a staffing agency posts it for an employer that stays anonymous: `hiringOrganization` is then `"confidential"`, and no name, URL, logo or `sameAs` of the employer is published',
    },
    canonicalUrl: {
      field: 'canonicalUrl',
      read: read.httpUrl,
      expected: 'an absolute http(s) URL',
      doc: "the original posting's address when the vacancy is published elsewhere too: the JobPosting's `url` (instead of this page's)",
    },
    language: { field: 'language', expected: 'nl or en', required: true, doc: '`nl` or `en`' },
    translationOf: {
      read: read.slug,
      expected: 'the slug of the vacancy this one translates',
      doc: 'the slug of the vacancy in another language that this one translates: the two become translations of each other (a `translation.metadata` document)',
    },
  },
})
