import type { Issue } from '../../../core/issue.ts'
import { issueText } from '../../../core/catalogue/issueText.ts'
import type { ContentStore } from '../store/contentStore.ts'
import { stegaTable } from './applyEntries.ts'

/**
 * The one notice that strings were cleaned of Visual Editing's stega encoding, from the store's
 * tally (applyEntries), on the first such document by `_id`: the same after a full export and an
 * incremental one.
 * @param store the store
 * @returns the notice, or nothing when no string carried stega encoding
 */
export function stegaNotice(store: Pick<ContentStore, 'table' | 'docs'>): Issue[] {
  let first: string | undefined
  let count = 0
  let strings = 0
  for (const [id, found] of stegaTable(store).entries()) {
    first ??= id
    count += 1
    strings += found
  }
  if (first === undefined) return []
  const check = store.docs.get(first)?.entries[0]?.check
  const docType = check && 'type' in check && check.type !== undefined ? check.type : '(unknown)'
  return [{ severity: 'notice', code: 'stega.cleaned', docId: first, docType, path: [], ...issueText('stega.cleaned', { count, strings }) }]
}
