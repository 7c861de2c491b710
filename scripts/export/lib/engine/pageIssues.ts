import type { Issue } from '../../../core/issue.ts'
import type { ContentStore } from '../store/contentStore.ts'

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The JSON-LD issues of every page of the dataset as it now is: of the page built for the inputs
 * its producer has now (in this run, or before), profiles first, each kind in `_id` order.
 * @param store the store
 * @returns the issues, before `--strict`
 */
export function pageIssues(store: ContentStore): Issue[] {
  const pages: Array<{ id: string; profile: boolean; issues: Issue[] }> = []
  for (const [id] of store.pageIssues.entries()) {
    const unit = store.units.get(id)
    const record = store.pages.get(id)
    if (!unit?.plan || !record) continue
    const state = record.latest?.sig === unit.sig ? record.latest : record.committed?.sig === unit.sig ? record.committed : undefined
    if (state?.issues.length) pages.push({ id, profile: unit.plan.kind === 'profile', issues: state.issues })
  }
  return [...pages.filter((p) => p.profile).sort(byId), ...pages.filter((p) => !p.profile).sort(byId)].flatMap((item) => item.issues)
}
