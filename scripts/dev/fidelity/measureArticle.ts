import type { VFile } from 'vfile'
import { checkDocuments } from '../../import/lib/checkDocuments.ts'
import { markdownToDocuments } from '../../import/lib/markdownToDocuments.ts'
import { actualFacts } from './actualFacts.ts'
import type { ExpectedArticle } from './expectedArticle.ts'
import { exportImported } from './exportImported.ts'
import { scoreArticle, type ArticleScore } from './scoreArticle.ts'

/**
 * Imports one article as `npm run import` does (a file with an error gives no documents),
 * exports what was imported with the export's own code, and scores the result.
 * @param file the article, its value the file's bytes
 * @param expected what the article must come out as
 * @returns the score; the importer's messages are on the file
 */
export async function measureArticle(file: VFile, expected: ExpectedArticle): Promise<ArticleScore> {
  const { documents } = markdownToDocuments(file)
  checkDocuments(file, documents)
  const importFailed = file.messages.some((message) => message.fatal === true)
  const handedOver = importFailed ? [] : documents
  const exported = await exportImported(handedOver)
  return scoreArticle(expected, {
    messages: file.messages.map((m) => ({ line: m.line, fatal: m.fatal })),
    importFailed,
    actual: actualFacts(exported, handedOver),
    exportIssues: exported.issues,
  })
}
