import { defineField, defineType } from 'sanity'
import type { DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { objectTypes } from '../scripts/core/model/objectTypes.ts'
import { checkQuestion } from '../scripts/core/rules/checkQuestion.ts'
import { formatViolation } from '../scripts/core/rules/violation.ts'
import { importHashField } from './lib/importHashField.ts'
import { optionLists } from './lib/labels.ts'
import { orderings } from './lib/orderings.ts'
import { previewText } from './lib/previewText.ts'
import { validationLanguage } from './lib/studioLanguage.ts'
import { text, typeTitle } from './lib/text.ts'

/**
 * Veelgestelde vraag: one question with its answer (schema.org Question in an FAQPage).
 * One entry can be listed by several job profiles.
 * @param names the Studio's names of jobld's document types
 * @returns the document type
 */
export function faqEntry(names: DocumentTypeNames) {
  return defineType({
    name: names.faqEntry,
    title: typeTitle('faqEntry'),
    type: 'document',
    fields: [
      defineField({
        name: 'question',
        ...text('faqEntry.question'),
        type: 'string',
        validation: (rule) => [
          rule.required(),
          rule
            .custom((question, context) => {
              if (typeof question !== 'string' || question.trim() === '') return true
              const v = checkQuestion(question)
              return v ? formatViolation(v, validationLanguage(context)) : true
            })
            .error(),
        ],
      }),
      defineField({ name: 'answer', ...text('faqEntry.answer'), type: objectTypes.blockText, validation: (rule) => rule.required().min(1) }),
      defineField({
        name: 'language',
        ...text('faqEntry.language', 'languages'),
        type: 'string',
        options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
        initialValue: 'nl',
        validation: (rule) => rule.required(),
      }),
      importHashField,
    ],
    orderings: [orderings.questionAsc()],
    preview: {
      select: { title: 'question' },
      prepare({ title }) {
        return { title: title || previewText('preview.new_question') }
      },
    },
  })
}
