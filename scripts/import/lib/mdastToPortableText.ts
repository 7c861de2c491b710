/**
 * Markdown (mdast) to Portable Text, written by hand: @portabletext/markdown (on the npm
 * registry) converts Markdown *strings* via markdown-it, while the importer works on mdast
 * subtrees that it has already split into sections, and needs the source position of every
 * node it cannot convert; there is no maintained mdast → Portable Text converter.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { Path } from '../../core/issue.ts'
import type { Block, PortableText } from '../../core/model/portableText.ts'
import { unsafeLinkMessage, unsafeScheme } from './unsafeScheme.ts'
import { plainText } from './plainText.ts'
import { reportMessage } from './reportMessage.ts'
import { stableKey } from './stableKey.ts'

type Item = PortableText[number]
type Span = Block['children'][number]
type MarkDef = NonNullable<Block['markDefs']>[number]

/** Where the converted content goes, for keys and messages. */
export interface PortableTextTarget {
  file: VFile
  /** The document the content belongs to. */
  docId: string
  /** The field it fills (`body`, `answer`). */
  fieldPath: Path
  /** Tables become `table` items; where they are not allowed (FAQ answers) they are reported and left out. */
  allowTables: boolean
}

interface ListContext {
  listItem: 'bullet' | 'number'
  level: number
}

const decorators = { strong: 'strong', emphasis: 'em', delete: 'strike-through', inlineCode: 'code' } as const

/**
 * Converts Markdown block nodes to Portable Text: paragraphs, headings (h2–h4), bullet and
 * numbered lists (nested → level), block quotes, emphasis/strong/strike/code marks, links
 * (markDefs) and GFM tables (`table` items). What has no Portable Text form (HTML, images,
 * code blocks, rules, footnotes) is reported on the file at its position; code blocks keep
 * their text.
 * @param nodes the Markdown nodes, in order
 * @param target the document and field they go to
 * @returns Portable Text with keys derived from the document, the field and the position in it
 */
export function mdastToPortableText(nodes: ReadonlyArray<RootContent>, target: PortableTextTarget): PortableText {
  const out: Item[] = []
  const seed = `${target.docId}|${target.fieldPath.join('.')}`
  const nextKey = () => stableKey(`${seed}|${out.length}`)
  const report = (reason: string, node: Nodes, level: 'warning' | 'info' = 'warning') =>
    reportMessage(target.file, reason, {
      place: node,
      ruleId: 'unsupported-markdown',
      level,
      docId: target.docId,
      fieldPath: target.fieldPath,
    })

  const pushBlock = (children: ReadonlyArray<PhrasingContent>, style: NonNullable<Block['style']>, list?: ListContext) => {
    const key = nextKey()
    const spans: Omit<Span, '_key'>[] = []
    const markDefs: MarkDef[] = []
    const walk = (inline: ReadonlyArray<PhrasingContent>, marks: string[]) => {
      for (const node of inline) {
        switch (node.type) {
          case 'text':
            // A line break inside a paragraph is a soft break: a space.
            spans.push({ _type: 'span', text: node.value.replace(/\r?\n/g, ' '), marks })
            break
          case 'break':
            spans.push({ _type: 'span', text: '\n', marks })
            break
          case 'inlineCode':
            spans.push({ _type: 'span', text: node.value, marks: [...marks, decorators.inlineCode] })
            break
          case 'strong':
          case 'emphasis':
          case 'delete':
            walk(node.children, [...marks, decorators[node.type]])
            break
          case 'link': {
            const scheme = unsafeScheme(node.url)
            if (scheme) {
              report(unsafeLinkMessage(node.url, scheme), node)
              walk(node.children, marks)
              break
            }
            const markKey = stableKey(`${key}|m${markDefs.length}`)
            markDefs.push({ _type: 'link', _key: markKey, href: node.url })
            walk(node.children, [...marks, markKey])
            break
          }
          case 'linkReference':
            report('Unexpected reference-style link, expected an inline link [text](url); kept its text without the link', node)
            walk(node.children, marks)
            break
          case 'image':
          case 'imageReference':
            report('Unexpected image, expected text; left out', node)
            break
          case 'html':
            report('Unexpected HTML, expected Markdown; left out', node)
            break
          case 'footnoteReference':
            report('Unexpected footnote reference, expected text; left out', node)
            break
        }
      }
    }
    walk(children, [])
    const merged: Span[] = []
    for (const span of spans) {
      const last = merged[merged.length - 1]
      if (last && (last.marks ?? []).join() === (span.marks ?? []).join()) last.text += span.text
      else merged.push({ ...span, _key: stableKey(`${key}|s${merged.length}`) })
    }
    if (merged.every((span) => span.text.trim() === '')) return
    out.push({
      _type: 'block',
      _key: key,
      style,
      ...(list ? { listItem: list.listItem, level: list.level } : {}),
      children: merged,
      markDefs,
    })
  }

  const convert = (node: RootContent, list?: ListContext, quoted = false) => {
    switch (node.type) {
      case 'paragraph':
        pushBlock(node.children, quoted ? 'blockquote' : 'normal', list)
        break
      case 'heading':
        pushBlock(node.children, node.depth <= 2 ? 'h2' : node.depth === 3 ? 'h3' : 'h4')
        break
      case 'list': {
        const listItem = node.ordered ? 'number' : 'bullet'
        const level = (list?.level ?? 0) + 1
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') pushBlock(child.children, quoted ? 'blockquote' : 'normal', { listItem, level })
            else convert(child, { listItem, level }, quoted)
          }
        }
        break
      }
      case 'blockquote':
        for (const child of node.children) convert(child, list, true)
        break
      case 'table':
        if (!target.allowTables) {
          report('Unexpected table, expected paragraphs or lists; left out', node)
          break
        }
        {
          const key = nextKey()
          out.push({
            _type: 'jobldTable',
            _key: key,
            rows: node.children.map((row, r) => ({
              _type: 'jobldTableRow' as const,
              _key: stableKey(`${key}|r${r}`),
              cells: row.children.map((cell) => plainText(cell)),
            })),
          })
        }
        break
      case 'code':
        report('Unexpected code block, expected prose; kept as plain text', node)
        if (node.value.trim() !== '') pushBlock([{ type: 'text', value: node.value }], 'normal')
        break
      case 'html':
        if (node.value.trim() !== '') report('Unexpected HTML, expected Markdown; left out', node)
        break
      case 'thematicBreak':
        report('Unexpected thematic break, expected text; left out', node, 'info')
        break
      case 'footnoteDefinition':
        report('Unexpected footnote, expected text; left out', node)
        break
      case 'definition':
        report('Unexpected link definition, expected an inline link; left out', node, 'info')
        break
      case 'yaml':
        break
      default:
        report(`Unexpected ${node.type}, expected a paragraph, heading, list, quote or table; left out`, node)
    }
  }

  for (const node of nodes) convert(node)
  return out
}
