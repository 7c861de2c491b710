import { defineArrayMember } from 'sanity'
import { textBlock as model } from '../../scripts/core/model/objects/textBlock.ts'
import { toSanityField, type SanityContext } from './toSanityField.ts'

/**
 * The Portable Text block of jobld's rich text types, from the model's text block
 * (scripts/core/model/objects/textBlock.ts): its styles, lists and decorators take Sanity's own
 * localised titles (`i18nTitleKey`), so they follow the Studio's language like the rest of the editor.
 * @param context the Studio's type names and Studio-only validators
 * @returns the array member
 */
export function toSanityTextBlock(context: SanityContext) {
  return defineArrayMember({
    type: 'block',
    title: model.words.nl.title,
    styles: model.styles.map((style) => ({ ...style })),
    lists: model.lists.map((list) => ({ ...list })),
    marks: {
      decorators: model.decorators.map((decorator) => ({ ...decorator })),
      annotations: [{ name: 'link', title: 'Link', type: 'object', fields: [toSanityField('href', model.href, 'link.href', context)] }],
    },
  })
}
