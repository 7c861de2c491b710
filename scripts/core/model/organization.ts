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
      translatable: true,
      nl: { title: 'Naam', description: 'Naam van de organisatie zoals hij op de site staat.' },
      en: { title: 'Name', description: 'The name of the organisation as the site shows it.' },
    }),
    // A confidential vacancy's links must not lead to it (the rule vacancyConfidentialLink).
    url: field.url({
      slim: true,
      nl: { title: 'Website', description: 'Volledig adres van de website, met https://.' },
      en: { title: 'Website', description: 'The full address of the website, with https://.' },
    }),
    // Published at its Sanity CDN URL (core/jsonld/logoUrl.ts); Google's logo rules are warnings (the rule organizationLogo).
    logo: field.image({
      slim: true,
      // The formats Google Images reads (googleLogoFormats), as the file picker offers them.
      accept: 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml,image/bmp,image/avif',
      nl: { title: 'Logo', description: 'Het logo (PNG, JPG, GIF, WebP, SVG of AVIF), minstens 112 × 112 pixels.' },
      en: { title: 'Logo', description: 'The logo (PNG, JPG, GIF, WebP, SVG or AVIF), at least 112 × 112 pixels.' },
    }),
    logoUrl: field.url({
      slim: true,
      nl: { title: 'Logo-URL', description: 'Of: het volledige adres van een logo elders, met https://. Een geüpload logo gaat voor.' },
      en: { title: 'Logo URL', description: 'Or: the full address of a logo kept elsewhere, with https://. An uploaded logo comes first.' },
    }),
    sameAs: field.urls({
      slim: true,
      nl: { title: 'Profielen elders', description: 'Adressen van de organisatie op andere sites, zoals LinkedIn of KvK.' },
      en: { title: 'Profiles elsewhere', description: "The organisation's addresses on other sites, such as LinkedIn or the Chamber of Commerce." },
    }),
  },
  orderings: ['nameAsc'],
  preview: { select: { title: 'name', subtitle: 'url' } },
})
