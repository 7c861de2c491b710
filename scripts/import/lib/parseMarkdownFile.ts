import type { Root, Yaml } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import { defaultLimits, limitDefinitions, type Limits } from '../../core/limits.ts'
import { maxTextLength } from '../../core/constants.ts'
import { checkMarkdownBounds } from './checkMarkdownBounds.ts'
import { checkMarkdownSize } from './checkMarkdownSize.ts'
import { limitMessage } from './limitMessage.ts'
import { decodeUtf8 } from './decodeUtf8.ts'
import { parseMarkdownText } from './parseMarkdownText.ts'
import { reportMessage } from './reportMessage.ts'

/** A Markdown file, parsed: its syntax tree and its front matter. */
export interface ParsedMarkdown {
  tree: Root
  /** The front matter as plain data (empty when there is none or it is broken); a record without prototype. */
  data: Record<string, unknown>
  /** Where each front matter key starts in the file. */
  keyPoints: ReadonlyMap<string, Point>
  /** The front matter node, when there is one. */
  frontMatter: Yaml | undefined
  /** True when the front matter could not be read (its errors are on the file): nothing else is worth reporting. */
  broken: boolean
}

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength
const count = (n: number) => n.toLocaleString('en')

/**
 * Decodes (strict UTF-8), parses (CommonMark + GFM tables; a large file in pieces, see
 * parseMarkdownText) and reads the YAML front matter of a Markdown file. Problems become error
 * messages on the file at their line, so one bad file never stops the others: a file over
 * `markdownFileBytes`, front matter over `frontMatterBytes`, more keys than `frontMatterKeys`,
 * more alias uses than `frontMatterAliases` (an alias bomb), lists or emphasis nested deeper than
 * `markdownNesting`, more lines than `markdownLines` or delimiters than `markdownDelimiters`, YAML errors, a key given twice, and a
 * line longer than the export's longest text.
 * Keys are read into a record without prototype, so `__proto__`, `constructor` and `prototype`
 * are plain unknown keys.
 * @param file the file, its value text or bytes
 * @param limits the limits in force
 * @returns the parsed file, or undefined when it is too large or not UTF-8
 */
