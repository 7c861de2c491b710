import type { Choice, Page } from './page.ts'

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Where a written table is: its first line, its header row's line and each body row's line. */
export interface TableLines {
  start: number
  headerLine: number
  rowLines: number[]
}

/**
 * A table cell's text as HTML: escaped, and often with the entities CMSs write for money
 * (`&euro;&nbsp;`, `&pound;`).
 * @param text the cell's text
 * @param choice the wording
 * @returns the HTML
 */
export function htmlText(text: string, choice: Choice): string {
  const escaped = escapeHtml(text)
  if (!choice.chance(0.5)) return escaped
  return escaped.replaceAll('€\u00a0', '&euro;&nbsp;').replaceAll('€ ', '&euro;&nbsp;').replaceAll('€', '&euro;').replaceAll('£', '&pound;').replaceAll('\u00a0', '&nbsp;')
}

/**
 * Writes a table in Markdown (GFM) or as raw HTML inside the Markdown (with or without
 * `<thead>`, a row header now and then), one row per line.
 * @param page the page
 * @param choice the wording
 * @param markup Markdown or HTML
 * @param header the header row
 * @param rows the body rows
 * @returns where the table and its rows are
 */
export function writeTable(page: Page, choice: Choice, markup: 'markdown' | 'html', header: string[], rows: string[][]): TableLines {
  if (markup === 'markdown') {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`
    const start = page.add([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'))
    return { start, headerLine: start, rowLines: rows.map((_, i) => start + 2 + i) }
  }
  const withHead = choice.chance(0.7)
  const attrs = choice.pick(['', ' class="salary-table"', ' border="1"'])
  const head = `<tr>${header.map((c) => `<th>${htmlText(c, choice)}</th>`).join('')}</tr>`
  const body = rows.map((r) => `<tr>${r.map((c, j) => (j === 0 && choice.chance(0.3) ? `<th scope="row">${htmlText(c, choice)}</th>` : `<td>${htmlText(c, choice)}</td>`)).join('')}</tr>`)
  const lines = withHead
    ? [`<table${attrs}>`, '  <thead>', `    ${head}`, '  </thead>', '  <tbody>', ...body.map((b) => `    ${b}`), '  </tbody>', '</table>']
    : [`<table${attrs}>`, `  ${head}`, ...body.map((b) => `  ${b}`), '</table>']
  const start = page.add(lines.join('\n'))
  return { start, headerLine: start + (withHead ? 2 : 1), rowLines: rows.map((_, i) => start + (withHead ? 5 : 2) + i) }
}
