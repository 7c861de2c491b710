import { z } from 'zod'
import { checkQuestion } from '../rules/checkQuestion.ts'
import { formatViolation } from '../rules/violation.ts'
import { Language, systemFields } from './common.ts'
import { BlockText } from './portableText.ts'

/** One frequently asked question with its answer; may be shared by several job profiles. */
export const FaqEntryDoc = z.object({
  ...systemFields,
  /** Fingerprint the importer stores (hidden in the Studio). */
  importHash: z.string().optional(),
  _type: z.literal('faqEntry'),
  question: z
    .string()
    .trim()
    .min(1)
    .superRefine((question, ctx) => {
      const v = checkQuestion(question)
      if (v) ctx.addIssue({ code: 'custom', message: formatViolation(v, 'en'), params: { rule: v.code, values: v.params } })
    }),
  answer: BlockText.min(1),
  language: Language,
})
export type FaqEntryDoc = z.infer<typeof FaqEntryDoc>
