import { defineArrayMember, defineField, defineType } from 'sanity'
import { iscoPattern } from '../scripts/lib/rules/constants.ts'
import { countryCodeRule } from './lib/countryCodeRule.ts'
import { importHashField } from './lib/importHashField.ts'
import { optionLists } from './lib/labels.ts'
import { slugField } from './lib/slugField.ts'
import { validateProfileLadder } from './lib/validateProfileLadder.ts'

/**
 * Beroep: a career page that says what an occupation is, does and earns (schema.org Occupation,
 * with an FAQPage). Not a job opening: vacancies point at it.
 */
export const jobProfile = defineType({
  name: 'jobProfile',
  title: 'Beroep',
  type: 'document',
  groups: [
    { name: 'content', title: 'Inhoud', default: true },
    { name: 'salary', title: 'Salaris' },
    { name: 'education', title: 'Opleiding & vaardigheden' },
    { name: 'conditions', title: 'Werkomstandigheden' },
    { name: 'seo', title: 'SEO/Koppelingen' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Functietitel',
      description: 'De naam van het beroep zoals lezers hem zoeken, zoals "Customer service medewerker".',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({ ...slugField, group: 'seo' }),
    defineField({
      name: 'alternativeTitles',
      title: 'Andere functietitels',
      description: 'Andere namen voor hetzelfde beroep, zoals "Klantenservicemedewerker".',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      group: 'seo',
    }),
    defineField({
      name: 'summary',
      title: 'Samenvatting',
      description: 'Wat het beroep inhoudt in twee of drie zinnen; wordt de beschrijving in de zoekresultaten.',
      type: 'text',
      rows: 4,
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'body',
      title: 'Artikel',
      description: 'De volledige tekst van het beroepsartikel.',
      type: 'blockContent',
      group: 'content',
    }),
    defineField({
      name: 'specialisations',
      title: 'Specialisaties',
      description: 'Soorten van dit beroep, elk met een korte omschrijving.',
      type: 'array',
      of: [defineArrayMember({ type: 'specialisation' })],
      group: 'content',
    }),
    defineField({
      name: 'tasks',
      title: 'Taken',
      description: 'De belangrijkste werkzaamheden, één per regel.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      group: 'content',
    }),
    defineField({
      name: 'competencies',
      title: 'Competenties',
      description: 'Vaardigheden die werkgevers vragen, elk met een uitleg.',
      type: 'array',
      of: [defineArrayMember({ type: 'competency' })],
      group: 'education',
    }),
    defineField({
      name: 'education',
      title: 'Opleiding',
      description: 'Welke opleiding nodig is.',
      type: 'education',
      group: 'education',
    }),
    defineField({
      name: 'sectors',
      title: 'Sectoren',
      description: 'Branches waarin het beroep voorkomt, zoals "Retail" of "Energie".',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      group: 'conditions',
    }),
    defineField({
      name: 'workingConditions',
      title: 'Werkomstandigheden',
      description: 'Diensten en werkplekken.',
      type: 'workingConditions',
      group: 'conditions',
    }),
    defineField({
      name: 'certificates',
      title: 'Certificaten',
      description: 'Certificaten of diploma’s die gevraagd of gewaardeerd worden.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      group: 'education',
    }),
    defineField({
      name: 'iscoCode',
      title: 'ISCO-code',
      description: 'Beroepscode volgens ISCO-08 (ILO), vier cijfers; klantenservicemedewerkers zijn 4222.',
      type: 'string',
      group: 'seo',
      validation: (rule) =>
        rule.regex(iscoPattern, { name: 'ISCO-08' }).error('Vul een ISCO-08-code van vier cijfers in, zoals 4222'),
    }),
    defineField({
      name: 'country',
      title: 'Land',
      description: 'Land waar het artikel over gaat, als ISO 3166-1-code (NL).',
      type: 'string',
      initialValue: 'NL',
      group: 'seo',
      validation: (rule) => [rule.required(), countryCodeRule(rule)],
    }),
    defineField({
      name: 'language',
      title: 'Taal',
      description: 'Taal van het artikel.',
      type: 'string',
      options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
      initialValue: 'nl',
      group: 'seo',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'salaryTiers',
      title: 'Salarisniveaus',
      description: 'Van laag naar hoog; elk hoger niveau verdient minstens zoveel als het niveau eronder.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'salaryTier' }] })],
      group: 'salary',
      validation: (rule) => rule.unique().custom(validateProfileLadder).error(),
    }),
    defineField({
      name: 'faq',
      title: 'Veelgestelde vragen',
      description: 'Vragen en antwoorden onderaan de pagina; een vraag kan bij meer beroepen horen.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'faqEntry' }] })],
      group: 'content',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'publisher',
      title: 'Uitgever',
      description: 'De organisatie die het artikel publiceert.',
      type: 'reference',
      to: [{ type: 'organization' }],
      group: 'seo',
      validation: (rule) => rule.required(),
    }),
    importHashField,
  ],
  orderings: [
    { name: 'titleAsc', title: 'Functietitel A–Z', by: [{ field: 'title', direction: 'asc' }] },
    { name: 'updatedDesc', title: 'Laatst gewijzigd', by: [{ field: '_updatedAt', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'title', country: 'country', language: 'language' },
    prepare({ title, country, language }) {
      const where = [country, typeof language === 'string' ? language.toUpperCase() : undefined].filter(Boolean)
      return { title: title || 'Nieuw beroep', subtitle: where.join(' · ') }
    },
  },
})
