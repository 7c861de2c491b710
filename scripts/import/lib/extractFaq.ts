import { quoteText } from '../../core/validate/quoteText.ts'
import type { Heading, Paragraph, RootContent } from 'mdast'
import type { ArticleContext } from './articleContext.ts'
import { plainText } from './plainText.ts'
import { reportMessage } from './reportMessage.ts'
import type { Section } from './splitSections.ts'

/** One question and its answer as Markdown, before it becomes an `faqEntry`. */
export interface FaqDraft {
  /** 1-based position among the article's questions; the `_id` ends with it. */
  n: number
  question: string
  /** The heading or bold paragraph that asks the question. */
  questionNode: Heading | Paragraph
  /** Everything up to the next question: paragraphs, lists, sub-headings. */
  answer: RootContent[]
}

/** What extractFaq returns. */
export interface FaqExtraction {
  entries: FaqDraft[]
  /** Content of FAQ sections that is no question or answer (an intro): it stays in the body. */
  rest: RootContent[]
}

/** A paragraph that is only bold (or italic) text ending in "?" asks a question in FAQ sections without sub-headings. */
function isBoldQuestion(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return parts.length > 0 && parts.every((child) => child.type === 'strong' || child.type === 'emphasis') && plainText(node).endsWith('?')
}

/** A section's heading and all its content, depth first. */
function flatten(section: Section): RootContent[] {
  return [section.heading, ...section.nodes, ...section.children.flatMap(flatten)]
}

/**
 * Reads the questions and answers of an article's FAQ sections: each sub-heading is a
 * question and everything up to the next one its answer (several paragraphs, lists); in an
 * FAQ section without sub-headings, bold paragraphs ending in "?" are the questions.
 * A question without an answer is reported and left out.
 * @param sections the FAQ sections (their sub-sections are the questions)
 * @param ctx the article
 * @returns the questions with their answers, and the content that is neither
 */
export function extractFaq(sections: ReadonlyArray<Section>, ctx: ArticleContext): FaqExtraction {
  const entries: FaqDraft[] = []
  const rest: RootContent[] = []
  let n = 0
  const add = (questionNode: Heading | Paragraph, answer: RootContent[]) => {
    n++
    const question = plainText(questionNode)
    if (answer.length === 0 || plainText(answer) === '') {
      reportMessage(ctx.file, `Unexpected question ${quoteText(question)} without answer, expected a paragraph or list after it; left out`, {
        place: questionNode,
        ruleId: 'faq-answer',
        level: 'warning',
        docId: `faqEntry.${ctx.slug}.${n}`,
      })
      return
    }
    entries.push({ n, question, questionNode, answer })
  }
  for (const section of sections) {
    if (section.children.length > 0) {
      if (section.nodes.length > 0) rest.push(section.heading, ...section.nodes)
      for (const child of section.children) add(child.heading, [...child.nodes, ...child.children.flatMap(flatten)])
      continue
    }
    let current: { question: Paragraph; answer: RootContent[] } | undefined
    const intro: RootContent[] = []
    for (const node of section.nodes) {
      if (isBoldQuestion(node)) {
        if (current) add(current.question, current.answer)
        current = { question: node, answer: [] }
      } else if (current) current.answer.push(node)
      else intro.push(node)
    }
    if (current) add(current.question, current.answer)
    else
      reportMessage(ctx.file, `Unexpected FAQ section ${quoteText(section.title)} without questions, expected sub-headings or bold lines ending in "?"; kept in body only`, {
        place: section.heading,
        ruleId: 'faq-questions',
        level: 'warning',
        docId: ctx.profileId,
        fieldPath: ['faq'],
      })
    if (intro.length > 0 || !current) rest.push(section.heading, ...intro)
  }
  return { entries, rest }
}
