import type { Heading, Paragraph, RootContent } from 'mdast'
import type { Language } from '../../../core/constants.ts'
import { quoteText } from '../../../core/messages/quoteText.ts'
import type { ArticleContext } from '../articleContext.ts'
import { classifySection } from '../classifySection.ts'
import { plainText } from '../plainText.ts'
import { reportMessage } from '../reportMessage.ts'
import { questionBlock, withoutAnswerLabel } from './questionBlocks.ts'
import { questionText } from './questionText.ts'

/** One question and its answer as Markdown, before it becomes an `faqEntry`. */
export interface FaqDraft {
  /** 1-based position among the article's questions; the `_id` ends with it. */
  n: number
  question: string
  /** The heading or paragraph that asks the question. */
  questionNode: Heading | Paragraph
  /** Everything up to the next question: paragraphs, lists, sub-headings. */
  answer: RootContent[]
}

/** What readFaq returns. */
export interface FaqReading {
  entries: FaqDraft[]
  /** The article's blocks that are questions or answers (and FAQ headings with nothing else under them): they leave the body. */
  consumed: Set<RootContent>
}

interface Open {
  question: string
  questionNode: Heading | Paragraph
  answer: RootContent[]
  /** The blocks after it carry on its answer. */
  continues: boolean
}

/** What one FAQ region holds. */
interface Region {
  pairs: Array<Omit<Open, 'continues'>>
  consumed: RootContent[]
  /** Blocks before the first question (an introduction): they stay in the body. */
  intro: RootContent[]
  /** How many questions were asked by headings. */
  byHeading: number
}

/** A paragraph of bold or italic text only: a heading written as a paragraph. */
function emphasisedLine(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  return parts.length > 0 && parts.every((c) => c.type === 'strong' || c.type === 'emphasis') ? plainText(node) : undefined
}

/** Whether a block names a FAQ: a heading or a bold line with FAQ words ("Veelgestelde vragen", "FAQ", "People also ask"). */
function namesFaq(node: RootContent, language: Language): boolean {
  const text = node.type === 'heading' ? plainText(node) : emphasisedLine(node)
  return text !== undefined && questionText(text) === undefined && classifySection(text, language) === 'faq'
}

/** Whether the blocks up to the next heading hold a table: an answer never does, a section does. */
function answerHoldsTable(blocks: ReadonlyArray<RootContent>, from: number): boolean {
  for (let k = from; k < blocks.length; k++) {
    const node = blocks[k]
    if (!node || node.type === 'heading') return false
    if (node.type === 'table') return true
  }
  return false
}

/**
 * Reads the questions and answers of the blocks after `start`, up to the end of the FAQ: a heading
 * that is not a question at the FAQ's level or above. Questions may be headings (any level below
 * the FAQ heading, or at its level right under it), paragraphs, bold leads, list items,
 * `<details>` or definition terms.
 */
function readRegion(blocks: ReadonlyArray<RootContent>, start: number, anchorDepth: number | undefined, headingQuestions: boolean): Region {
  const region: Region = { pairs: [], consumed: [], intro: [], byHeading: 0 }
  let current: Open | undefined
  let questionDepth: number | undefined
  const close = () => {
    if (current) region.pairs.push({ question: current.question, questionNode: current.questionNode, answer: current.answer })
    current = undefined
  }
  for (let k = start; k < blocks.length; k++) {
    const block = blocks[k]
    if (!block) continue
    if (block.type === 'heading') {
      const question = headingQuestions ? questionText(plainText(block)) : undefined
      const floor = Math.max(anchorDepth ?? 0, questionDepth ?? 0)
      if (question !== undefined && (anchorDepth === undefined || block.depth >= anchorDepth) && (questionDepth === undefined || block.depth >= questionDepth) && !answerHoldsTable(blocks, k + 1)) {
        questionDepth ??= block.depth
        close()
        current = { question, questionNode: block, answer: [], continues: true }
        region.consumed.push(block)
        region.byHeading++
        continue
      }
      if (floor === 0 || block.depth <= floor || question !== undefined) break
      // A heading below the questions' level belongs to the answer (or to the introduction).
      if (current) {
        current.answer.push(block)
        region.consumed.push(block)
      } else if (region.pairs.length === 0) region.intro.push(block)
      else break
      continue
    }
    const found = questionBlock(block)
    if (found) {
      close()
      const last = found.pairs.at(-1)
      for (const pair of found.continues ? found.pairs.slice(0, -1) : found.pairs) region.pairs.push(pair)
      if (found.continues && last) current = { ...last, continues: true }
      region.consumed.push(block)
      continue
    }
    if (current?.continues) {
      current.answer.push(block)
      region.consumed.push(block)
    } else if (region.pairs.length === 0 && !current) region.intro.push(block)
    else break
  }
  close()
  return region
}

