import { defineArrayMember, defineField, defineType } from 'sanity'
import type { DocumentTypeNames } from '../scripts/core/model/documentTypes.ts'
import { objectTypes } from '../scripts/core/model/objectTypes.ts'
import { iscoPattern } from '../scripts/core/rules/constants.ts'
import { countryCodeRule } from './lib/countryCodeRule.ts'
import { groups } from './lib/groups.ts'
import { importHashField } from './lib/importHashField.ts'
import { localizedRegex } from './lib/localizedRule.ts'
import { optionLists } from '../scripts/core/model/optionLists.ts'
import { orderings } from './lib/orderings.ts'
import { previewText } from './lib/previewText.ts'
import { slugField } from './lib/slugField.ts'
import { text, typeTitle } from './lib/text.ts'
import { validateProfileLadder } from './lib/validateProfileLadder.ts'

/**
 * Beroep: a career page that says what an occupation is, does and earns (schema.org Occupation,
 * with an FAQPage). Not a job opening: vacancies point at it.
 * @param names the Studio's names of jobld's document types
 * @returns the document type
 */
export function jobProfile(names: DocumentTypeNames) {
  return defineType({
    name: names.jobProfile,
    title: typeTitle('jobProfile'),
    type: 'document',
    groups: [groups.content(true), groups.salary(), groups.education(), groups.conditions(), groups.seo()],
    fields: [
      defineField({ name: 'title', ...text('jobProfile.title'), type: 'string', group: 'content', validation: (rule) => rule.required() }),
      defineField({ ...slugField, group: 'seo' }),
      defineField({
        name: 'alternativeTitles',
        ...text('jobProfile.alternativeTitles'),
        type: 'array',
        of: [defineArrayMember({ type: 'string' })],
        options: { layout: 'tags' },
        group: 'seo',
      }),
      defineField({ name: 'summary', ...text('jobProfile.summary'), type: 'text', rows: 4, group: 'content', validation: (rule) => rule.required() }),
      defineField({ name: 'body', ...text('jobProfile.body'), type: objectTypes.blockContent, group: 'content' }),
      defineField({
        name: 'specialisations',
        ...text('jobProfile.specialisations'),
        type: 'array',
        of: [defineArrayMember({ type: objectTypes.specialisation })],
        group: 'content',
      }),
      defineField({ name: 'tasks', ...text('jobProfile.tasks'), type: 'array', of: [defineArrayMember({ type: 'string' })], group: 'content' }),
      defineField({
        name: 'competencies',
        ...text('jobProfile.competencies'),
        type: 'array',
        of: [defineArrayMember({ type: objectTypes.competency })],
        group: 'education',
      }),
      defineField({ name: 'education', ...text('jobProfile.education'), type: objectTypes.education, group: 'education' }),
      defineField({
        name: 'sectors',
        ...text('jobProfile.sectors'),
        type: 'array',
        of: [defineArrayMember({ type: 'string' })],
        options: { layout: 'tags' },
        group: 'conditions',
      }),
      defineField({ name: 'workingConditions', ...text('jobProfile.workingConditions'), type: objectTypes.workingConditions, group: 'conditions' }),
      defineField({
        name: 'certificates',
        ...text('jobProfile.certificates'),
        type: 'array',
        of: [defineArrayMember({ type: 'string' })],
        group: 'education',
      }),
      defineField({
        name: 'iscoCode',
        ...text('jobProfile.iscoCode'),
        type: 'string',
        group: 'seo',
        validation: (rule) => localizedRegex(rule, iscoPattern, 'ISCO-08', 'studio.isco_code'),
      }),
      defineField({
        name: 'country',
        ...text('jobProfile.country'),
        type: 'string',
        initialValue: 'NL',
        group: 'seo',
        validation: (rule) => [rule.required(), countryCodeRule(rule)],
      }),
      defineField({
        name: 'language',
        ...text('jobProfile.language', 'languages'),
        type: 'string',
        options: { list: optionLists.languages, layout: 'radio', direction: 'horizontal' },
        initialValue: 'nl',
        group: 'seo',
        validation: (rule) => rule.required(),
      }),
      defineField({
        name: 'salaryTiers',
        ...text('jobProfile.salaryTiers'),
        type: 'array',
        of: [defineArrayMember({ type: 'reference', to: [{ type: names.salaryTier }] })],
        group: 'salary',
        validation: (rule) => rule.unique().custom(validateProfileLadder).error(),
      }),
      defineField({
        name: 'faq',
        ...text('jobProfile.faq'),
        type: 'array',
        of: [defineArrayMember({ type: 'reference', to: [{ type: names.faqEntry }] })],
        group: 'content',
        validation: (rule) => rule.unique(),
      }),
      defineField({
        name: 'publisher',
        ...text('jobProfile.publisher'),
        type: 'reference',
        to: [{ type: names.organization }],
        group: 'seo',
        validation: (rule) => rule.required(),
      }),
      importHashField,
    ],
    orderings: [orderings.titleAsc(), orderings.updatedDesc()],
    preview: {
      select: { title: 'title', country: 'country', language: 'language' },
      prepare({ title, country, language }) {
        const where = [country, typeof language === 'string' ? language.toUpperCase() : undefined].filter(Boolean)
        return { title: title || previewText('preview.new_profile'), subtitle: where.join(' · ') }
      },
    },
  })
}
