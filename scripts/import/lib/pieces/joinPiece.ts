import type { Nodes, RootContent, Table } from 'mdast'
import type { Seam } from './cutPieces.ts'
import { pushAll } from '../../../core/pushAll.ts'

/**
 * Moves every position in a tree by whole lines and by offset (pieces start at line starts, so columns stay).
 * @param node the tree of a piece
 * @param lines how many lines the piece starts after the file's first
 * @param offset where the piece starts in the file
 */
export function shiftPositions(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const top = stack.pop()
    if (!top) break
    const position = top.position
    if (position) {
      // Each point object belongs to one node (micromark makes them per token), so it is moved in place.
      for (const point of [position.start, position.end]) {
        point.line += lines
        if (point.offset !== undefined) point.offset += offset
      }
    }
    if ('children' in top) for (const child of top.children) stack.push(child)
  }
}

/**
 * Joins the first block of a piece to the last block before it when the cut went through that
 * block (a table, a paragraph, a list or a quote), then adds the piece's blocks.
 * @param before the blocks so far (changed)
 * @param next the piece's blocks (changed)
 * @param seam how the piece starts
 */
export function joinPiece(before: RootContent[], next: RootContent[], seam: Seam): void {
  const last = before[before.length - 1]
  const first = next[0]
  if (seam !== 'blank' && last && first && last.position && first.position) {
    if (last.type === 'table' && first.type === 'table') {
      // The piece's first row is the repeated header.
      const rows: Table['children'] = first.children.slice(1)
      pushAll(last.children, rows)
      // A piece that only repeats the header (the table ended at its first line) leaves the end where it was.
      const end = rows[rows.length - 1]?.position?.end
      if (end) last.position.end = end
      next.shift()
    } else if (last.type === 'paragraph' && first.type === 'paragraph') {
      // A cut between two lines of a paragraph is a soft line break, as in the whole text.
      const tail = last.children[last.children.length - 1]
      const [head, ...rest] = first.children
      if (tail?.type === 'text' && head?.type === 'text') {
        tail.value += `\n${head.value}`
        if (tail.position && head.position) tail.position.end = head.position.end
        pushAll(last.children, rest)
      } else if (head?.type === 'text') {
        // (Text positions are dropped in a large file's tree, see dropUnusedPositions.)
        head.value = `\n${head.value}`
        pushAll(last.children, first.children)
      } else if (tail?.type === 'text') {
        tail.value += '\n'
        pushAll(last.children, first.children)
      } else last.children.push({ type: 'text', value: '\n' }, ...first.children)
      last.position.end = first.position.end
      next.shift()
    } else if (last.type === 'list' && first.type === 'list' && last.ordered === first.ordered) {
      pushAll(last.children, first.children)
      last.spread = (last.spread ?? false) || (first.spread ?? false)
      last.position.end = first.position.end
      next.shift()
    } else if (last.type === 'blockquote' && first.type === 'blockquote') {
      joinPiece(last.children, first.children, seam)
      pushAll(last.children, first.children)
      last.position.end = first.position.end
      next.shift()
    }
  }
  pushAll(before, next)
}
