import {
  defaultComponents,
  toHTML,
  type PortableTextComponents,
  type PortableTextMarkComponent,
} from '@portabletext/to-html'
import type { z } from 'zod'
import type { Block, LinkMark, PortableText, Table } from '../model/portableText.ts'
import { cleanText } from './cleanText.ts'

type Span = Block['children'][number]
type Link = z.infer<typeof LinkMark>
type TableBlock = z.infer<typeof Table>

/** Options for {@link portableTextToHtml}. */
export type PortableTextToHtmlOptions = {
  /**
   * How `table` blocks are rendered (default `'paragraphs'`): `'table'` gives a simple `<table>`,
   * `'paragraphs'` gives one `<p>` per body row with "header: cell" pairs, for targets that allow no
   * tables (Google's FAQ answer and JobPosting description both don't).
   */
  tables?: 'table' | 'paragraphs'
  /**
   * Absolute URL that relative link hrefs are resolved against; without it relative links are
   * dropped (their text stays), since JSON-LD is read away from the page that would resolve them.
   */
  baseUrl?: string
  /**
   * Whether a `blockquote` block keeps its `<blockquote>` (default `true`); JSON-LD targets (an FAQ
   * answer, a JobPosting description) allow no quotes, so there it is a plain paragraph.
   */
  blockquotes?: boolean
}

/** Schemes a link may keep; everything else (javascript:, data:, vbscript:, file:, …) loses its link. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Renders jobld Portable Text as HTML, with cleaned text, safe links only and tables as table or paragraphs.
 *
 * @param blocks - text blocks and tables as stored in Sanity (see `scripts/core/model/portableText.ts`)
 * @param options - table rendering and the base URL for relative links
 * @returns an HTML fragment that is safe by construction: every text is cleaned and escaped, the
 *   only tags are p, h2–h4, ul, ol, li, strong, em, br, a (with a safe href only) and, when asked,
 *   blockquote and table; no attribute but href. It needs no sanitiser: raw HTML never enters it
 *   (the sanitiser in sanitizeHtml.ts is for HTML that comes from elsewhere).
 */
export function portableTextToHtml(blocks: PortableText, options: PortableTextToHtmlOptions = {}): string {
  const { tables = 'paragraphs', baseUrl, blockquotes = true } = options
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new TypeError(`Unexpected baseUrl ${JSON.stringify(baseUrl)}, expected an absolute URL`)
  }
  let html = ''
  let run: Block[] = []
  // Tables are rendered here rather than as a to-html type component, whose value would be untyped;
  // consecutive text blocks go to to-html together so that list items are grouped into lists.
  for (const block of blocks) {
    if (block._type === 'jobldTable') {
      html += renderBlocks(run) + renderTable(block, tables)
      run = []
      continue
    }
    const prepared = prepareBlock(block, baseUrl)
    if (prepared) run.push(!blockquotes && prepared.style === 'blockquote' ? { ...prepared, style: 'normal' } : prepared)
  }
  return html + renderBlocks(run)
}

/** Returns the normalised href when it is absolute (or resolvable) and uses a safe scheme. */
function safeHref(href: string, baseUrl: string | undefined): string | undefined {
  const cleaned = cleanText(href)
  // The WHATWG parser is what browsers use: it lower-cases the scheme and drops the tabs, newlines and
  // control characters that tricks like "java\tscript:" rely on, so the scheme checked is the one used.
  if (!URL.canParse(cleaned, baseUrl)) return undefined
  const url = new URL(cleaned, baseUrl)
  return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined
}

/** Cleans span text, trims the block's ends, drops unsafe links; `undefined` for a block left empty. */
function prepareBlock(block: Block, baseUrl: string | undefined): Block | undefined {
  const markDefs: Link[] = []
  const dropped = new Set<string>()
  for (const def of block.markDefs ?? []) {
    const href = safeHref(def.href, baseUrl)
    if (href === undefined) dropped.add(def._key)
    else markDefs.push({ ...def, href })
  }
  const children = trimEnds(
    block.children.map(
      (span): Span => ({
        ...span,
        text: cleanText(span.text, { trim: false }),
        ...(span.marks && { marks: span.marks.filter((mark) => !dropped.has(mark)) }),
      }),
    ),
  )
  if (children.length === 0) return undefined
  return { ...block, children, markDefs }
}

