import type { Issue } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { ReleaseStack } from './releaseStack.ts'
import type { ReleaseView } from './releaseView.ts'

/**
 * The notices of a release's view: which releases it stacks (on the release's own document, so the
 * report says what it checked), then one per document a release unpublishes, so that a reference to
 * it that the checks then find missing is explained where the document is named.
 * @param stack the releases of the view, in the order they ship, and how they were chosen
 * @param unpublished the documents they unpublish
 * @returns the stack's notice, then one notice per unpublished document
 */
export function releaseNotices(stack: ReleaseStack, unpublished: ReleaseView['unpublished']): Issue[] {
  const release = stack.releases.at(-1) ?? ''
  const stackNotice: Issue = {
    severity: 'notice',
    code: 'release.stack',
    docId: `_.releases.${release}`,
    docType: 'system.release',
    path: [],
    ...issueText('release.stack', { release, under: stack.releases.slice(0, -1), by: stack.by }),
  }
  return [
    stackNotice,
    ...unpublished.map(({ id, type, release: by }) => ({
      severity: 'notice' as const,
      code: 'release.unpublishes',
      docId: id,
      docType: type,
      path: [],
      ...issueText('release.unpublishes', { release: by }),
    })),
  ]
}
