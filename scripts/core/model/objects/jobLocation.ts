import { studioMessages } from '../../messages/studioMessages.ts'
import { defineObject } from '../declare/defineObject.ts'
import { field } from '../declare/field.ts'
import { objectTypes } from '../objectTypes.ts'
import { patterns } from '../patterns.ts'

/** Where a vacancy's work is done (schema.org Place with a PostalAddress). */
export const jobLocation = defineObject({
  name: objectTypes.jobLocation,
  keyed: false,
  nl: { title: 'Werklocatie' },
  en: { title: 'Work location' },
  fields: {
    country: field.string({
      required: true,
      pattern: patterns.countryCode,
      initialValue: 'NL',
      nl: { title: 'Land', description: 'ISO 3166-1-landcode van twee hoofdletters, zoals NL.' },
      en: { title: 'Country', description: 'An ISO 3166-1 country code of two capitals, such as NL.' },
    }),
    locality: field.string({
      nonEmpty: true,
      nl: { title: 'Plaats', description: 'Bijvoorbeeld Utrecht.' },
      en: { title: 'Locality', description: 'For example Utrecht.' },
    }),
    region: field.string({
      nonEmpty: true,
      nl: { title: 'Provincie', description: 'Bijvoorbeeld Utrecht.' },
      en: { title: 'Region', description: 'For example Utrecht.' },
    }),
    postalCode: field.string({
      nonEmpty: true,
      nl: { title: 'Postcode', description: 'Bijvoorbeeld 3511 AB.' },
      en: { title: 'Postal code', description: 'For example 3511 AB.' },
    }),
    streetAddress: field.string({
      nonEmpty: true,
      nl: { title: 'Adres', description: 'Straat en huisnummer.' },
      en: { title: 'Street address', description: 'Street and house number.' },
    }),
  },
  preview: {
    select: { locality: 'locality', country: 'country' },
    prepare: ({ locality, country }, language) => ({
      title: [locality, country].filter(Boolean).join(', ') || studioMessages['preview.location'][language]({}),
    }),
  },
})