/** Trims whitespace at the start of the first and the end of the last non-empty span; drops empty spans. */
function trimEnds(spans: Span[]): Span[] {
  const texts = spans.map((span) => span.text)
  const first = texts.findIndex((text) => text.trim() !== '')
  if (first === -1) return []
  const last = texts.findLastIndex((text) => text.trim() !== '')
  return spans
    .map((span, index) => {
      let text = span.text
      if (index === first) text = text.trimStart()
      if (index === last) text = text.trimEnd()
      return { ...span, text }
    })
    .filter((span, index) => index >= first && index <= last && span.text !== '')
}

/** Escapes text the way sanitize-html does, so sanitising rendered output changes nothing. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;')
}

const plain: PortableTextMarkComponent = ({ children }) => children

const link: PortableTextMarkComponent<Link> = ({ children, value }) =>
  // A `link` decorator without a mark definition has no href: keep the text only.
  value ? `<a href="${escapeAttribute(value.href)}">${children}</a>` : children

const blockTags = {
  normal: 'p',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  blockquote: 'blockquote',
} satisfies Record<NonNullable<Block['style']>, string>

function isBlockStyle(style: string): style is keyof typeof blockTags {
  return Object.hasOwn(blockTags, style)
}

const components: PortableTextComponents = {
  block: ({ value, children = '' }) => {
    const style = value.style ?? 'normal'
    const tag = isBlockStyle(style) ? blockTags[style] : 'p'
    // A quote holds paragraphs; targets without <blockquote> then still keep a paragraph.
    return tag === 'blockquote' ? `<blockquote><p>${children}</p></blockquote>` : `<${tag}>${children}</${tag}>`
  },
  list: {
    bullet: ({ children = '' }) => `<ul>${children}</ul>`,
    number: ({ children = '' }) => `<ol>${children}</ol>`,
  },
  unknownList: ({ children = '' }) => `<ul>${children}</ul>`,
  listItem: ({ children = '' }) => `<li>${children}</li>`,
  // Only strong, em and link carry meaning in the targets; to-html's other default decorators (code,
  // underline with a style attribute, strike-through) and unknown ones keep just their text.
  marks: {
    ...Object.fromEntries(Object.keys(defaultComponents.marks).map((name) => [name, plain])),
    strong: ({ children }) => `<strong>${children}</strong>`,
    em: ({ children }) => `<em>${children}</em>`,
    link,
  },
  unknownMark: plain,
  unknownType: () => '',
  hardBreak: () => '<br />',
  // to-html's own escaper turns runs of spaces into &nbsp;, which would alter the text.
  escapeHTML: escapeText,
}

function renderBlocks(blocks: Block[]): string {
  // onMissingComponent false: library code must not log; unknown styles and marks are handled above.
  return blocks.length === 0 ? '' : toHTML(blocks, { components, onMissingComponent: false })
}

/** Renders a table whose first row is the header row, as Markdown (GFM) tables always have one. */
function renderTable(table: TableBlock, mode: 'table' | 'paragraphs'): string {
  const rows = table.rows.map((row) => row.cells.map((cell) => escapeText(cleanText(cell))))
  const [header = [], ...body] = rows
  if (mode === 'table') {
    if (rows.length === 0) return ''
    const head = `<thead><tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>`
    const bodyRows = body.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')
    return `<table>${head}${body.length > 0 ? `<tbody>${bodyRows}</tbody>` : ''}</table>`
  }
  // "; " separates pairs because Dutch amounts use a decimal comma (€ 14,50).
  const paragraphs =
    body.length === 0
      ? [header.filter((cell) => cell !== '').join('; ')]
      : body.map((row) =>
          row
            .flatMap((cell, index) => {
              if (cell === '') return []
              const label = header[index] ?? ''
              return [label === '' ? cell : `${label}: ${cell}`]
            })
            .join('; '),
        )
  return paragraphs
    .filter((text) => text !== '')
    .map((text) => `<p>${text}</p>`)
    .join('')
}
