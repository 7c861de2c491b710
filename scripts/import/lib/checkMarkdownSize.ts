import type { VFile } from 'vfile'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import { limitMessage } from './limitMessage.ts'
import { reportMessage } from './reportMessage.ts'

/**
 * Checks a Markdown file's size against `markdownFileBytes` and reports an error at 1:1 when it is
 * over; the file is then left unread.
 * @param file the file, for the message
 * @param bytes its size in bytes
 * @param limits the limits in force
 * @returns true when the file may be read
 */
export function checkMarkdownSize(file: VFile, bytes: number, limits: Limits = defaultLimits): boolean {
  if (bytes <= limits.markdownFileBytes) return true
  reportMessage(file, limitMessage('Markdown file of', bytes, 'bytes', 'markdownFileBytes', limits), { place: { line: 1, column: 1 }, ruleId: 'limit', level: 'error' })
  return false
}
