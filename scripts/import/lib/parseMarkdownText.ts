/**
 * Markdown text to mdast in pieces, written by hand: micromark (under remark-parse) holds an event
 * for nearly every character of the whole document while it parses, several hundred bytes each, so
 * a 3.5 MB file with a 10^5-row table takes gigabytes. No library parses Markdown incrementally,
 * so a large file is cut at lines between blocks, each piece parsed alone, and the pieces' trees
 * are joined again with their positions moved to where the piece starts in the file; the plain
 * rows of a long table are read by hand (pieces/cutPieces.ts), which micromark does slowest.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { pushAll } from '../../core/pushAll.ts'
import { cutPieces, defaultSizes, type Piece, type PieceSizes } from './pieces/cutPieces.ts'
import { dropUnusedPositions } from './pieces/dropUnusedPositions.ts'
import { joinPiece, shiftPositions } from './pieces/joinPiece.ts'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/**
 * Parses Markdown (CommonMark, GFM tables, YAML front matter) into mdast with positions in the
 * text. A text of up to 256 KiB is parsed whole; a longer one in pieces of about 64 KiB, cut
 * after a blank line where it can be (nothing changes there), else between two rows of a table
 * (its header is repeated for the piece), else at a line that starts at the margin (a paragraph or
 * list cut there is joined again); never inside fenced code, raw HTML or front matter. Memory then
 * grows with the file, not with the parser's events for all of it. In a long file a reference
 * link and its definition in different pieces do not meet; the importer reports reference links anyway.
 * The tree of a large text also lacks the positions no message uses (dropUnusedPositions).
 * @param text the whole file
 * @param sizes where to cut (tests cut small texts)
 * @returns the tree
 */
export function parseMarkdownText(text: string, sizes: PieceSizes = defaultSizes): Root {
  if (text.length <= sizes.wholeUpTo) return processor.parse(text)
  const root: Root = { type: 'root', children: [] }
  for (const item of cutPieces(text, sizes)) {
    const last = root.children[root.children.length - 1]
    if (item.kind === 'rows' && last?.type === 'table' && last.position) {
      pushAll(last.children, item.rows)
      const end = item.rows[item.rows.length - 1]?.position?.end
      if (end) last.position.end = { ...end }
      continue
    }
    // Rows that do not follow a table after all are parsed like any other line.
    const piece: Piece = item.kind === 'rows' ? { kind: 'markdown', text: item.text, offset: item.offset, line: item.line, seam: 'line', prefix: '' } : item
    const tree = processor.parse(piece.prefix + piece.text)
    const prefixLines = piece.prefix === '' ? 0 : piece.prefix.split('\n').length - 1
    for (const child of tree.children) shiftPositions(child, piece.line - 1 - prefixLines, piece.offset - piece.prefix.length)
    joinPiece(root.children, tree.children, piece.seam)
  }
  const lastLine = text.split('\n').length
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lastLine, column: text.length - text.lastIndexOf('\n'), offset: text.length } }
  dropUnusedPositions(root)
  return root
}
