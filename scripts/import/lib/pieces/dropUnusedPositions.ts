import type { Nodes, Root } from 'mdast'

/** Table rows beyond which no message points at a single cell (a ladder of salary levels has fewer). */
const rowsWithCellPositions = 30

/** Inline nodes no message points at (links, images, HTML and references keep their positions). */
const unreported = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break'])

/**
 * Drops the positions no message uses, to keep a large file's tree small: those of plain inline
 * nodes (text, emphasis …), of everything inside table cells, and of the cells of tables longer
 * than a salary ladder.
 * @param root the tree (changed)
 */
export function dropUnusedPositions(root: Root): void {
  const stack: Nodes[] = [root]
  const forget = (node: Nodes) => {
    const inner: Nodes[] = [node]
    while (inner.length > 0) {
      const top = inner.pop()
      if (!top) break
      delete top.position
      if ('children' in top) for (const child of top.children) inner.push(child)
    }
  }
  while (stack.length > 0) {
    const top = stack.pop()
    if (!top) break
    if (unreported.has(top.type)) delete top.position
    if (top.type === 'table') {
      const long = top.children.length > rowsWithCellPositions + 1
      top.children.forEach((row, r) => {
        for (const cell of row.children) {
          if (long && r > 0) forget(cell)
          else for (const child of cell.children) forget(child)
        }
      })
      // One by one: a file of short paragraphs has millions of children, more than a call takes as arguments.
    } else if ('children' in top) for (const child of top.children) stack.push(child)
  }
}
