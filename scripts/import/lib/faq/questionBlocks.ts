import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { plainText } from '../plainText.ts'
import { answerLabelLength, questionText } from './questionText.ts'

/** A question found in a block, with the part of its answer that the same block holds. */
export interface QuestionPair {
  question: string
  /** The node that asks it: a paragraph, or the first paragraph of a list item. */
  questionNode: Paragraph
  answer: RootContent[]
}

/** What a block holds: questions, and whether the blocks after it carry on the last one's answer. */
export interface QuestionBlock {
  pairs: QuestionPair[]
  /** True when the answer goes on in the next blocks (a question on its own line); false for a list of questions. */
  continues: boolean
}

const isBlank = (child: PhrasingContent) => child.type === 'text' && child.value.trim() === ''

/** Splits phrasing at its first line break (a newline in text, or a hard break). */
function splitAtLineBreak(children: ReadonlyArray<PhrasingContent>): [PhrasingContent[], PhrasingContent[]] | undefined {
  for (const [i, child] of children.entries()) {
    if (child.type === 'break') return [children.slice(0, i), children.slice(i + 1)]
    if (child.type === 'text') {
      const at = child.value.indexOf('\n')
      if (at < 0) continue
      const head = child.value.slice(0, at)
      const tail = child.value.slice(at + 1)
      return [
        [...children.slice(0, i), ...(head !== '' ? [{ ...child, value: head }] : [])],
        [...(tail !== '' ? [{ ...child, value: tail }] : []), ...children.slice(i + 1)],
      ]
    }
  }
  return undefined
}

/** Drops the first `count` characters of text from phrasing (inside bold or italic too), and the space after them. */
function dropLeading(children: ReadonlyArray<PhrasingContent>, count: number): PhrasingContent[] {
  let left = count
  const out: PhrasingContent[] = []
  for (const child of children) {
    if (left <= 0) {
      out.push(child)
      continue
    }
    if (child.type === 'text') {
      const value = child.value.replace(/^\s+/u, '')
      if (value.length <= left) {
        left -= value.length
        continue
      }
      out.push({ ...child, value: value.slice(left) })
      left = 0
    } else if ('children' in child && (child.type === 'strong' || child.type === 'emphasis')) {
      const length = plainText({ type: 'paragraph', children: child.children }).length
      if (length <= left) {
        left -= length
        continue
      }
      out.push({ ...child, children: dropLeading(child.children, left) })
      left = 0
    } else out.push(child)
  }
  // The space and a ":" left before the text (a definition list's ": answer").
  const first = out[0]
  if (first?.type === 'text') {
    const value = first.value.replace(/^[\s:]+/u, '')
    if (value === '') out.shift()
    else out[0] = { ...first, value }
  }
  return out
}

/**
 * An answer's first paragraph without its "A:" or "Antwoord:" label.
 * @param paragraph the paragraph
 * @returns the paragraph, or undefined when nothing is left
 */
export function withoutAnswerLabel(paragraph: Paragraph): Paragraph | undefined {
  const length = answerLabelLength(plainText(paragraph))
  return length === 0 ? paragraph : restParagraph(paragraph.children, paragraph)
}

/** A paragraph of the rest of a block's text, positioned at its first child. */
function restParagraph(children: PhrasingContent[], from: Paragraph): Paragraph | undefined {
  const dropped = dropLeading(children, 0)
  const labelled = dropLeading(dropped, answerLabelLength(plainText({ type: 'paragraph', children: dropped })))
  if (labelled.length === 0 || labelled.every(isBlank)) return undefined
  const start = labelled.find((c) => c.position)?.position?.start ?? from.position?.start
  const end = from.position?.end
  return { type: 'paragraph', children: labelled, ...(start && end ? { position: { start, end } } : {}) }
}

/**
 * Reads a question out of a paragraph, in any of the ways pages write one: the whole paragraph
 * ("**Hoe word je lasser?**", "*Q: …?*", a plain line ending in "?"), its first line with the
 * answer on the next ("**Q?**⏎answer", "Q?⏎: answer", "**V:** Q?⏎**A:** answer"), or a bold lead
 * with the answer after it on the same line ("**Q?** answer").
 * @param paragraph the paragraph
 * @returns the question and the answer it holds (maybe none), or undefined when it asks none
 */
export function paragraphQuestion(paragraph: Paragraph): QuestionPair | undefined {
  // A line that is only a link (a table of contents) asks nothing.
  const parts = paragraph.children.filter((c) => !isBlank(c))
  if (parts.length === 1 && parts[0]?.type === 'link') return undefined
  const whole = questionText(plainText(paragraph))
  if (whole !== undefined && !splitAtLineBreak(paragraph.children)) return { question: whole, questionNode: paragraph, answer: [] }
  const lines = splitAtLineBreak(paragraph.children)
  if (lines) {
    const [first, rest] = lines
    const question = questionText(plainText({ type: 'paragraph', children: first }))
    if (question !== undefined) {
      const answer = restParagraph(rest, paragraph)
      return { question, questionNode: { ...paragraph, children: first }, answer: answer ? [answer] : [] }
    }
  }
  const leadIndex = paragraph.children.findIndex((c) => !isBlank(c))
  const lead = paragraph.children[leadIndex]
  if (lead && (lead.type === 'strong' || lead.type === 'emphasis')) {
    const leadText = plainText({ type: 'paragraph', children: [lead] })
    const question = questionText(leadText)
    if (question !== undefined) {
      const answer = restParagraph(paragraph.children.slice(leadIndex + 1), paragraph)
      return { question, questionNode: { ...paragraph, children: [lead] }, answer: answer ? [answer] : [] }
    }
  }
  return undefined
}

/**
 * Reads the questions a block holds: a paragraph that asks one (its answer goes on in the next
 * blocks), or a list whose every item asks one and holds its answer (bullets, numbers, and the
 * `<details>` and definition lists that HTML gives).
 * @param block a block of an article
 * @returns the questions, or undefined when the block asks none
 */
export function questionBlock(block: RootContent): QuestionBlock | undefined {
  if (block.type === 'paragraph') {
    const pair = paragraphQuestion(block)
    return pair ? { pairs: [pair], continues: true } : undefined
  }
  if (block.type === 'list') return listQuestions(block)
  return undefined
}

/**
 * A list item's plain question with its answer after it on the same line ("1. Welke opleiding heb
 * je nodig? Een mbo-opleiding …"); only in a list whose every item asks one, so a question in
 * running text does not split a paragraph.
 */
function leadingQuestion(paragraph: Paragraph): QuestionPair | undefined {
  const text = plainText(paragraph)
  const match = /^\s*([^?\n]{3,200}\?)\s+(?=\S)/u.exec(text)
  const question = match?.[1] !== undefined ? questionText(match[1]) : undefined
  if (!match || question === undefined) return undefined
  const answer = restParagraph(dropLeading(paragraph.children, match[0].trimEnd().length), paragraph)
  return { question, questionNode: paragraph, answer: answer ? [answer] : [] }
}

function listQuestions(list: List): QuestionBlock | undefined {
  const pairs: QuestionPair[] = []
  for (const item of list.children) {
    const [first, ...rest] = item.children
    if (first?.type !== 'paragraph') return undefined
    const pair = paragraphQuestion(first) ?? leadingQuestion(first)
    if (!pair) return undefined
    const answer = [...pair.answer, ...rest]
    if (answer.length === 0) return undefined
    pairs.push({ ...pair, answer })
  }
  return pairs.length > 0 ? { pairs, continues: false } : undefined
}
