import type { Issue } from '../issue.ts'
import { releaseNotices } from './releaseNotices.ts'
import { releaseStack, type ReleaseStack } from './releaseStack.ts'
import { releaseView, type ReleaseView } from './releaseView.ts'

/**
 * The dataset of raw documents as it will be once the given release ships: its stack (the stack
 * given, or the release over every release that ships before it), the view of that stack, and the
 * notices that say which stack it is and what it unpublishes.
 * @param documents raw documents: published ones, drafts, versions and release documents (an export with versions, or `perspective=raw`)
 * @param given the `release` option: the releases named, in the order they ship
 * @returns the stack, the view, and its notices
 */
export function stackedView(documents: ReadonlyArray<Record<string, unknown>>, given: readonly string[]): { stack: ReleaseStack; view: ReleaseView; notices: Issue[] } {
  const stack = releaseStack(documents, given)
  const view = releaseView(documents, stack.releases)
  return { stack, view, notices: releaseNotices(stack, view.unpublished) }
}
