import { z } from 'zod'
import type { FieldDeclaration } from '../declare/types.ts'

/**
 * The Portable Text block jobld stores (https://portabletext.org): its styles (normal, h2–h4,
 * blockquote), lists, the decorators Markdown can express, and links. The zod model's Block
 * (portableText.ts) takes its styles and lists from here; the Studio offers the same, titled by
 * Sanity's own localised words (`i18nTitleKey`), so they follow the Studio's language.
 */
export const textBlock = {
  words: { nl: { title: 'Alinea' }, en: { title: 'Paragraph' } },
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
  decorators: [
    { title: 'Vet', value: 'strong', i18nTitleKey: 'inputs.portable-text.decorator.strong' },
    { title: 'Cursief', value: 'em', i18nTitleKey: 'inputs.portable-text.decorator.emphasis' },
    { title: 'Code', value: 'code', i18nTitleKey: 'inputs.portable-text.decorator.code' },
    { title: 'Doorgestreept', value: 'strike-through', i18nTitleKey: 'inputs.portable-text.decorator.strike-through' },
  ],
  /** A link's address: any text to the zod model, whose scheme the export checks (core/html); a URL to the Studio. */
  href: {
    schema: z.string(),
    slimSchema: undefined,
    required: true,
    words: {
      nl: { title: 'Adres', description: 'Een http(s)-, mailto- of tel-adres, of een pad op de eigen site (/vacatures).' },
      en: { title: 'Address', description: 'An http(s), mailto or tel address, or a path on the own site (/vacatures).' },
    },
    studio: { type: 'url' },
    rules: { required: true, uri: { scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true } },
  } satisfies FieldDeclaration,
} as const
