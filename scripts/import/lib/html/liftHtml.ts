import type { Html, RootContent } from 'mdast'
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { htmlBlocks, type HtmlChild, type HtmlOrigin } from './htmlBlocks.ts'

type Element = DefaultTreeAdapterTypes.Element

/** Block elements worth reading: an HTML block with none of them stays as it is (and is reported where it ends up). */
const readable = /<(?:table|details|dl|h[1-6]|p|ul|ol|blockquote|div|section|article)\b/iu
/** Elements that an HTML block may open and a later one close, with Markdown between. */
const containers = ['details', 'dl', 'div', 'section', 'article', 'aside', 'blockquote', 'dd', 'table', 'ul', 'ol', 'li']

/** Opened minus closed containers in an HTML block (comments left out). */
function openCount(html: string): number {
  const text = html.replace(/<!--[\s\S]*?-->/gu, '')
  let open = 0
  for (const tag of containers) {
    open += (text.match(new RegExp(`<${tag}\\b[^>]*>`, 'giu')) ?? []).length
    open -= (text.match(new RegExp(`</${tag}\\s*>`, 'giu')) ?? []).length
  }
  return open
}

const originOf = (node: Html): HtmlOrigin => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, offset: node.position?.start.offset ?? 0 })

/**
 * Reads the raw HTML blocks of a Markdown article as the Markdown they stand for (htmlBlocks):
 * tables, headings, paragraphs, lists, `<details>` and definition lists. An element that one HTML
 * block opens and a later one closes, with Markdown between (`<details>` on a line, the answer in
 * Markdown, `</details>` on a line), is read with that Markdown inside it. HTML the parser (parse5)
 * reads is HTML as a browser reads it: entities such as `&euro;&nbsp;` are text. List items and
 * quotes are read the same way inside. HTML blocks without such elements stay as they are.
 * @param nodes the blocks of an article (or of a list item or quote)
 * @returns the blocks with the HTML read
 */
export function liftHtml(nodes: ReadonlyArray<RootContent>): RootContent[] {
  const out: RootContent[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if (!node) continue
    if (node.type === 'list') {
      out.push({ ...node, children: node.children.map((item) => ({ ...item, children: liftInside(item.children) })) })
      continue
    }
    if (node.type === 'blockquote') {
      out.push({ ...node, children: liftInside(node.children) })
      continue
    }
    if (node.type !== 'html' || !readable.test(node.value)) {
      out.push(node)
      continue
    }
    // An element left open: the blocks up to the HTML block that closes it are its content.
    let open = openCount(node.value)
    const inside: RootContent[] = []
    let closing: Html | undefined
    let j = i + 1
    if (open > 0) {
      for (; j < nodes.length; j++) {
        const next = nodes[j]
        if (!next) continue
        if (next.type === 'html') {
          open += openCount(next.value)
          if (open <= 0) {
            closing = next
            break
          }
        }
        inside.push(next)
      }
      if (!closing) {
        // Never closed: read the block alone, as a browser would at the end of the page.
        inside.length = 0
        j = i
      } else i = j
    }
    out.push(...readHtml(node, liftHtml(inside), closing))
  }
  return out
}

function liftInside<T extends RootContent>(children: T[]): T[] {
  const lifted = liftHtml(children)
  // Inside a list item or quote only flow content may stand; what the HTML gave is flow content.
  return lifted.filter((n): n is T => n.type !== 'yaml')
}

/** Parses one HTML block, with the Markdown blocks that stood inside its open element and the block that closed it. */
function readHtml(node: Html, inside: RootContent[], closing: Html | undefined): RootContent[] {
  const fragment = parseFragment(node.value, { sourceCodeLocationInfo: true })
  // The innermost element still open at the end of the block gets the Markdown blocks and what the closing block held before its end tag.
  let host: Element | undefined
  let level: ReadonlyArray<DefaultTreeAdapterTypes.ChildNode> = fragment.childNodes
  for (;;) {
    const last = [...level].reverse().find((c): c is Element => 'tagName' in c)
    if (!last || last.sourceCodeLocation?.endTag) break
    host = last
    level = last.childNodes
  }
  const closingBlocks = closing ? htmlBlocks(parseFragment(closing.value.replace(/<\/[a-z]+\s*>/giu, (m) => ' '.repeat(m.length)), { sourceCodeLocationInfo: true }).childNodes, originOf(closing), (e) => e.childNodes) : []
  const extra: HtmlChild[] = [...(inside.length > 0 ? [{ nodeName: '#markdown' as const, nodes: inside }] : []), ...(closingBlocks.length > 0 ? [{ nodeName: '#markdown' as const, nodes: closingBlocks }] : [])]
  return htmlBlocks(fragment.childNodes, originOf(node), (element) => (element === host ? [...element.childNodes, ...extra] : element.childNodes))
}
