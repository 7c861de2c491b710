import type { Issue } from '../../../core/issue.ts'
import { issueText } from '../../../core/catalogue/issueText.ts'
import { assembleCrossIssues } from '../../../core/validate/assembleCrossIssues.ts'
import { atClock } from '../../../core/validate/atClock.ts'
import { duplicateIssue, referenceTargets } from '../../../core/validate/checkAcross.ts'
import { graphRules } from '../../../core/rules/layers/acrossRules.ts'
import { unknownTypeNotices, type UnknownTypeEntry } from '../../../core/validate/unknownTypeNotices.ts'
import { validDocument } from '../../../core/validate/validDocument.ts'
import type { ContentStore, StoredEntry, UnitIssues } from '../store/contentStore.ts'
import { originAt, type StoreView } from './storeView.ts'
import type { Loader } from './types.ts'

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Every issue the checks across documents find in the dataset as it now is, from the store: those
 * of every `_id` that has any (each stored when it last ran), the entries that are no documents,
 * one notice per type jobld does not export, and reference cycles (looked for only when a
 * reference has the wrong type), placed at their positions now. The order is the one a check of
 * the whole dataset gives.
 * @param store the store
 * @param view the store as the checks read it
 * @param loader positions and order of entries
 * @param now the clock of the report (atClock)
 * @param part when only some `_id`s' stored issues are wanted (a bounded report): those `_id`s (one
 *   without issues is skipped), and the documents of types jobld does not export (unknownEntries)
 * @returns the issues, before `--strict`
 */
export function documentIssues(
  store: ContentStore,
  view: StoreView,
  loader: Pick<Loader, 'position' | 'order'>,
  now: Date,
  part?: { ids: Iterable<string>; unknown: UnknownTypeEntry[] },
): Issue[] {
  const entryIssues: Array<{ order: number; issues: Issue[] }> = []
  for (const [, entry] of store.strays.entries()) entryIssues.push({ order: loader.order(entry), issues: [strayIssue(entry, loader)] })
  const references: Array<{ order: number; issues: Issue[] }> = []
  const slugs: Array<{ id: string; profile: boolean; issues: Issue[] }> = []
  const profiles: Array<{ id: string; issues: Array<Issue & { ladderKey?: string }> }> = []
  const vacancies: Array<{ id: string; issues: Issue[] }> = []
  const estimates: Array<{ id: string; issue: Issue }> = []
  const organizations: Array<{ order: number; issues: Issue[] }> = []
  const translations: Array<{ id: string; issues: Issue[] }> = []
  let wrongType = false
  // Where each `_id` with issues came from, from its record: no document is read to place its issues.
  const places = new Map<string, Pick<UnitIssues, 'places' | 'documentFirst'>>()
  for (const [id, unit] of part ? stored(store, part.ids) : store.unitIssues.entries()) {
    places.set(id, unit)
    const entries = unit.places
    const first = entries[0]
    if (unit.own.length || unit.duplicates.length || unit.references.length) {
      if (first && unit.own.length) entryIssues.push({ order: loader.order(first), issues: unit.own })
      // Made again at the entries' places now: the stored ones name the places they had when checked.
      unit.duplicates.forEach((issue, i) => {
        const entry = entries[i + 1]
        const placed = duplicateIssue(id, issue.docType, first && loader.position(first), entry && loader.position(entry))
        entryIssues.push({ order: entry ? loader.order(entry) : Number.MAX_SAFE_INTEGER, issues: [placed] })
      })
      if (unit.references.length) references.push({ order: first ? loader.order(first) : 0, issues: unit.references })
      if (unit.references.some((issue) => issue.code === 'reference.wrong_type')) wrongType = true
    }
    if (unit.slug.length) slugs.push({ id, profile: unit.slug[0]?.docType === 'jobProfile', issues: unit.slug })
    if (unit.profile.length) profiles.push({ id, issues: unit.profile })
    if (unit.vacancy.length) vacancies.push({ id, issues: unit.vacancy.map((issue) => atClock(issue, now)) })
    if (unit.estimate) estimates.push({ id, issue: unit.estimate })
    if (unit.translations?.length) {
      // The metadata document's own issues (a language key) are placed at its line; the members' at theirs, later.
      const position = first ? loader.position(first) : undefined
      translations.push({ id, issues: unit.translations.map((issue) => (issue.docId === id && position && !issue.position ? { ...issue, position } : issue)) })
    }
    if (unit.organization?.length) {
      organizations.push({ order: first ? loader.order(first) : 0, issues: unit.organization })
    }
  }
  const unknown = part?.unknown ?? unknownEntries(store, loader)
  const inOrder = <T extends { order: number }>(items: T[]) => items.sort((a, b) => a.order - b.order)
  return assembleCrossIssues(
    {
      entries: inOrder(entryIssues).flatMap((item) => item.issues),
      unknownTypes: unknownTypeNotices(unknown),
      references: inOrder(references).flatMap((item) => item.issues),
      cycles: wrongType ? cycles(store, view) : [],
      slugs: [...slugs.filter((s) => s.profile).sort(byId), ...slugs.filter((s) => !s.profile).sort(byId)].flatMap((item) => item.issues),
      profiles: profiles.sort(byId).flatMap((item) => item.issues),
      vacancies: vacancies.sort(byId).flatMap((item) => item.issues),
      organizations: inOrder(organizations).flatMap((item) => item.issues),
      translations: translations.sort(byId).flatMap((item) => item.issues),
      estimates: estimates.sort(byId).map((item) => item.issue),
    },
    (id) => {
      const found = places.get(id)
      return found ? originAt(found, loader) : view.origin(id)
    },
  )
}

