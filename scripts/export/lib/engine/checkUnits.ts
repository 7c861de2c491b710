import type { Sha256Hex } from '../../../core/sha256Hex.ts'
import type { SanityProject } from '../../../core/sanityProject.ts'
import type { PayTransparency } from '../../../core/rules/lib/checkPayTransparency.ts'
import { checkAcross } from '../../../core/validate/checkAcross.ts'
import { validDocument } from '../../../core/validate/validDocument.ts'
import { planPage, type PagePlan } from '../planPage.ts'
import { pageSignature } from '../pageSignature.ts'
import { issueTally, type ContentStore, type PageSource, type UnitIssues, type UnitRecord } from '../store/contentStore.ts'
import type { StoreView } from './storeView.ts'
import { pageTranslation } from './pageTranslation.ts'

/** What the checks of units need besides the store. */
export interface UnitOptions {
  now: Date
  baseUrl: string | undefined
  /** The Sanity project images are published from (an uploaded logo needs it). */
  project: SanityProject | undefined
  /** Per country, the day a vacancy there must state its own pay (the resolved `payTransparency`). */
  payTransparency: PayTransparency
  sha256: Sha256Hex
  /** Sign pages (false: every signature is empty, for a store used once). */
  signatures: boolean
}

/**
 * Runs the checks across documents for the given `_id`s and stores what they find: each one's
 * issues, the page it heads with the signature of that page's inputs, and the index of page
 * paths. A producer whose page now differs from the one in the output is marked dirty. Runs
 * inside the caller's transaction, after the entries are loaded.
 * @param store the store
 * @param view the store as the checks read it
 * @param ids the `_id`s to check (each once)
 * @param options clock, base URL and hash
 * @returns how many were checked
 */
export function checkUnits(store: ContentStore, view: StoreView, ids: Iterable<string>, options: UnitOptions): number {
  let count = 0
  const pages = { profiles: numberOr(store.meta.get('profiles')), vacancies: numberOr(store.meta.get('vacancies')) }
  const kind = (path: string) => (path.startsWith('vacatures/') ? 'vacancies' : 'profiles')
  // Kept up to date as issues are stored; none (a store that never had one) stays none.
  const tally = issueTally(store)
  for (const id of ids) {
    count += 1
    const before = store.units.get(id)
    const unit = checkAcross(id, view, options)
    const doc = validDocument(view, id)
    const find = (target: string) => validDocument(view, target)
    const planned = doc ? planPage(doc, find, unit.expired) : undefined
    const plan = planned ? { ...planned, ...pageTranslation(store, view, id) } : undefined
    const found = {
      own: unit.own,
      duplicates: unit.duplicates,
      references: unit.references,
      slug: unit.slug,
      profile: unit.profile,
      vacancy: unit.vacancy,
      organization: unit.organization,
      translations: unit.translations,
      estimate: unit.estimate,
    }
    const listed = Object.values(found).flatMap((value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]))
    const hasIssues = listed.length > 0
    // Looked at only for the few with issues: a full export checks every document.
    const counts = hasIssues ? { warnings: 0, notices: 0, elsewhere: false } : undefined
    let error = false
    if (counts)
      for (const issue of listed) {
        if (issue.severity === 'error') error = true
        else counts[issue.severity === 'warning' ? 'warnings' : 'notices'] += 1
        if (issue.docId !== id || ('ladderKey' in issue && issue.ladderKey !== undefined)) counts.elsewhere = true
      }
    const record: UnitRecord = {
      plan,
      sig: plan ? (options.signatures ? pageSignature(plan, (source) => view.hashOf(source), options.baseUrl, options.sha256) : '') : undefined,
      updatedAt: plan ? latestUpdate(plan, find) : undefined,
      sources: plan ? pageSources(plan, view) : undefined,
      expired: unit.expired,
      wrongType: unit.wrongType,
      unknownType: unit.unknownType?.typeKey,
      issues: hasIssues,
      errors: error || unit.wrongType,
      warnings: (counts?.warnings ?? 0) > 0,
      counts,
    }
    const removed = view.entries(id).length === 0
    if (removed) store.units.remove(id)
    else store.units.put(id, record)
    if (tally) {
      const after = removed ? undefined : record
      tally.errors += Number(after?.errors ?? false) - Number(before?.errors ?? false)
      tally.warnings += Number(after?.warnings ?? false) - Number(before?.warnings ?? false)
      tally.documents += Number(after?.issues ?? false) - Number(before?.issues ?? false)
      tally.warningIssues += (after?.counts?.warnings ?? 0) - (before?.counts?.warnings ?? 0)
      tally.noticeIssues += (after?.counts?.notices ?? 0) - (before?.counts?.notices ?? 0)
      tally.elsewhere += Number(after?.counts?.elsewhere ?? false) - Number(before?.counts?.elsewhere ?? false)
      // Issues of an `_id` without a record could not be taken off again, nor those of a record written without counts: the tally is given up.
      if ((removed && hasIssues) || (before?.issues && before.counts === undefined)) tally.errors = Number.NaN
    }
    if (hasIssues) {
      const issues: UnitIssues = { ...found, ...view.places(id) }
      store.unitIssues.put(id, issues)
    }
    else if (before?.issues) store.unitIssues.remove(id)
    const path = plan?.path
    const old = before?.plan?.path
    if (old !== path) {
      if (old !== undefined) {
        store.paths.remove(old, id)
        if (store.paths.values(old).length === 0) pages[kind(old)] -= 1
      }
      if (path !== undefined) {
        if (store.paths.values(path).length === 0) pages[kind(path)] += 1
        store.paths.add(path, id)
      }
    }
    const committed = store.pages.get(id)?.committed
    if (committed?.path !== path || committed?.sig !== record.sig) store.dirty.put(id, true)
  }
  if (tally) store.meta.put('issueTally', Number.isNaN(tally.errors) ? null : tally)
  store.meta.put('profiles', pages.profiles)
  store.meta.put('vacancies', pages.vacancies)
  return count
}

function numberOr(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0
}

/** Where a page's sources are, as the checks just read them (undefined when one is held in memory: the build reads the records). */
function pageSources(plan: PagePlan, view: StoreView): PageSource[] | undefined {
  const sources: PageSource[] = []
  for (const id of plan.sourceIds) {
    const source = view.source(id)
    if (source === null) return undefined
    if (source) sources.push(source)
  }
  return sources
}

/** A page's content changed when its newest source did (Sanity's `_updatedAt`): for the manifest and sitemaps. */
function latestUpdate(plan: PagePlan, find: (id: string) => { _updatedAt?: string | undefined } | undefined): string | undefined {
  let latest: string | undefined
  for (const id of plan.sourceIds) {
    const stamp = find(id)?._updatedAt
    if (stamp === undefined) return undefined
    if (latest === undefined || stamp > latest) latest = stamp
  }
  return latest
}
