import type { Issue } from '../issue.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { ReleaseView } from './releaseView.ts'

/**
 * The notices of a release's view: one per document the release unpublishes, so that a reference
 * to it that the checks then find missing is explained where the document is named.
 * @param release the release's id
 * @param unpublished the documents it unpublishes
 * @returns one notice per document
 */
export function releaseNotices(release: string, unpublished: ReleaseView['unpublished']): Issue[] {
  return unpublished.map(({ id, type }) => ({
    severity: 'notice',
    code: 'release.unpublishes',
    docId: id,
    docType: type,
    path: [],
    ...issueText('release.unpublishes', { release }),
  }))
}
