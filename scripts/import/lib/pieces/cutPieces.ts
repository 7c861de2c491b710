import type { TableRow } from 'mdast'

/**
 * How a text is cut: files up to `wholeUpTo` characters are parsed whole, larger ones in pieces of
 * about `pieceSize`, and a table's plain rows after the first `rowsBeforeHandReading` are read by hand.
 */
export interface PieceSizes {
  wholeUpTo: number
  pieceSize: number
  rowsBeforeHandReading: number
}

/** The sizes the importer uses. */
export const defaultSizes: PieceSizes = { wholeUpTo: 256 * 1024, pieceSize: 64 * 1024, rowsBeforeHandReading: 50 }

/** How a piece starts: after a blank line (a new block), inside a table (its header is repeated), or at any other line. */
export type Seam = 'blank' | 'table' | 'line'

/** A piece of Markdown text for micromark, with where it starts in the file. */
export interface Piece {
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
export interface RowRun {
  kind: 'rows'
  rows: TableRow[]
  text: string
  offset: number
  line: number
}

// A row that starts with "|" and holds no character with a meaning inside a cell (escapes, code, emphasis, links, HTML, entities, autolinks).
export const plainRow = /^ {0,3}\|(?!.*(?:[\\`*_~[\]<>&!@]|www\.|:\/\/))/iu

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
export const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u
const rawOpen = /^ {0,3}<(?:script|pre|style|textarea)\b|^ {0,3}<!--/iu
const rawClose = /<\/(?:script|pre|style|textarea)>|-->/iu
const htmlBlockStart = /^ {0,3}<[/A-Za-z]/u

/**
 * Cuts a file's text into pieces at lines where a cut changes nothing, or where the trees can be
 * joined again; the plain rows of a long table become runs of rows read by hand.
 * @param text the whole file
 * @param sizes where to cut
 * @returns the pieces and runs of rows, in order
 */
export function cutPieces(text: string, { pieceSize, rowsBeforeHandReading }: PieceSizes): Array<Piece | RowRun> {
  const out: Array<Piece | RowRun> = []
  let run: RowRun | undefined
  let bodyRows = 0
  let start = 0
  let startLine = 1
  let seam: Seam = 'blank'
  let prefix = ''
  let open: { fence: string } | { raw: true } | { untilBlank: true } | { frontMatter: true } | undefined = text.startsWith('---') ? { frontMatter: true } : undefined
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
    } else if (open && 'untilBlank' in open) {
      if (blank) open = undefined
    } else if (open) {
      if (rawClose.test(current)) open = undefined
    } else {
      const opened = fence.exec(current)
      if (opened?.[1]) open = { fence: opened[1] }
      else if (rawOpen.test(current) && !rawClose.test(current)) open = { raw: true }
      // Any other HTML block (<table>, <details>, <dl>, a closing tag) ends at a blank line: a cut inside it would make two blocks.
      else if (htmlBlockStart.test(current)) open = { untilBlank: true }
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
