import { defineArrayMember, defineField } from 'sanity'
import { text, typeTitle } from './text.ts'

/**
 * The Portable Text block jobld stores (zod: Block in scripts/core/model/portableText.ts): the styles
 * normal, h2–h4 and blockquote, bullet and numbered lists, the decorators Markdown can express,
 * and links. Shared by `jobldBlockContent` and `jobldBlockText`. Styles, lists and decorators
 * take Sanity's own localised titles (its `inputs.portable-text.*` words), so they follow the
 * Studio's language like the rest of the editor.
 */
export const textBlock = defineArrayMember({
  type: 'block',
  title: typeTitle('textBlock'),
  styles: [
    { title: 'Normaal', value: 'normal', i18nTitleKey: 'inputs.portable-text.style.normal' },
    { title: 'Kop 2', value: 'h2', i18nTitleKey: 'inputs.portable-text.style.h2' },
    { title: 'Kop 3', value: 'h3', i18nTitleKey: 'inputs.portable-text.style.h3' },
    { title: 'Kop 4', value: 'h4', i18nTitleKey: 'inputs.portable-text.style.h4' },
    { title: 'Citaat', value: 'blockquote', i18nTitleKey: 'inputs.portable-text.style.quote' },
  ],
  lists: [
    { title: 'Opsomming', value: 'bullet', i18nTitleKey: 'inputs.portable-text.list-type.bullet' },
    { title: 'Genummerd', value: 'number', i18nTitleKey: 'inputs.portable-text.list-type.number' },
  ],
  marks: {
    decorators: [
      { title: 'Vet', value: 'strong', i18nTitleKey: 'inputs.portable-text.decorator.strong' },
      { title: 'Cursief', value: 'em', i18nTitleKey: 'inputs.portable-text.decorator.emphasis' },
      { title: 'Code', value: 'code', i18nTitleKey: 'inputs.portable-text.decorator.code' },
      { title: 'Doorgestreept', value: 'strike-through', i18nTitleKey: 'inputs.portable-text.decorator.strike-through' },
    ],
    annotations: [
      {
        name: 'link',
        title: 'Link',
        type: 'object',
        fields: [
          defineField({
            name: 'href',
            ...text('link.href'),
            type: 'url',
            validation: (rule) =>
              rule.required().uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true }),
          }),
        ],
      },
    ],
  },
})
