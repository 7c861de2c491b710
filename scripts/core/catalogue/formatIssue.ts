import type { Issue } from '../issue.ts'
import { formatMessage } from './catalogue.ts'
import type { Language } from '../messages/wording.ts'

/**
 * Words an issue in a language from the message catalogue: its `messageId` (else its code) and
 * its params. The English wording is the issue's own `message`.
 * @param issue the issue, as the build made it
 * @param language the language to word it in
 * @returns the sentence; an issue without params (from a source reader) keeps its English message
 */
export function formatIssue(issue: Issue, language: Language): string {
  if (language === 'en' || issue.params === undefined) return issue.message
  return formatMessage(issue.messageId ?? issue.code, issue.params, language) ?? issue.message
}
