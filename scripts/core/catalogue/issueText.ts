import type { Issue } from '../issue.ts'
import { formatMessage } from './catalogue.ts'
import type { MessageParams } from '../messages/wording.ts'

/**
 * The words of an issue as data and as the build's English sentence, from the catalogue.
 * @param code the issue's code
 * @param params the values the message quotes
 * @param messageId the catalogue entry, when the code has several wordings (else the code's)
 * @returns `message` (English), `params` and, when it differs from the code, `messageId`, to spread into the issue
 * @throws Error for an id the catalogue does not have (a bug in jobld, caught by its tests)
 */
export function issueText(code: string, params: MessageParams, messageId?: string): Pick<Issue, 'message' | 'params' | 'messageId'> {
  const id = messageId ?? code
  const message = formatMessage(id, params, 'en')
  if (message === undefined) throw new Error(`Unexpected message id "${id}", expected a message of scripts/core/rules or scripts/core/messages`)
  return messageId === undefined || messageId === code ? { message, params } : { message, params, messageId }
}
