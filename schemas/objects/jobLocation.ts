import { defineField, defineType } from 'sanity'
import { countryCodeRule } from '../lib/countryCodeRule.ts'

/** Where a vacancy's work is done (schema.org Place with a PostalAddress). */
export const jobLocation = defineType({
  name: 'jobLocation',
  title: 'Werklocatie',
  type: 'object',
  fields: [
    defineField({
      name: 'country',
      title: 'Land',
      description: 'ISO 3166-1-landcode van twee hoofdletters, zoals NL.',
      type: 'string',
      initialValue: 'NL',
      validation: (rule) => [rule.required(), countryCodeRule(rule)],
    }),
    defineField({ name: 'locality', title: 'Plaats', description: 'Bijvoorbeeld Utrecht.', type: 'string' }),
    defineField({ name: 'region', title: 'Provincie', description: 'Bijvoorbeeld Utrecht.', type: 'string' }),
    defineField({ name: 'postalCode', title: 'Postcode', description: 'Bijvoorbeeld 3511 AB.', type: 'string' }),
    defineField({ name: 'streetAddress', title: 'Adres', description: 'Straat en huisnummer.', type: 'string' }),
  ],
  preview: {
    select: { locality: 'locality', country: 'country' },
    prepare({ locality, country }) {
      return { title: [locality, country].filter(Boolean).join(', ') || 'Werklocatie' }
    },
  },
})
