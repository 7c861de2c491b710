import type { BlockContent, DefinitionContent, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast'
import type { DefaultTreeAdapterTypes } from 'parse5'
import type { Point, Position } from 'unist'

type Element = DefaultTreeAdapterTypes.Element
type ChildNode = DefaultTreeAdapterTypes.ChildNode

/** Where an HTML string starts in the file, to turn the parser's locations into file positions. */
export interface HtmlOrigin {
  line: number
  column: number
  offset: number
}

/** An element, or Markdown blocks that stood between the parts of an element split over several HTML blocks. */
export type HtmlChild = ChildNode | MarkdownInside

/** Children of an element, with Markdown blocks added where the element was left open. */
export type ChildrenOf = (element: Element) => ReadonlyArray<HtmlChild>

const headingDepths: Readonly<Record<string, Heading['depth']>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
/** Elements that only group other blocks: their children are read in their place. */
const wrappers = new Set(['div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'figure', 'center', 'body', 'html', 'tbody', 'thead', 'tfoot', 'font', 'span'])
/** Elements whose text is never content. */
const dropped = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'math', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'img', 'video', 'audio', 'source', 'canvas', 'br', 'hr', 'wbr'])
const phrasingTags = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'br', 'del', 'ins', 'label', 'font'])

/** Markdown blocks that stood inside an element. */
export interface MarkdownInside {
  nodeName: '#markdown'
  nodes: RootContent[]
}
const isMarkdown = (node: HtmlChild): node is MarkdownInside => 'nodes' in node
const isElement = (node: HtmlChild): node is Element => 'tagName' in node
const isText = (node: HtmlChild): node is DefaultTreeAdapterTypes.TextNode => node.nodeName === '#text'
const isPhrasing = (node: HtmlChild) => isText(node) || (isElement(node) && phrasingTags.has(node.tagName))

/**
 * Reads HTML elements as the Markdown they stand for, so every reader sees one kind of tree: a
 * table as a table (header row, cells spanning columns and rows repeated), headings, paragraphs
 * and lists as such, a `<details>` as a list item whose bold first line is its `<summary>`, a
 * definition list as list items whose bold first line is the `<dt>` and whose text is the `<dd>`;
 * `<div>` and other wrappers give their children. Elements that hold no text (scripts, images,
 * forms) are left out. Every node gets the position of its HTML in the file.
 * @param nodes the parsed HTML nodes
 * @param origin where the HTML starts in the file
 * @param childrenOf the children of an element (with Markdown blocks where it was left open)
 * @returns Markdown blocks
 */
