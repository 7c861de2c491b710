import type { VFileMessage } from 'vfile-message'
import type { Issue } from '../../core/issue.ts'
import './reportMessage.ts'

/**
 * Turns an importer message on a file into a jobld issue: fatal → error, warning → warning,
 * info → notice; it belongs to the document the importer named, else to the file.
 * @param message a message from `file.messages`
 * @param path the file's path, used when the message names no document
 * @returns the issue, with code `markdown.<rule>` and the message's file:line:column
 */
export function messageToIssue(message: VFileMessage, path: string): Issue {
  const docId = message.docId ?? path
  const rule = (message.ruleId ?? 'markdown').replaceAll('-', '_')
  return {
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice',
    code: `markdown.${rule}`,
    docId,
    docType: message.docId ? (message.docId.split('.')[0] ?? 'markdown') : 'markdown',
    path: message.fieldPath ?? [],
    message: message.reason,
    ...(message.line !== undefined && message.line !== null
      ? { position: { file: message.file || path, line: message.line, ...(message.column != null ? { column: message.column } : {}) } }
      : { position: { file: message.file || path, line: 1 } }),
  }
}
