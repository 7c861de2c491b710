import type { VFile } from 'vfile'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import { articleToDocuments, type ImportedFile } from './articleToDocuments.ts'
import { checkTextLengths } from './checkTextLengths.ts'
import { parseMarkdownFile } from './parseMarkdownFile.ts'
import { vacancyToDocuments } from './vacancyToDocuments.ts'

/**
 * Imports one Markdown file: a vacancy when its front matter says `type: vacancy`, else a
 * career article. A text longer than the export allows makes the file fail, at the text's line.
 * @param file the file; its value is text or bytes
 * @param limits the limits in force (file size, front matter)
 * @returns the documents; the messages are on the file
 */
export function markdownToDocuments(file: VFile, limits: Limits = defaultLimits): ImportedFile {
  const parsed = parseMarkdownFile(file, limits)
  if (!parsed || parsed.broken) return { documents: [] }
  const imported = parsed.data.type === 'vacancy' ? vacancyToDocuments(file, parsed) : articleToDocuments(file, parsed)
  return checkTextLengths(file, imported.documents) ? imported : { documents: [] }
}