export function parseMarkdownFile(file: VFile, limits: Limits = defaultLimits): ParsedMarkdown | undefined {
  const bytes = typeof file.value === 'string' ? (file.value.length > limits.markdownFileBytes / 3 ? utf8Length(file.value) : file.value.length) : file.value.byteLength
  if (!checkMarkdownSize(file, bytes, limits)) return undefined
  const decoded = decodeUtf8(file)
  if (decoded === undefined) return undefined
  // CommonMark takes CR, LF and CRLF as line ends, YAML only LF and CRLF: a file saved with CR
  // alone is read with LF, on the same lines and columns.
  const text = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded
  file.value = text
  if (!checkLineLengths(file, text)) return undefined
  if (!checkMarkdownBounds(file, text, limits)) return undefined
  const tree = parseMarkdownText(text)
  const frontMatter = tree.children.find((node): node is Yaml => node.type === 'yaml')
  const keyPoints = new Map<string, Point>()
  const data: Record<string, unknown> = Object.create(null)
  const none = { tree, data, keyPoints, frontMatter, broken: true }
  if (!frontMatter) return { ...none, broken: false }
  const error = (reason: string, place: Point | Yaml) => reportMessage(file, reason, { place, ruleId: 'front-matter-yaml', level: 'error' })
  const frontMatterBytes = utf8Length(frontMatter.value)
  if (frontMatterBytes > limits.frontMatterBytes) {
    error(limitMessage('front matter of', frontMatterBytes, 'bytes', 'frontMatterBytes', limits), frontMatter)
    return none
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (frontMatter.position?.start.line ?? 1) + 1
  const lineCounter = new LineCounter()
  // uniqueKeys is checked below for the keys that are read: the parser's own check takes time quadratic in the keys.
  const doc = parseDocument(frontMatter.value, { lineCounter, prettyErrors: false, uniqueKeys: false })
  const toPoint = (offset: number): Point => {
    const pos = lineCounter.linePos(offset)
    return { line: firstLine + pos.line - 1, column: pos.col }
  }
  for (const e of doc.errors) error(`Unexpected YAML in front matter (${e.code}), expected key: value lines; ${firstSentence(e.message)}`, toPoint(e.pos[0]))
  // A tag YAML cannot resolve (`!!js/regexp /x/`) would be read as its plain text: refused instead.
  const unresolved = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')
  for (const w of unresolved) error(`Unexpected YAML tag in front matter (${w.code}), expected a plain value; ${firstSentence(w.message)}`, toPoint(w.pos[0]))
  if (doc.errors.length > 0 || unresolved.length > 0) return none
  if (doc.contents !== null && !isMap(doc.contents)) {
    error('Unexpected front matter that is not a mapping, expected key: value lines', frontMatter)
    return none
  }
  if (!withinYamlLimits(doc, limits, (reason, offset) => error(reason, offset === undefined ? frontMatter : toPoint(offset)))) return none
  let json: unknown
  try {
    json = doc.toJS({ maxAliasCount: limits.frontMatterAliases, mapAsMap: true })
  } catch (thrown) {
    // The yaml library throws a ReferenceError when aliases expand too far (a "billion laughs" document).
    if (!(thrown instanceof ReferenceError)) throw thrown
    error(
      `Unexpected YAML aliases that expand the front matter beyond ${count(limits.frontMatterAliases)} alias uses, expected at most ${count(limits.frontMatterAliases)} (frontMatterAliases); raise the limit with ${limitDefinitions.frontMatterAliases.env}`,
      frontMatter,
    )
    return none
  }
  for (const pair of doc.contents?.items ?? []) {
    if (!isScalar(pair.key) || !pair.key.range) continue
    const key = String(pair.key.value)
    if (keyPoints.has(key)) {
      error(`Unexpected second \`${key}\` in front matter, expected each key once`, toPoint(pair.key.range[0]))
      return none
    }
    keyPoints.set(key, toPoint(pair.key.range[0]))
  }
  if (json instanceof Map) for (const [key, value] of json) data[String(key)] = plain(value)
  return { tree, data, keyPoints, frontMatter, broken: false }
}

/**
 * Refuses a line longer than the longest text the export takes: it would be such a text (a title,
 * a question, a paragraph), and one line is the one thing the parser cannot take in pieces (an
 * 8 MB line takes gigabytes).
 */
function checkLineLengths(file: VFile, text: string): boolean {
  let start = 0
  let line = 1
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (end - start > maxTextLength) {
      reportMessage(file, `Unexpected line of ${count(end - start)} characters, expected at most ${count(maxTextLength)} (the longest text the export takes); the file is not read`, {
        place: { line, column: 1 },
        ruleId: 'text-length',
        level: 'error',
      })
      return false
    }
    if (newline === -1) break
    start = newline + 1
    line++
  }
  return true
}

/** Counts keys (at any depth) and alias uses before the document is turned into data; false when a limit is hit. */
function withinYamlLimits(doc: Document, limits: Limits, report: (reason: string, offset: number | undefined) => void): boolean {
  let keys = 0
  let aliases = 0
  let firstOverKey: number | undefined
  let firstOverAlias: number | undefined
  visit(doc, {
    Pair(_, pair) {
      keys++
      if (keys === limits.frontMatterKeys + 1 && isScalar(pair.key)) firstOverKey = pair.key.range?.[0]
    },
    Alias(_, alias) {
      aliases++
      if (aliases === limits.frontMatterAliases + 1 && isAlias(alias)) firstOverAlias = alias.range?.[0]
    },
  })
  if (keys > limits.frontMatterKeys) {
    report(limitMessage('front matter with', keys, 'keys', 'frontMatterKeys', limits), firstOverKey)
    return false
  }
  if (aliases > limits.frontMatterAliases) {
    report(limitMessage('front matter with', aliases, 'alias uses', 'frontMatterAliases', limits), firstOverAlias)
    return false
  }
  return true
}

/** YAML data as plain values: mappings become records without prototype, so no key can reach one. */
function plain(value: unknown): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null)
    for (const [key, inner] of value) out[String(key)] = plain(inner)
    return out
  }
  if (Array.isArray(value)) return value.map(plain)
  return value
}

/** The first line of a yaml library message (the rest repeats the source). */
function firstSentence(message: string): string {
  return message.split('\n')[0]?.trim() ?? message
}
