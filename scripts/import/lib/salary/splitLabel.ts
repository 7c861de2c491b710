import type { ListItem, Paragraph } from 'mdast'
import { plainText } from '../plainText.ts'

/** A block that starts with a label: the label's text and the rest. */
export interface LabelledText {
  label: string
  rest: string
}

const maxLabelWords = 6
// "Label: rest", "Label – rest" (a dash between spaces).
// A dash between two digits belongs to the label ("3–5 years: …"); a dash after an amount is a range ("588 – 658 euro"), not the end of a label.
const separator = /^((?:[^:–—]|(?<=\d)[–—](?=\d)){1,80}?)(?::|(?<!\d{3}|\d[.,]\d{1,3}|\d[\s\u00a0]?(?:euro|EUR|€|\$|£|USD|GBP|CAD|AUD))\s[–—-]\s)\s*(.+)$/su

/**
 * Splits a list item or paragraph that starts with a label ("**Starter**: € 2.350 per maand",
 * "Utrecht: € 17,20 per uur", "Na 1 jaar – € 15,95") into the label and the rest; a bold lead
 * is a label by itself, a plain one ends at a colon or a spaced dash and has at most six words.
 * @param node the list item or paragraph
 * @returns the label and the rest, or undefined when it does not start with a label
 */
export function splitLabel(node: ListItem | Paragraph): LabelledText | undefined {
  const paragraph = node.type === 'listItem' ? node.children[0] : node
  const text = plainText(node)
  const lead = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  if (lead?.type === 'strong') {
    const label = plainText(lead).replace(/[:–—-]\s*$/u, '').trim()
    const rest = text.slice(plainText(lead).length).replace(/^\s*[:–—-]?\s*/u, '').trim()
    if (label !== '' && rest !== '') return { label, rest }
  }
  const match = separator.exec(text)
  if (!match?.[1] || !match[2]) return undefined
  const label = match[1].trim()
  if (label.split(/\s+/u).length > maxLabelWords || /[€$£]/u.test(label)) return undefined
  return { label, rest: match[2].trim() }
}
