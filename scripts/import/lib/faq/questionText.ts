// "V:", "Q:", "Vraag:", "Question:" before a question; "A:", "Antwoord:", "Answer:" before an answer.
const questionPrefix = /^(?:v|q|vraag|question)\s*[:.)]\s*/iu
const answerPrefix = /^(?:a|antw|antwoord|answer)\s*[:.)]\s*/iu
const maxQuestionLength = 300

/**
 * Whether a line of text asks a question, and which: a sentence that ends with "?" (after a "V:"
 * or "Q:" label, which is dropped), short enough to be a question rather than a paragraph.
 * @param text the line (a heading, a bold lead, a list item's first line, a summary)
 * @returns the question, or undefined when the text asks none
 */
export function questionText(text: string): string | undefined {
  const clean = text.replace(/[\s\u00a0]+/gu, ' ').trim().replace(questionPrefix, '').trim()
  if (!clean.endsWith('?') || clean.length > maxQuestionLength || clean.length < 4) return undefined
  // One sentence: no sentence end before the question mark ("Dat verschilt. Vraag het je werkgever?" is an answer).
  if (/[.!?]\s+\p{Lu}/u.test(clean.slice(0, -1))) return undefined
  return clean
}

/**
 * The length of an answer label at the start of a text ("A:", "Antwoord:"), without the space
 * after it; 0 when there is none.
 * @param text the answer's text
 * @returns how many characters to drop
 */
export function answerLabelLength(text: string): number {
  return answerPrefix.exec(text.trimStart())?.[0].trimEnd().length ?? 0
}
