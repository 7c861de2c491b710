import { defineField, defineType } from 'sanity'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { countryCodeRule } from '../lib/countryCodeRule.ts'
import { previewText } from '../lib/previewText.ts'
import { text, typeTitle } from '../lib/text.ts'

/** Where a vacancy's work is done (schema.org Place with a PostalAddress). */
export const jobLocation = defineType({
  name: objectTypes.jobLocation,
  title: typeTitle('jobLocation'),
  type: 'object',
  fields: [
    defineField({
      name: 'country',
      ...text('jobLocation.country'),
      type: 'string',
      initialValue: 'NL',
      validation: (rule) => [rule.required(), countryCodeRule(rule)],
    }),
    defineField({ name: 'locality', ...text('jobLocation.locality'), type: 'string' }),
    defineField({ name: 'region', ...text('jobLocation.region'), type: 'string' }),
    defineField({ name: 'postalCode', ...text('jobLocation.postalCode'), type: 'string' }),
    defineField({ name: 'streetAddress', ...text('jobLocation.streetAddress'), type: 'string' }),
  ],
  preview: {
    select: { locality: 'locality', country: 'country' },
    prepare({ locality, country }) {
      return { title: [locality, country].filter(Boolean).join(', ') || previewText('preview.location') }
    },
  },
})
