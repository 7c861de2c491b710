import { studioMessages } from '../messages/studioMessages.ts'
import { defineDocument } from './declare/defineDocument.ts'
import { field } from './declare/field.ts'
import { objectTypes } from './objectTypes.ts'
import { BlockText } from './portableText.ts'

/**
 * Veelgestelde vraag: one question with its answer (schema.org Question in an FAQPage).
 * One entry can be listed by several job profiles.
 */
export const faqEntry = defineDocument({
  name: 'faqEntry',
  nl: { title: 'Veelgestelde vraag' },
  en: { title: 'FAQ entry' },
  fields: {
    question: field.string({
      required: true,
      nonEmpty: true,
      translatable: true,
      nl: { title: 'Vraag', description: 'De vraag zoals een lezer hem stelt, met een vraagteken aan het eind.' },
      en: { title: 'Question', description: 'The question as a reader asks it, with a question mark at the end.' },
    }),
    answer: field.portableText(
      { name: objectTypes.blockText, schema: BlockText },
      {
        required: true,
        min: 1,
        nl: { title: 'Antwoord', description: 'Het antwoord, volledig en op zichzelf te lezen.' },
        en: { title: 'Answer', description: 'The answer, complete and readable on its own.' },
      },
    ),
    language: field.choice('languages', {
      required: true,
      slim: true,
      layout: 'radio',
      initialValue: 'nl',
      nl: { title: 'Taal', description: 'Taal van vraag en antwoord.' },
      en: { title: 'Language', description: 'The language of question and answer.' },
    }),
  },
  orderings: ['questionAsc'],
  preview: {
    select: { title: 'question' },
    prepare: ({ title }, language) => ({ title: typeof title === 'string' && title !== '' ? title : studioMessages['preview.new_question'][language]({}) }),
  },
})
