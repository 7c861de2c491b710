import { defineDocument } from './declare/defineDocument.ts'
import { field } from './declare/field.ts'

/**
 * Organisatie: a publisher of career pages or an employer of vacancies (schema.org Organization).
 * A Studio with an organisation type of its own uses that one instead (`organizationType`).
 */
export const organization = defineDocument({
  name: 'organization',
  nl: { title: 'Organisatie' },
  en: { title: 'Organisation' },
  fields: {
    name: field.string({
      required: true,
      nonEmpty: true,
      nl: { title: 'Naam', description: 'Naam van de organisatie zoals hij op de site staat.' },
      en: { title: 'Name', description: 'The name of the organisation as the site shows it.' },
    }),
    url: field.url({
      nl: { title: 'Website', description: 'Volledig adres van de website, met https://.' },
      en: { title: 'Website', description: 'The full address of the website, with https://.' },
    }),
    logo: field.url({
      nl: { title: 'Logo-URL', description: 'Volledig adres van het logo (PNG, SVG of JPG), met https://.' },
      en: { title: 'Logo URL', description: 'The full address of the logo (PNG, SVG or JPG), with https://.' },
    }),
    sameAs: field.urls({
      nl: { title: 'Profielen elders', description: 'Adressen van de organisatie op andere sites, zoals LinkedIn of KvK.' },
      en: { title: 'Profiles elsewhere', description: "The organisation's addresses on other sites, such as LinkedIn or the Chamber of Commerce." },
    }),
  },
  orderings: ['nameAsc'],
  preview: { select: { title: 'name', subtitle: 'url' } },
})
