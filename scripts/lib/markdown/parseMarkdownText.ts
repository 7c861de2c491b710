/**
 * Markdown text to mdast in pieces, written by hand: micromark (under remark-parse) holds an event
 * for nearly every character of the whole document while it parses, several hundred bytes each, so
 * a 3.5 MB file with a 10^5-row table takes gigabytes. No library parses Markdown incrementally,
 * so a large file is cut at lines between blocks, each piece parsed alone, and the pieces' trees
 * are joined again with their positions moved to where the piece starts in the file.
 */
import type { Nodes, Root, RootContent, Table, TableRow } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/**
 * How a text is cut: files up to `wholeUpTo` characters are parsed whole, larger ones in pieces of
 * about `pieceSize`, and a table's plain rows after the first `rowsBeforeHandReading` are read by hand.
 */
export interface PieceSizes {
  wholeUpTo: number
  pieceSize: number
  rowsBeforeHandReading: number
}

const defaultSizes: PieceSizes = { wholeUpTo: 256 * 1024, pieceSize: 64 * 1024, rowsBeforeHandReading: 50 }

/** How a piece starts: after a blank line (a new block), inside a table (its header is repeated), or at any other line. */
type Seam = 'blank' | 'table' | 'line'

interface Piece {
  kind: 'markdown'
  text: string
  /** 0-based offset and 1-based line in the file where the piece's own text starts. */
  offset: number
  line: number
  seam: Seam
  /** The table header and delimiter row put before a piece that starts inside a table. */
  prefix: string
}

/** Plain rows of a long table, read without micromark (see plainRow); `text` is their lines, for when they turn out not to follow a table. */
interface RowRun {
  kind: 'rows'
  rows: TableRow[]
  text: string
  offset: number
  line: number
}

// A row that starts with "|" and holds no character with a meaning inside a cell (escapes, code, emphasis, links, HTML, entities, autolinks).
const plainRow = /^ {0,3}\|(?!.*(?:[\\`*_~[\]<>&!@]|www\.|:\/\/))/iu

/** The cells of a plain row, as GFM splits them: an outer pipe on each side dropped, each cell trimmed. */
function rowCells(line: string): string[] {
  let inner = line.trim().slice(1)
  if (inner.endsWith('|')) inner = inner.slice(0, -1)
  return inner.split('|').map((cell) => cell.trim())
}

/** A plain row as micromark makes it: the row spans the line from its first character; cells hold their text. */
function handRow(line: string, offset: number, number: number): TableRow {
  const indent = line.length - line.trimStart().length
  return {
    type: 'tableRow',
    children: rowCells(line).map((cell) => ({ type: 'tableCell', children: cell === '' ? [] : [{ type: 'text', value: cell }] })),
    position: { start: { line: number, column: indent + 1, offset: offset + indent }, end: { line: number, column: line.length + 1, offset: offset + line.length } },
  }
}

const fence = /^ {0,3}(`{3,}|~{3,})/u
const listMarker = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/u
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u
const rawOpen = /^ {0,3}<(?:script|pre|style|textarea)\b|^ {0,3}<!--/iu
const rawClose = /<\/(?:script|pre|style|textarea)>|-->/iu

/**
 * Cuts a file's text into pieces at lines where a cut changes nothing, or where the trees can be
 * joined again; the plain rows of a long table become runs of rows read by hand.
 */
function pieces(text: string, { pieceSize, rowsBeforeHandReading }: PieceSizes): Array<Piece | RowRun> {
  const out: Array<Piece | RowRun> = []
  let run: RowRun | undefined
  let bodyRows = 0
  let start = 0
  let startLine = 1
  let seam: Seam = 'blank'
  let prefix = ''
  let open: { fence: string } | { raw: true } | { frontMatter: true } | undefined = text.startsWith('---') ? { frontMatter: true } : undefined
  let table: string | undefined
  let previous = ''
  let offset = 0
  let line = 1
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline + 1
    const current = text.slice(offset, end).replace(/\r?\n$/u, '')
    const blank = current.trim() === ''
    if (table !== undefined && !open && !blank) bodyRows++
    if (table !== undefined && !open && bodyRows > rowsBeforeHandReading && plainRow.test(current)) {
      if (!run) {
        if (offset > start) out.push({ kind: 'markdown', text: text.slice(start, offset), offset: start, line: startLine, seam, prefix })
        run = { kind: 'rows', rows: [], text: '', offset, line }
      }
      run.rows.push(handRow(current, offset, line))
      previous = current
      offset = end
      line++
      start = offset
      startLine = line
      continue
    }
    if (run) {
      run.text = text.slice(run.offset, offset)
      out.push(run)
      run = undefined
      seam = blank ? 'blank' : 'table'
      prefix = seam === 'table' ? (table ?? '') : ''
    }
    if (offset > start && !open) {
      const size = offset - start
      const cut: Seam | undefined =
        previous.trim() === '' && !blank && /^\S/u.test(current) && !listMarker.test(current) && size >= pieceSize
          ? 'blank'
          : table !== undefined && !blank && size >= 2 * pieceSize
            ? 'table'
            : !blank && /^\S/u.test(current) && size >= 4 * pieceSize
              ? 'line'
              : undefined
      if (cut) {
        out.push({ kind: 'markdown', text: text.slice(start, offset), offset: start, line: startLine, seam, prefix })
        start = offset
        startLine = line
        seam = cut
        prefix = cut === 'table' ? (table ?? '') : ''
      }
    }
    // What the line opens or closes: fenced code, raw HTML, front matter, a table.
    if (open && 'frontMatter' in open) {
      if (offset > 0 && /^(?:---|\.\.\.)[ \t]*$/u.test(current)) open = undefined
    } else if (open && 'fence' in open) {
      if (current.trimStart().startsWith(open.fence)) open = undefined
    } else if (open) {
      if (rawClose.test(current)) open = undefined
    } else {
      const opened = fence.exec(current)
      if (opened?.[1]) open = { fence: opened[1] }
      else if (rawOpen.test(current) && !rawClose.test(current)) open = { raw: true }
    }
    if (blank) table = undefined
    // GFM: the delimiter row has as many cells as the header, else it is no table (but a setext heading, say).
    else if (table === undefined && delimiterRow.test(current) && previous.includes('|') && cellCount(previous) === cellCount(current)) {
      table = `${previous}\n${current}\n`
      bodyRows = 0
    }
    previous = current
    offset = end
    line++
  }
  if (run) {
    run.text = text.slice(run.offset)
    out.push(run)
  } else out.push({ kind: 'markdown', text: text.slice(start), offset: start, line: startLine, seam, prefix })
  return out
}

/** How many cells a header or delimiter line has. */
function cellCount(line: string): number {
  let inner = line.trim()
  if (inner.startsWith('|')) inner = inner.slice(1)
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1)
  return inner.split(/(?<!\\)\|/u).length
}

