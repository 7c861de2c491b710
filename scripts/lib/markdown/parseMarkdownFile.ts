import type { Root, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { decodeUtf8 } from './decodeUtf8.ts'
import { reportMessage } from './reportMessage.ts'

/** A Markdown file, parsed: its syntax tree and its front matter. */
export interface ParsedMarkdown {
  tree: Root
  /** The front matter as plain data (empty when there is none or it is broken). */
  data: Record<string, unknown>
  /** Where each front matter key starts in the file. */
  keyPoints: ReadonlyMap<string, Point>
  /** The front matter node, when there is one. */
  frontMatter: Yaml | undefined
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/**
 * Decodes (strict UTF-8), parses (CommonMark + GFM tables) and reads the YAML front matter
 * of a Markdown file; problems become error messages on the file.
 * @param file the file, its value text or bytes
 * @returns the parsed file, or undefined when it is not UTF-8
 */
export function parseMarkdownFile(file: VFile): ParsedMarkdown | undefined {
  const text = decodeUtf8(file)
  if (text === undefined) return undefined
  const tree = processor.parse(file)
  const frontMatter = tree.children.find((node): node is Yaml => node.type === 'yaml')
  const keyPoints = new Map<string, Point>()
  if (!frontMatter) return { tree, data: {}, keyPoints, frontMatter }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (frontMatter.position?.start.line ?? 1) + 1
  const lineCounter = new LineCounter()
  const doc = parseDocument(frontMatter.value, { lineCounter, prettyErrors: false })
  const toPoint = (offset: number): Point => {
    const pos = lineCounter.linePos(offset)
    return { line: firstLine + pos.line - 1, column: pos.col }
  }
  for (const error of doc.errors) {
    reportMessage(file, `Unexpected YAML in front matter (${error.code}), expected key: value lines; ${firstSentence(error.message)}`, {
      place: toPoint(error.pos[0]),
      ruleId: 'front-matter-yaml',
      level: 'error',
    })
  }
  if (doc.errors.length > 0) return { tree, data: {}, keyPoints, frontMatter }
  if (doc.contents !== null && !isMap(doc.contents)) {
    reportMessage(file, 'Unexpected front matter that is not a mapping, expected key: value lines', {
      place: frontMatter,
      ruleId: 'front-matter-yaml',
      level: 'error',
    })
    return { tree, data: {}, keyPoints, frontMatter }
  }
  const data: Record<string, unknown> = {}
  for (const pair of doc.contents?.items ?? []) {
    if (isScalar(pair.key) && pair.key.range) keyPoints.set(String(pair.key.value), toPoint(pair.key.range[0]))
  }
  const json: unknown = doc.toJS()
  if (json && typeof json === 'object' && !Array.isArray(json)) Object.assign(data, json)
  return { tree, data, keyPoints, frontMatter }
}

/** The first line of a yaml library message (the rest repeats the source). */
function firstSentence(message: string): string {
  return message.split('\n')[0]?.trim() ?? message
}