/**
 * Finds the article's questions and answers by meaning, in any markup: under a heading or bold line
 * that names a FAQ (at any level), questions asked by headings, bold or plain lines ending in "?",
 * bold leads with the answer after them, bullet or numbered items, `<details>` blocks and
 * definition lists (which liftHtml made list items); without such a heading, two or more questions
 * in a row asked by lines, list items, `<details>` or definition terms under another heading are a
 * FAQ too (headings that are questions are then the article's own sections). Each answer runs to
 * the next question; a question without answer is reported and left out, and so is a FAQ heading
 * with no question under it.
 * @param blocks the article's blocks after its title
 * @param ctx the article
 * @returns the questions with their answers, and the blocks they take out of the body
 */
export function readFaq(blocks: ReadonlyArray<RootContent>, ctx: ArticleContext): FaqReading {
  const entries: FaqDraft[] = []
  const consumed = new Set<RootContent>()
  let n = 0
  const add = (found: Region['pairs'][number]) => {
    n++
    // "A: …", "Antwoord: …" before the answer is a label, not its text.
    const [first, ...rest] = found.answer
    const unlabelled = first?.type === 'paragraph' ? withoutAnswerLabel(first) : first
    const pair = { ...found, answer: unlabelled ? [unlabelled, ...rest] : rest }
    if (pair.answer.length === 0 || plainText(pair.answer) === '') {
      reportMessage(ctx.file, `Unexpected question ${quoteText(pair.question)} without answer, expected a paragraph or list after it; left out`, {
        place: pair.questionNode,
        ruleId: 'faq-answer',
        level: 'warning',
        docId: `faqEntry.${ctx.slug}.${n}`,
      })
      return
    }
    entries.push({ n, question: pair.question, questionNode: pair.questionNode, answer: pair.answer })
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!block || consumed.has(block)) continue
    const depth = block.type === 'heading' ? block.depth : undefined
    let region: Region | undefined
    if (namesFaq(block, ctx.language)) {
      region = readRegion(blocks, i + 1, depth, true)
      if (region.pairs.length === 0) {
        reportMessage(ctx.file, `Unexpected FAQ section ${quoteText(plainText(block))} without questions, expected questions ending in "?" (headings, bold lines, list items, <details>); kept in body only`, {
          place: block,
          ruleId: 'faq-questions',
          level: 'warning',
          docId: ctx.profileId,
          fieldPath: ['faq'],
        })
        continue
      }
    } else if (block.type === 'heading' && questionText(plainText(block)) === undefined) {
      // Another heading: a FAQ only when two or more questions follow in lines, items or <details>, and little else.
      const trial = readRegion(blocks, i + 1, depth, false)
      const shortIntro = trial.intro.length <= 1 && trial.intro.every((node) => node.type === 'paragraph')
      if (trial.pairs.length >= 2 && shortIntro) region = trial
    }
    if (!region) continue
    for (const pair of region.pairs) add(pair)
    for (const node of region.consumed) consumed.add(node)
    if (region.intro.length === 0) consumed.add(block)
  }
  return { entries, consumed }
}