/** Moves every position in a tree by whole lines and by offset (pieces start at line starts, so columns stay). */
function shift(node: Nodes, lines: number, offset: number): void {
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

/** Joins the first block of a piece to the last block before it, when the cut went through it. */
function join(before: RootContent[], next: RootContent[], seam: Seam): void {
  const last = before[before.length - 1]
  const first = next[0]
  if (seam !== 'blank' && last && first && last.position && first.position) {
    if (last.type === 'table' && first.type === 'table') {
      // The piece's first row is the repeated header.
      const rows: Table['children'] = first.children.slice(1)
      last.children.push(...rows)
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
        last.children.push(...rest)
      } else if (head?.type === 'text') {
        // (Text positions are dropped in a large file's tree, see dropUnusedPositions.)
        head.value = `\n${head.value}`
        last.children.push(...first.children)
      } else if (tail?.type === 'text') {
        tail.value += '\n'
        last.children.push(...first.children)
      } else last.children.push({ type: 'text', value: '\n' }, ...first.children)
      last.position.end = first.position.end
      next.shift()
    } else if (last.type === 'list' && first.type === 'list' && last.ordered === first.ordered) {
      last.children.push(...first.children)
      last.spread = (last.spread ?? false) || (first.spread ?? false)
      last.position.end = first.position.end
      next.shift()
    } else if (last.type === 'blockquote' && first.type === 'blockquote') {
      join(last.children, first.children, seam)
      last.children.push(...first.children)
      last.position.end = first.position.end
      next.shift()
    }
  }
  before.push(...next)
}

/** Table rows beyond which no message points at a single cell (a ladder of salary levels has fewer). */
const rowsWithCellPositions = 30

/** Inline nodes no message points at (links, images, HTML and references keep their positions). */
const unreported = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break'])

/**
 * Drops the positions no message uses, to keep a large file's tree small: those of plain inline
 * nodes (text, emphasis …), of everything inside table cells, and of the cells of tables longer
 * than a salary ladder.
 */
function dropUnusedPositions(root: Root): void {
  const stack: Nodes[] = [root]
  const forget = (node: Nodes) => {
    const inner: Nodes[] = [node]
    while (inner.length > 0) {
      const top = inner.pop()
      if (!top) break
      delete top.position
      if ('children' in top) inner.push(...top.children)
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
    } else if ('children' in top) stack.push(...top.children)
  }
}

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
  for (const item of pieces(text, sizes)) {
    const last = root.children[root.children.length - 1]
    if (item.kind === 'rows' && last?.type === 'table' && last.position) {
      last.children.push(...item.rows)
      const end = item.rows[item.rows.length - 1]?.position?.end
      if (end) last.position.end = { ...end }
      continue
    }
    // Rows that do not follow a table after all are parsed like any other line.
    const piece: Piece = item.kind === 'rows' ? { kind: 'markdown', text: item.text, offset: item.offset, line: item.line, seam: 'line', prefix: '' } : item
    const tree = processor.parse(piece.prefix + piece.text)
    const prefixLines = piece.prefix === '' ? 0 : piece.prefix.split('\n').length - 1
    for (const child of tree.children) shift(child, piece.line - 1 - prefixLines, piece.offset - piece.prefix.length)
    join(root.children, tree.children, piece.seam)
  }
  const lastLine = text.split('\n').length
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lastLine, column: text.length - text.lastIndexOf('\n'), offset: text.length } }
  dropUnusedPositions(root)
  return root
}
