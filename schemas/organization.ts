import { defineArrayMember, defineField, defineType } from 'sanity'
import { importHashField } from './lib/importHashField.ts'

const httpUrl = { scheme: ['http', 'https'] }

/** Organisatie: a publisher of career pages or an employer of vacancies (schema.org Organization). */
export const organization = defineType({
  name: 'organization',
  title: 'Organisatie',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Naam',
      description: 'Naam van de organisatie zoals hij op de site staat.',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Website',
      description: 'Volledig adres van de website, met https://.',
      type: 'url',
      validation: (rule) => rule.uri(httpUrl),
    }),
    defineField({
      name: 'logo',
      title: 'Logo-URL',
      description: 'Volledig adres van het logo (PNG, SVG of JPG), met https://.',
      type: 'url',
      validation: (rule) => rule.uri(httpUrl),
    }),
    defineField({
      name: 'sameAs',
      title: 'Profielen elders',
      description: 'Adressen van de organisatie op andere sites, zoals LinkedIn of KvK.',
      type: 'array',
      of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri(httpUrl) })],
    }),
    importHashField,
  ],
  orderings: [{ name: 'nameAsc', title: 'Naam A–Z', by: [{ field: 'name', direction: 'asc' }] }],
  preview: { select: { title: 'name', subtitle: 'url' } },
})
