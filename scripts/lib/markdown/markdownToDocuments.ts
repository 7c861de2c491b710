import type { VFile } from 'vfile'
import { articleToDocuments, type ImportedFile } from './articleToDocuments.ts'
import { parseMarkdownFile } from './parseMarkdownFile.ts'
import { vacancyToDocuments } from './vacancyToDocuments.ts'

/**
 * Imports one Markdown file: a vacancy when its front matter says `type: vacancy`, else a
 * career article.
 * @param file the file; its value is text or bytes
 * @returns the documents; the messages are on the file
 */
export function markdownToDocuments(file: VFile): ImportedFile {
  const parsed = parseMarkdownFile(file)
  if (!parsed) return { documents: [] }
  return parsed.data.type === 'vacancy' ? vacancyToDocuments(file, parsed) : articleToDocuments(file, parsed)
}
