import type { ListItem } from 'mdast'
import type { ArticleContext } from './articleContext.ts'
import { plainText } from './plainText.ts'
import { reportMessage } from './reportMessage.ts'
import type { Section } from './splitSections.ts'

/** One list item's text with the item it came from. */
export interface ListItemDraft {
  text: string
  node: ListItem
}

/**
 * Reads the items of the top-level lists in sections (tasks, sectors), in document order;
 * a section of that kind without any list is reported, as its content then only goes to the body.
 * @param sections the sections to read
 * @param ctx the article
 * @param what the field the items fill, for messages (`tasks`, `sectors`)
 * @returns the item texts, each once
 */
export function extractListItems(sections: ReadonlyArray<Section>, ctx: ArticleContext, what: 'tasks' | 'sectors'): ListItemDraft[] {
  const out: ListItemDraft[] = []
  for (const section of sections)
    for (const node of section.nodes) if (node.type === 'list') for (const item of node.children) out.push({ text: plainText(item), node: item })
  const first = sections[0]
  if (out.length === 0 && first)
    reportMessage(ctx.file, `Unexpected ${what} section without a list, expected a bulleted list of ${what}; kept in body only`, {
      place: first.heading,
      ruleId: 'list-items',
      level: 'info',
      docId: ctx.profileId,
      fieldPath: [what],
    })
  const seen = new Set<string>()
  return out.filter((item) => item.text !== '' && !seen.has(item.text) && seen.add(item.text))
}