export function htmlBlocks(nodes: ReadonlyArray<HtmlChild>, origin: HtmlOrigin, childrenOf: ChildrenOf): RootContent[] {
  const position = (node: HtmlChild): Position | undefined => {
    if (isMarkdown(node)) return undefined
    const loc = node.sourceCodeLocation
    if (!loc) return undefined
    const point = (line: number, col: number, offset: number): Point => ({
      line: origin.line + line - 1,
      column: line === 1 ? origin.column + col - 1 : col,
      offset: origin.offset + offset,
    })
    return { start: point(loc.startLine, loc.startCol, loc.startOffset), end: point(loc.endLine, loc.endCol, loc.endOffset) }
  }
  const at = <T extends RootContent | ListItem | TableRow | TableCell | PhrasingContent>(node: T, source: HtmlChild): T => {
    const where = position(source)
    return where ? { ...node, position: where } : node
  }

  const phrasing = (children: ReadonlyArray<HtmlChild>): PhrasingContent[] => {
    const out: PhrasingContent[] = []
    for (const child of children) {
      if (isText(child)) {
        if (child.value !== '') out.push(at({ type: 'text', value: child.value }, child))
        continue
      }
      if (isMarkdown(child)) continue
      if (!isElement(child) || dropped.has(child.tagName)) {
        if (isElement(child) && child.tagName === 'br') out.push(at({ type: 'break' }, child))
        continue
      }
      const inner = phrasing(childrenOf(child))
      switch (child.tagName) {
        case 'strong':
        case 'b':
          out.push(at({ type: 'strong', children: inner }, child))
          break
        case 'em':
        case 'i':
          out.push(at({ type: 'emphasis', children: inner }, child))
          break
        case 'del':
        case 's':
          out.push(at({ type: 'delete', children: inner }, child))
          break
        case 'code':
          out.push(at({ type: 'inlineCode', value: textOf(child) }, child))
          break
        case 'a': {
          const href = child.attrs.find((a) => a.name === 'href')?.value
          if (href) out.push(at({ type: 'link', url: href, children: inner }, child))
          else out.push(...inner)
          break
        }
        default:
          out.push(...inner)
      }
    }
    return out
  }
  const textOf = (element: Element): string =>
    childrenOf(element)
      .map((child) => (isText(child) ? child.value : isElement(child) && !dropped.has(child.tagName) ? textOf(child) : ''))
      .join('')
  const paragraph = (children: PhrasingContent[], source: HtmlChild): Paragraph[] => {
    const trimmed = trimPhrasing(children)
    return trimmed.length === 0 ? [] : [at({ type: 'paragraph', children: trimmed }, source)]
  }
  // Runs of text and inline elements between blocks become paragraphs.
  const blocks = (children: ReadonlyArray<HtmlChild>): RootContent[] => {
    const out: RootContent[] = []
    let run: HtmlChild[] = []
    const flush = () => {
      const first = run[0]
      if (first) out.push(...paragraph(phrasing(run), first))
      run = []
    }
    for (const child of children) {
      if (isMarkdown(child)) {
        flush()
        out.push(...child.nodes)
      } else if (isPhrasing(child) && !(isElement(child) && wrappers.has(child.tagName) && childrenOf(child).some((c) => !isPhrasing(c)))) run.push(child)
      else {
        flush()
        out.push(...block(child))
      }
    }
    flush()
    return out
  }
  const listItem = (content: RootContent[], source: HtmlChild): ListItem => at({ type: 'listItem', spread: content.length > 1, children: content.filter(isFlow) }, source)
  const labelled = (label: PhrasingContent[], source: HtmlChild): Paragraph => at({ type: 'paragraph', children: [at({ type: 'strong', children: trimPhrasing(label) }, source)] }, source)

  const block = (node: HtmlChild): RootContent[] => {
    if (!isElement(node)) return []
    const tag = node.tagName
    if (dropped.has(tag)) return []
    const depth = headingDepths[tag]
    if (depth) return [at({ type: 'heading', depth, children: trimPhrasing(phrasing(childrenOf(node))) }, node)]
    switch (tag) {
      case 'p':
        return paragraph(phrasing(childrenOf(node)), node)
      case 'ul':
      case 'ol': {
        const items = childrenOf(node)
          .filter(isElement)
          .filter((li) => li.tagName === 'li')
          .map((li) => listItem(blocks(childrenOf(li)), li))
        return items.length === 0 ? [] : [at({ type: 'list', ordered: tag === 'ol', spread: items.some((i) => i.spread), children: items }, node)]
      }
      case 'blockquote':
        return [at({ type: 'blockquote', children: blocks(childrenOf(node)).filter(isFlow) }, node)]
      case 'details': {
        const children = childrenOf(node)
        const summary = children.filter(isElement).find((c) => c.tagName === 'summary')
        const body = blocks(children.filter((c) => c !== summary))
        const item = listItem([...(summary ? [labelled(phrasing(childrenOf(summary)), summary)] : []), ...body], node)
        return [at({ type: 'list', ordered: false, spread: true, children: [item] }, node)]
      }
      case 'dl': {
        const items: ListItem[] = []
        let current: { label: Element; content: RootContent[] } | undefined
        const close = () => {
          if (current) items.push(listItem([labelled(phrasing(childrenOf(current.label)), current.label), ...current.content], current.label))
          current = undefined
        }
        for (const child of childrenOf(node)) {
          if (!isElement(child)) continue
          if (child.tagName === 'dt') {
            close()
            current = { label: child, content: [] }
          } else if (child.tagName === 'dd' && current) current.content.push(...blocks(childrenOf(child)))
          else if (child.tagName === 'div') for (const inner of childrenOf(child)) if (isElement(inner) && inner.tagName === 'dt') {
            close()
            current = { label: inner, content: [] }
          } else if (isElement(inner) && inner.tagName === 'dd' && current) current.content.push(...blocks(childrenOf(inner)))
        }
        close()
        return items.length === 0 ? [] : [at({ type: 'list', ordered: false, spread: true, children: items }, node)]
      }
      case 'table':
        return [table(node)]
      default:
        return blocks(childrenOf(node))
    }
  }

  // A table: rows in document order (head, body, foot), cells spanning several columns or rows repeated.
  const table = (element: Element): Table => {
    const rows: Element[] = []
    const collect = (el: Element) => {
      for (const child of childrenOf(el)) {
        if (!isElement(child)) continue
        if (child.tagName === 'tr') rows.push(child)
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child)
      }
    }
    collect(element)
    const grid: Array<Array<{ cell: Element; text: PhrasingContent[] } | undefined>> = rows.map(() => [])
    rows.forEach((row, r) => {
      let c = 0
      for (const cell of childrenOf(row)) {
        if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
        while (grid[r]?.[c] !== undefined) c++
        const span = (name: string) => Math.min(50, Math.max(1, Number(cell.attrs.find((a) => a.name === name)?.value ?? '1') || 1))
        const [colspan, rowspan] = [span('colspan'), span('rowspan')]
        const text = trimPhrasing(phrasing(childrenOf(cell)))
        for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) for (let dc = 0; dc < colspan; dc++) {
          const target = grid[r + dr]
          if (target) target[c + dc] = { cell, text }
        }
        c += colspan
      }
    })
    const width = Math.max(0, ...grid.map((row) => row.length))
    const children: TableRow[] = rows.map((row, r) =>
      at(
        {
          type: 'tableRow',
          children: Array.from({ length: width }, (_, c): TableCell => {
            const entry = grid[r]?.[c]
            return entry ? at({ type: 'tableCell', children: entry.text }, entry.cell) : { type: 'tableCell', children: [] }
          }),
        },
        row,
      ),
    )
    return at({ type: 'table', align: Array.from({ length: width }, () => null), children }, element)
  }

  return blocks(nodes)
}

const flowTypes = new Set(['blockquote', 'code', 'heading', 'html', 'list', 'paragraph', 'table', 'thematicBreak', 'definition', 'footnoteDefinition'])

/** Whether a node can stand in a list item or a quote. */
function isFlow(node: RootContent): node is BlockContent | DefinitionContent {
  return flowTypes.has(node.type)
}

/** Phrasing without the white space HTML puts around it (and line breaks inside collapsed as HTML shows them). */
function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.map((child) => (child.type === 'text' ? { ...child, value: child.value.replace(/[\t\n\r ]+/gu, ' ') } : child))
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out[out.length - 1]
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out.filter((child) => !(child.type === 'text' && child.value === ''))
}
