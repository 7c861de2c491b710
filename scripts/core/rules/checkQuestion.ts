import type { Violation } from './violation.ts'

/**
 * Checks that an FAQ question reads as a question.
 * @param question the question text
 * @returns the violation, or nothing
 */
export function checkQuestion(question: string): Violation | undefined {
  if (question.trim().endsWith('?')) return undefined
  return { code: 'faq.question_mark', path: ['question'], params: { question } }
}
