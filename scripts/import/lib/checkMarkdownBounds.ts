/**
 * Written by hand: no Markdown library bounds its own work. micromark takes time that grows with
 * the square of how deep lists, block quotes and emphasis nest, and the tree it builds is walked
 * recursively (by mdast utilities and by the importer), so a file nested thousands deep takes
 * minutes and then overflows the stack. Nor is a flat file cheap: the parser and the tree hold
 * about a kilobyte per line and per emphasis, link or code delimiter (8 MiB of one-letter
 * paragraphs took six minutes and 4.9 GB), and its emphasis resolution grows with the square of
 * the delimiters in one paragraph. One linear pass over the lines estimates the depths
 * (generously: it may count an unclosed `_` or `[` as open) and counts lines and delimiters,
 * without parsing.
 */
import type { VFile } from 'vfile'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import { limitMessage } from './limitMessage.ts'
import { delimiterRow, plainRow } from './pieces/cutPieces.ts'
import { reportMessage } from './reportMessage.ts'

const isSpace = (char: string | undefined) => char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\r'

/**
 * Refuses a Markdown text whose lists and block quotes (on one line, counting the items still
 * open from the lines above) or whose emphasis and link delimiters (open at once in one
 * paragraph) nest deeper than `markdownNesting`, that has more lines than `markdownLines`, or
 * more emphasis, link and code delimiters than `markdownDelimiters`, with an error at the line and
 * column where the limit is passed. The front matter is not counted; fenced code counts its lines only.
 * @param file the file, for the message
 * @param text its text
 * @param limits the limits in force
 * @returns true when the file may be parsed
 */
