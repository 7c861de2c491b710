import { defineArrayMember, defineField, defineType } from 'sanity'
import type { DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { importHashField } from './lib/importHashField.ts'
import { logoRule } from './lib/logoRule.ts'
import { orderings } from './lib/orderings.ts'
import { text, typeTitle } from './lib/text.ts'

const httpUrl = { scheme: ['http', 'https'] }

/** The image types a logo may be uploaded as: the formats Google Images reads. */
const logoAccept = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml,image/bmp,image/avif'

/**
 * Organisatie: a publisher of career pages or an employer of vacancies (schema.org Organization).
 * A Studio with an organisation type of its own uses that one instead (`organizationType`).
 * @param names the Studio's names of jobld's document types
 * @returns the document type
 */
export function organization(names: DocumentTypeNames) {
  return defineType({
    name: names.organization,
    title: typeTitle('organization'),
    type: 'document',
    fields: [
      defineField({ name: 'name', ...text('organization.name'), type: 'string', validation: (rule) => rule.required() }),
      defineField({ name: 'url', ...text('organization.url'), type: 'url', validation: (rule) => rule.uri(httpUrl) }),
      defineField({
        name: 'logo',
        ...text('organization.logo'),
        type: 'image',
        // The formats Google Images reads (googleLogoFormats), as the file picker offers them.
        options: { accept: logoAccept },
        validation: (rule) => rule.custom((_, context) => logoRule('logo', context)).warning(),
      }),
      defineField({
        name: 'logoUrl',
        ...text('organization.logoUrl'),
        type: 'url',
        validation: (rule) => [rule.uri(httpUrl), rule.custom((_, context) => logoRule('logoUrl', context)).warning()],
      }),
      defineField({
        name: 'sameAs',
        ...text('organization.sameAs'),
        type: 'array',
        of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri(httpUrl) })],
      }),
      importHashField,
    ],
    orderings: [orderings.nameAsc()],
    preview: { select: { title: 'name', subtitle: 'url' } },
  })
}
