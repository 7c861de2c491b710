import { quoteText } from '../../core/messages/quoteText.ts'
import type { ListItem, Nodes, Table } from 'mdast'
import type { ArticleContext } from './articleContext.ts'
import { plainText } from './plainText.ts'
import { reportMessage } from './reportMessage.ts'
import type { Section } from './splitSections.ts'

/** A name with an optional explanation (a specialisation, a competency). */
export interface NamedItemDraft {
  name: string
  detail?: string
  /** The list item or table row it came from. */
  node: Nodes
}

// "Name: detail", "Name – detail", "Name - detail" (a dash between spaces).
const separator = /^(.+?)(?::\s+|\s+[–—-]\s+)(.+)$/su

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Splits a list item into name and detail: at a bold lead-in, else at the first colon or spaced dash. */
function splitItem(item: ListItem): NamedItemDraft {
  const text = plainText(item)
  const paragraph = item.children[0]
  const lead = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  if (lead?.type === 'strong') {
    const name = plainText(lead).replace(/[:–—-]\s*$/u, '').trim()
    const detail = text.slice(plainText(lead).length).replace(/^\s*[:–—-]?\s*/u, '').trim()
    return { name, ...(detail ? { detail: capitalize(detail) } : {}), node: item }
  }
  const match = separator.exec(text)
  if (match?.[1] && match[2]) return { name: match[1].trim(), detail: capitalize(match[2].trim()), node: item }
  return { name: text, node: item }
}

/**
 * Reads named items with an explanation from sections, in document order: from the rows of
 * two-column tables (name, explanation; the first row is the header) and from list items
 * written "Name: explanation" (or with a bold name). An explanation gets a capital first
 * letter, since it is shown on its own. Extra table columns are reported.
 * @param sections the sections to read (specialisations or competencies)
 * @param ctx the article
 * @param what the field the items fill, for messages (`specialisations`, `competencies`)
 * @returns the items, each name once
 */
export function extractNamedItems(sections: ReadonlyArray<Section>, ctx: ArticleContext, what: 'specialisations' | 'competencies'): NamedItemDraft[] {
  const out: NamedItemDraft[] = []
  const fromTable = (table: Table) => {
    const [header, ...rows] = table.children
    header?.children.slice(2).forEach((cell) =>
      reportMessage(ctx.file, `Unexpected column ${quoteText(plainText(cell))} in the ${what} table, expected a name and an explanation; left out`, {
        place: cell,
        ruleId: 'named-items',
        level: 'warning',
        docId: ctx.profileId,
        fieldPath: [what],
      }),
    )
    for (const row of rows) {
      const [nameCell, detailCell] = row.children
      const name = nameCell ? plainText(nameCell) : ''
      const detail = detailCell ? plainText(detailCell) : ''
      if (name) out.push({ name, ...(detail ? { detail: capitalize(detail) } : {}), node: row })
    }
  }
  for (const section of sections) {
    for (const node of section.nodes) {
      if (node.type === 'table') fromTable(node)
      else if (node.type === 'list') for (const item of node.children) out.push(splitItem(item))
    }
  }
  const seen = new Set<string>()
  return out.filter((item) => {
    const key = item.name.toLowerCase()
    if (item.name === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}