export function checkMarkdownBounds(file: VFile, text: string, limits: Limits = defaultLimits): boolean {
  const limit = limits.markdownNesting
  const refuse = (what: string, found: number, line: number, column: number) => refuseAt(file, limitMessage(what, found, 'deep', 'markdownNesting', limits), line, column)
  // Content columns of the list items open above, innermost last.
  const items: number[] = []
  let fence: string | undefined
  let open = 0
  let { line, start } = afterFrontMatter(text)
  const firstLine = line
  let delimiters = 0
  // Plain rows of a table (after its delimiter row, without markup) are read by hand in a large
  // file, far cheaper than other lines: they count against markdownTableRows instead of markdownLines.
  let rows = 0
  let inTable = false
  let previousHasPipe = false
  while (start <= text.length) {
    line++
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    let p = start
    // Block quote markers: each `>`, after up to three spaces.
    let quotes = 0
    for (;;) {
      let q = p
      while (q < end && q - p < 3 && text[q] === ' ') q++
      if (text[q] !== '>' || q >= end) break
      quotes++
      p = q + 1
      if (text[p] === ' ') p++
    }
    let indent = 0
    while (p < end && (text[p] === ' ' || text[p] === '\t')) {
      indent += text[p] === '\t' ? 4 - (indent % 4) : 1
      p++
    }
    const blank = p >= end
    const lineText = text.slice(start, end)
    if (fence === undefined && !blank && inTable && plainRow.test(lineText)) {
      if (++rows > limits.markdownTableRows) {
        return refuseAt(file, limitMessage('Markdown text with at least', limits.markdownTableRows + 1, 'table rows', 'markdownTableRows', limits), line, 1)
      }
    } else {
      inTable = fence === undefined && !blank && ((inTable && lineText.includes('|')) || (previousHasPipe && delimiterRow.test(lineText)))
      if (line - firstLine - rows > limits.markdownLines) {
        return refuseAt(file, limitMessage('Markdown text of at least', limits.markdownLines + 1, 'lines', 'markdownLines', limits), line, 1)
      }
    }
    previousHasPipe = fence === undefined && lineText.includes('|')
    if (fence !== undefined) {
      if (text.startsWith(fence, p) && text.slice(p, end).trim().replace(new RegExp(`^\\${fence[0]}+`), '') === '') fence = undefined
    } else if (blank) {
      open = 0
    } else {
      while (items.length > 0 && (items[items.length - 1] ?? 0) > indent) items.pop()
      const code = indent - (items[items.length - 1] ?? 0) >= 4
      // List markers, several on one line (`- - x`); each opens an item whose content starts after it.
      let column = indent
      let pushed = false
      while (!code && p < end) {
        let m = p
        if (text[m] === '-' || text[m] === '+' || text[m] === '*') m++
        else {
          while (m < end && m - p < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++
          if (m === p || (text[m] !== '.' && text[m] !== ')')) break
          m++
        }
        if (m < end && text[m] !== ' ' && text[m] !== '\t') break
        let spaces = 0
        while (m + spaces < end && text[m + spaces] === ' ') spaces++
        const width = m - p + (spaces >= 1 && spaces <= 4 ? spaces : 1)
        column += width
        items.push(column)
        pushed = true
        if (quotes + items.length > limit) return refuse('lists and block quotes nested', quotes + items.length, line, p - start + 1)
        p = m + Math.min(spaces, 4)
      }
      if (quotes + items.length > limit) return refuse('lists and block quotes nested', quotes + items.length, line, p - start + 1)
      const rest = text.slice(p, p + 3)
      if (!code && (rest === '```' || rest === '~~~')) {
        let f = p
        while (f < end && text[f] === rest[0]) f++
        fence = text.slice(p, f)
      } else if (!code) {
        // A new item, a heading or a table row starts its own inline content.
        if (pushed || text[p] === '#' || text[p] === '|') open = 0
        const over = scanInline(text, p, end, open, limit, limits.markdownDelimiters - delimiters)
        if (over.at !== undefined && over.open > limit) return refuse('emphasis and links nested', over.open, line, over.at - start + 1)
        delimiters += over.delimiters
        if (over.at !== undefined) {
          return refuseAt(file, limitMessage('Markdown text with at least', limits.markdownDelimiters + 1, 'emphasis, link and code delimiters', 'markdownDelimiters', limits), line, over.at - start + 1)
        }
        open = over.open
      }
    }
    if (newline === -1) break
    start = newline + 1
  }
  return true
}

/**
 * Counts the emphasis (`*`, `_`, `~` runs that can open but not close) and link (`[`) delimiters
 * open at once in one line's inline content, carrying the count of the lines above, and every
 * delimiter run on the line (emphasis runs, brackets, code span ticks); stops at the first one
 * past either limit.
 */
function scanInline(text: string, from: number, end: number, carried: number, limit: number, left: number): { open: number; delimiters: number; at: number | undefined } {
  let open = carried
  let delimiters = 0
  let i = from
  while (i < end) {
    const char = text[i]
    if ((char === '`' || char === '[' || char === ']' || char === '*' || char === '_' || char === '~') && ++delimiters > left) return { open, delimiters, at: i }
    if (char === '\\') {
      i += 2
      continue
    }
    if (char === '`') {
      // A code span: skip to the closing run of the same length on this line, if there is one.
      let j = i
      while (j < end && text[j] === '`') j++
      const ticks = text.slice(i, j)
      // Searched within the line only: a search through the rest of the text for each unclosed run
      // would take time quadratic in the file.
      const found = text.slice(j, end).indexOf(ticks)
      if (found === -1) i = j
      else {
        i = j + found + ticks.length
        if (++delimiters > left) return { open, delimiters, at: j + found }
      }
      continue
    }
    if (char === '[') {
      open++
      if (open > limit) return { open, delimiters, at: i }
    } else if (char === ']') open = Math.max(0, open - 1)
    else if (char === '*' || char === '_' || char === '~') {
      let j = i
      while (j < end && text[j] === char) j++
      const opens = !isSpace(text[j])
      const closes = i > from && !isSpace(text[i - 1])
      if (opens && !closes) {
        open += j - i
        if (open > limit) return { open, delimiters, at: i }
      } else if (closes && !opens) open = Math.max(0, open - (j - i))
      i = j
      continue
    }
    i++
  }
  return { open, delimiters, at: undefined }
}

/** Reports a limit passed at a line and column of the file; the file is then not read. */
function refuseAt(file: VFile, message: string, line: number, column: number): false {
  reportMessage(file, `${message}; the file is not read`, { place: { line, column }, ruleId: 'limit', level: 'error' })
  return false
}

/**
 * Where the Markdown starts: after the YAML front matter (`---` … `---` or `...`), which is not
 * Markdown and has limits of its own (frontMatterBytes, frontMatterAliases), or at the top.
 * @param text the file's text
 * @returns the number of lines before the Markdown and the offset of its first character
 */
function afterFrontMatter(text: string): { line: number; start: number } {
  const lineEnd = (from: number) => {
    const newline = text.indexOf('\n', from)
    return newline === -1 ? text.length : newline
  }
  let end = lineEnd(0)
  if (text.slice(0, end).trimEnd() !== '---') return { line: 0, start: 0 }
  let line = 1
  while (end < text.length) {
    const from = end + 1
    end = lineEnd(from)
    line++
    const content = text.slice(from, end).trimEnd()
    if (content === '---' || content === '...') return { line, start: end + 1 }
  }
  return { line: 0, start: 0 }
}