/**
 * The documents of types jobld does not export, each with its place (for their notices).
 * @param store the store
 * @param loader positions and order of entries
 * @returns one entry per document
 */
export function unknownEntries(store: ContentStore, loader: Pick<Loader, 'position' | 'order'>): UnknownTypeEntry[] {
  const unknown: UnknownTypeEntry[] = []
  for (const [typeKey, id] of store.unknown.entries()) {
    const first = store.docs.get(id)?.entries[0]
    if (first) unknown.push({ id, typeKey, order: loader.order(first), position: loader.position(first) })
  }
  return unknown
}

/** The stored issues of the given `_id`s that have any. */
function* stored(store: ContentStore, ids: Iterable<string>): Generator<[string, UnitIssues], void, undefined> {
  for (const id of ids) {
    const unit = store.unitIssues.get(id)
    if (unit) yield [id, unit]
  }
}

/** The issue of an entry that is no document: a line that is not a JSON object, or a document without `_id`. */
function strayIssue(entry: StoredEntry, loader: Pick<Loader, 'position'>): Issue {
  const position = loader.position(entry)
  const check = entry.check
  // A verdict may come from the same bytes on another line: the place is this entry's.
  if (check.kind === 'unreadable') return { ...check.issue, ...(position ? { docId: `(line ${position.line})`, position } : {}) }
  const docType = check.kind === 'missingId' ? check.docType : '(unknown)'
  const idText = check.kind === 'missingId' ? check.idText : 'nothing'
  return {
    severity: 'error',
    code: 'document.missing_id',
    docId: position ? `(line ${position.line})` : '(unknown)',
    docType,
    path: ['_id'],
    // The verdict keeps the id as worded (cached verdicts too); "nothing" is the one word it can hold.
    ...issueText('document.missing_id', idText === 'nothing' ? { idKind: 'nothing' } : { idKind: 'literal', id: idText }),
    ...(position ? { position } : {}),
  }
}

/** Reference cycles among every valid profile and vacancy (whose types have reference fields). */
function cycles(store: ContentStore, view: StoreView): Issue[] {
  const ids: string[] = []
  for (const [id] of store.units.entries()) {
    const doc = validDocument(view, id)
    if (doc && (doc._type === 'jobProfile' || doc._type === 'vacancy')) ids.push(id)
  }
  ids.sort()
  const edges = (id: string) => {
    const doc = validDocument(view, id)
    return doc && (doc._type === 'jobProfile' || doc._type === 'vacancy') ? referenceTargets(doc) : undefined
  }
  return graphRules({ ids, targets: edges, typeOf: (id) => validDocument(view, id)?._type })
}
