import { defineArrayMember, defineField } from 'sanity'

/**
 * The Portable Text block jobld stores (zod: Block in scripts/lib/model/portableText.ts): the styles
 * normal, h2–h4 and blockquote, bullet and numbered lists, the decorators Markdown can express,
 * and links. Shared by `blockContent` and `blockText`.
 */
export const textBlock = defineArrayMember({
  type: 'block',
  title: 'Alinea',
  styles: [
    { title: 'Normaal', value: 'normal' },
    { title: 'Kop 2', value: 'h2' },
    { title: 'Kop 3', value: 'h3' },
    { title: 'Kop 4', value: 'h4' },
    { title: 'Citaat', value: 'blockquote' },
  ],
  lists: [
    { title: 'Opsomming', value: 'bullet' },
    { title: 'Genummerd', value: 'number' },
  ],
  marks: {
    decorators: [
      { title: 'Vet', value: 'strong' },
      { title: 'Cursief', value: 'em' },
      { title: 'Code', value: 'code' },
      { title: 'Doorgestreept', value: 'strike-through' },
    ],
    annotations: [
      {
        name: 'link',
        title: 'Link',
        type: 'object',
        fields: [
          defineField({
            name: 'href',
            title: 'Adres',
            description: 'Een http(s)-, mailto- of tel-adres, of een pad op de eigen site (/vacatures).',
            type: 'url',
            validation: (rule) =>
              rule.required().uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true }),
          }),
        ],
      },
    ],
  },
})
