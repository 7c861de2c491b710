import { z } from 'zod'
import { studioMessages } from '../messages/studioMessages.ts'
import { defineDocument } from './declare/defineDocument.ts'
import { field } from './declare/field.ts'
import { frontMatterReaders as read } from './frontMatterReaders.ts'
import { blockContent } from './objects/blockContent.ts'
import { competency } from './objects/competency.ts'
import { education } from './objects/education.ts'
import { specialisation } from './objects/specialisation.ts'
import { workingConditions } from './objects/workingConditions.ts'
import { patterns } from './patterns.ts'

/**
 * Beroep: a career page that says what an occupation is, does and earns (schema.org Occupation,
 * with an FAQPage). Not a job opening: vacancies point at it. The importer makes one of each
 * career article (`content/articles/*.md`).
 */
export const jobProfile = defineDocument({
  name: 'jobProfile',
  nl: { title: 'Beroep' },
  en: { title: 'Job profile' },
  groups: ['content', 'salary', 'education', 'conditions', 'seo'],
  fields: {
    title: field.string({
      required: true,
      nonEmpty: true,
      translatable: true,
      group: 'content',
      nl: { title: 'Functietitel', description: 'De naam van het beroep zoals lezers hem zoeken, zoals "Customer service medewerker".' },
      en: { title: 'Job title', description: 'The name of the occupation as readers search for it, such as "Customer service medewerker".' },
    }),
    slug: field.slug({ group: 'seo', slim: true }),
    alternativeTitles: field.strings({
      nonEmpty: true,
      tags: true,
      group: 'seo',
      nl: { title: 'Andere functietitels', description: 'Andere namen voor hetzelfde beroep, zoals "Klantenservicemedewerker".' },
      en: { title: 'Other job titles', description: 'Other names for the same occupation, such as "Klantenservicemedewerker".' },
    }),
    summary: field.string({
      required: true,
      nonEmpty: true,
      translatable: true,
      rows: 4,
      group: 'content',
      nl: { title: 'Samenvatting', description: 'Wat het beroep inhoudt in twee of drie zinnen; wordt de beschrijving in de zoekresultaten.' },
      en: { title: 'Summary', description: 'What the occupation is about in two or three sentences; it becomes the description in search results.' },
    }),
    body: field.portableText(blockContent, {
      group: 'content',
      nl: { title: 'Artikel', description: 'De volledige tekst van het beroepsartikel.' },
      en: { title: 'Article', description: 'The full text of the career article.' },
    }),
    specialisations: field.objects(specialisation, {
      group: 'content',
      nl: { title: 'Specialisaties', description: 'Soorten van dit beroep, elk met een korte omschrijving.' },
      en: { title: 'Specialisations', description: 'Kinds of this occupation, each with a short description.' },
    }),
    tasks: field.strings({
      nonEmpty: true,
      group: 'content',
      nl: { title: 'Taken', description: 'De belangrijkste werkzaamheden, één per regel.' },
      en: { title: 'Tasks', description: 'The main duties, one per line.' },
    }),
    competencies: field.objects(competency, {
      group: 'education',
      nl: { title: 'Competenties', description: 'Vaardigheden die werkgevers vragen, elk met een uitleg.' },
      en: { title: 'Competencies', description: 'Skills employers ask for, each with an explanation.' },
    }),
    education: field.object(education, {
      group: 'education',
      nl: { title: 'Opleiding', description: 'Welke opleiding nodig is.' },
      en: { title: 'Education', description: 'The schooling the occupation needs.' },
    }),
    sectors: field.strings({
      nonEmpty: true,
      tags: true,
      group: 'conditions',
      nl: { title: 'Sectoren', description: 'Branches waarin het beroep voorkomt, zoals "Retail" of "Energie".' },
      en: { title: 'Sectors', description: 'Industries the occupation is found in, such as "Retail" or "Energy".' },
    }),
    workingConditions: field.object(workingConditions, {
      group: 'conditions',
      nl: { title: 'Werkomstandigheden', description: 'Diensten en werkplekken.' },
      en: { title: 'Working conditions', description: 'Shifts and workplaces.' },
    }),
    certificates: field.strings({
      nonEmpty: true,
      group: 'education',
      nl: { title: 'Certificaten', description: 'Certificaten of diploma’s die gevraagd of gewaardeerd worden.' },
      en: { title: 'Certificates', description: 'Certificates or diplomas that are asked for or valued.' },
    }),
    iscoCode: field.string({
      pattern: patterns.iscoCode,
      group: 'seo',
      slim: true,
      nl: { title: 'ISCO-code', description: 'Beroepscode volgens ISCO-08 (ILO), vier cijfers; klantenservicemedewerkers zijn 4222.' },
      en: { title: 'ISCO code', description: 'The occupation code in ISCO-08 (ILO), four digits; customer service staff are 4222.' },
    }),
    country: field.string({
      required: true,
      pattern: patterns.countryCode,
      initialValue: 'NL',
      group: 'seo',
      slim: true,
      nl: { title: 'Land', description: 'Land waar het artikel over gaat, als ISO 3166-1-code (NL).' },
      en: { title: 'Country', description: 'The country the article is about, as an ISO 3166-1 code (NL).' },
    }),
    language: field.choice('languages', {
      required: true,
      layout: 'radio',
      initialValue: 'nl',
      group: 'seo',
      slim: true,
      nl: { title: 'Taal', description: 'Taal van het artikel.' },
      en: { title: 'Language', description: 'The language of the article.' },
    }),
    salaryTiers: field.references('salaryTier', {
      group: 'salary',
      slim: true,
      nl: { title: 'Salarisniveaus', description: 'Van laag naar hoog; elk hoger niveau verdient minstens zoveel als het niveau eronder.' },
      en: { title: 'Salary tiers', description: 'From low to high; each higher tier earns at least as much as the tier below it.' },
    }),
    faq: field.references('faqEntry', {
      group: 'content',
      slim: true,
      nl: { title: 'Veelgestelde vragen', description: 'Vragen en antwoorden onderaan de pagina; een vraag kan bij meer beroepen horen.' },
      en: { title: 'Frequently asked questions', description: 'Questions and answers at the bottom of the page; a question can belong to several job profiles.' },
    }),
    publisher: field.reference('organization', {
      required: true,
      group: 'seo',
      slim: true,
      nl: { title: 'Uitgever', description: 'De organisatie die het artikel publiceert.' },
      en: { title: 'Publisher', description: 'The organisation that publishes the article.' },
    }),
  },
  orderings: ['titleAsc', 'updatedDesc'],
  preview: {
    select: { title: 'title', country: 'country', language: 'language' },
    prepare({ title, country, language: articleLanguage }, language) {
      const where = [country, typeof articleLanguage === 'string' ? articleLanguage.toUpperCase() : undefined].filter(Boolean)
      return { title: typeof title === 'string' && title !== '' ? title : studioMessages['preview.new_profile'][language]({}), subtitle: where.join(' · ') }
    },
  },
  incomplete: { id: 'beroepen-onvolledig', title: 'problem.profiles_incomplete' },
  /** The front matter of a career article (`content/articles/*.md`), which becomes a job profile. */
  frontMatter: {
    type: { read: z.literal('article'), expected: '`article` (or no `type`)', doc: '`article` (the default) or `vacancy`' },
    title: { read: read.text, expected: 'the job title as text', fieldPath: ['title'], doc: 'the job title; else derived from the `#` heading ("Wat doet en verdient een … ?")' },
    slug: {
      read: read.slug,
      expected: 'a slug of lowercase letters, digits and single hyphens',
      fieldPath: ['slug', 'current'],
      doc: "the page's slug; else made from the title: lowercase, accents removed, other characters → `-`",
    },
    alternativeTitles: {
      read: z.array(read.text),
      expected: 'a list of other names for the job',
      fieldPath: ['alternativeTitles'],
      doc: 'other names for the job; else taken from "ook wel … genoemd" / "also known as …"',
    },
    organization: { read: read.text, expected: "the publisher's name, such as Manpower", required: true, fieldPath: ['publisher'], doc: "the publisher's name (the seed: Manpower)" },
    organizationUrl: { read: read.httpUrl, expected: "the publisher's website as an absolute http(s) URL", doc: "the publisher's website" },
    country: { field: 'country', expected: 'an ISO 3166-1 alpha-2 code such as NL', required: true, doc: 'ISO 3166-1 alpha-2, e.g. `NL`' },
    language: { field: 'language', expected: 'nl or en', required: true, doc: '`nl` or `en`' },
    iscoCode: {
      field: 'iscoCode',
      read: read.iscoCode,
      expected: 'a four-digit ISCO-08 unit group code such as "4222"',
      doc: 'ISCO-08 unit group, e.g. `"4222"`',
    },
    datePosted: { read: read.date, expected: 'an ISO 8601 date such as 2026-01-15', doc: 'ignored with a notice: a job profile has no date (vacancies have one)' },
    translationOf: {
      read: read.slug,
      expected: 'the slug of the job profile this one translates',
      doc: 'the slug of the job profile in another language that this one translates: the two become translations of each other (a `translation.metadata` document)',
    },
  },
})
