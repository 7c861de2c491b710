import type { Issue } from '../../issue.ts'
import type { Finding } from '../declare/types.ts'
import { ruleMessages } from '../ruleMessages.ts'

/**
 * A rule's finding as an issue of the build: the severity and code its message declares, its
 * English words, and the params the Studio words it from in Dutch.
 * @param finding the finding, naming the document it belongs to
 * @returns the issue (its `messageId` set when the message's code is another id)
 * @throws Error for a message id no rule declares (a bug in jobld, caught by its tests)
 */
export function findingToIssue(finding: Finding): Issue {
  const { code: id, docId, docType, path, params } = finding
  const message = ruleMessages.get(id)
  if (!message) throw new Error(`Unexpected message id "${id}", expected a message of a rule in scripts/core/rules/registry.ts`)
  return {
    severity: message.severity,
    code: message.code,
    docId,
    docType,
    path,
    message: message.en(params),
    params,
    ...(message.code === id ? {} : { messageId: id }),
  }
}
