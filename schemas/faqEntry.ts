import { defineField, defineType } from 'sanity'
import { checkQuestion } from '../scripts/lib/rules/checkQuestion.ts'
import { formatViolation } from '../scripts/lib/rules/violation.ts'
import { importHashField } from './lib/importHashField.ts'
import { optionLists } from './lib/labels.ts'

/**
 * Veelgestelde vraag: one question with its answer (schema.org Question in an FAQPage).
 * One entry can be listed by several job profiles.
 */
export const faqEntry = defineType({
  name: 'faqEntry',
  title: 'Veelgestelde vraag',
  type: 'document',
  fields: [
    defineField({
      name: 'question',
      title: 'Vraag',
      description: 'De vraag zoals een lezer hem stelt, met een vraagteken aan het eind.',
      type: 'string',
      validation: (rule) => [
        rule.required(),
        rule
          .custom((question) => {
            if (typeof question !== 'string' || question.trim() === '') return true
            const v = checkQuestion(question)
            return v ? formatViolation(v, 'nl') : true
          })
          .error(),
      ],
    }),
    defineField({
      name: 'answer',
      title: 'Antwoord',
      description: 'Het antwoord, volledig en op zichzelf te lezen.',
      type: 'blockText',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'language',
      title: 'Taal',
      description: 'Taal van vraag en antwoord.',
      type: 'string',
      options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
      initialValue: 'nl',
      validation: (rule) => rule.required(),
    }),
    importHashField,
  ],
  orderings: [{ name: 'questionAsc', title: 'Vraag A–Z', by: [{ field: 'question', direction: 'asc' }] }],
  preview: {
    select: { title: 'question' },
    prepare({ title }) {
      return { title: title || 'Nieuwe vraag' }
    },
  },
})
