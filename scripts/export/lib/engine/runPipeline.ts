/**
 * The export pipeline, the only one (runPipeline): `exportJsonLd`, the Studio's preview, `jobld export` and
 * the webhook's update are drivers that choose its parts (types.ts). The loader brings the
 * content store up to date with its source and says which entries changed; the checks across
 * documents run again for the documents a change can affect (the changed ones, those that refer
 * to them, those that share a slug with them, vacancies the clock expired); the pages whose
 * inputs changed are built on the workers; the sink is committed only when nothing is an error;
 * then the store records what the output holds. A store that cannot be trusted (another version
 * of jobld, other options, another source, a run killed while it wrote, an output that is not
 * the one it describes) is emptied first, and everything is done again: a full export. Memory
 * holds the documents of the pages being built and the report, never the dataset.
 */
import type { Issue } from '../../../core/issue.ts'
import { referenceTargets } from '../../../core/validate/checkAcross.ts'
import { validDocument } from '../../../core/validate/validDocument.ts'
import { htmlPath } from '../pagePath.ts'
import { sanityProjectOf } from '../../../core/sanityProject.ts'
import { euPayTransparency } from '../../../core/rules/lib/payTransparencyDates.ts'
import { sha256Hex } from '../../../core/sha256Hex.ts'
import type { PagePlan } from '../planPage.ts'
import { manifestChunks, type ManifestEntry } from '../renderFiles.ts'
import { manifestPage } from '../manifestPages.ts'
import { pagesAfterChanges } from '../pagesAfterChanges.ts'
import { sortedManifestPages } from '../sortedManifestPages.ts'
import { emptyTally, issueTally, type ContentStore, type IssueTally, type PageRecord, type PageState, type UnitRecord } from '../store/contentStore.ts'
import { applyEntries, expiryKey, slugsOfType, type ChangeLog } from './applyEntries.ts'
import { checkUnits } from './checkUnits.ts'
import { documentIssues, unknownEntries } from './documentIssues.ts'
import { boundReport, type Unlisted } from '../../../core/formatReport.ts'
import { unknownTypeNotices } from '../../../core/validate/unknownTypeNotices.ts'
import type { StoreView } from './storeView.ts'
import { pageIssues } from './pageIssues.ts'
import { storeKey } from './storeKey.ts'
import { STORE_FORMAT, storeTrusted } from './storeTrusted.ts'
import { storeView } from './storeView.ts'
import { StoreDoubt } from '../store/storeDoubt.ts'
import { stegaNotice } from './stegaNotice.ts'
import type { BuildTask, BuiltPage, EntryChange, Loader, PageOutcome, RunOptions, RunParts, RunResult, TaskDocument } from './types.ts'

/** Pages per build task: large enough to amortise the hand-over, small enough to spread over the workers. */
export const PAGES_PER_TASK = 48
/** Built pages whose states are written per transaction. */
export const PAGES_PER_TRANSACTION = 2000
/** `_id`s checked per transaction in a full export. */
const UNITS_PER_TRANSACTION = 2000
/** Documents of recent build tasks whose place is kept, per generation (buildTasks). */
const LOCATED = 2000

/**
 * Runs the export pipeline once: the loader brings the store up to date, the affected documents are
 * checked across documents, the pages whose inputs changed are built, the sink is committed or not.
 * @param loader the source
 * @param parts store, workers, sink, key, the output as found
 * @param options clock, base URL, strictness, dry run
 * @returns issues, verdict, counts and the pages looked at
 */
export async function runPipeline(loader: Loader, parts: RunParts, options: RunOptions): Promise<RunResult> {
  const { store, workers, sink } = parts
  const sha256 = parts.sha256 ?? sha256Hex
  const progress = parts.progress ?? (() => undefined)
  const strict = options.strict === true
  try {
    const full = prepare(store, storeKey(parts.key, loader), parts.output?.manifestHash)
    let nextEntry = numberOr(store.meta.get('nextEntry'), 1)
    const log: ChangeLog | undefined = full ? undefined : { ids: new Set(), slugKeys: new Set(), members: new Set() }
    await loader.load({
      store,
      workers,
      full,
      apply: (changes: ReadonlyArray<EntryChange>) => store.transaction(() => applyEntries(store, loader, changes, log)),
      nextEntry: () => nextEntry++,
      progress,
    })
    store.transaction(() => store.meta.put('nextEntry', nextEntry))

    // The checks across documents, for what a change can affect.
    const view = storeView(store, loader)
    const unitOptions = { now: options.now, baseUrl: options.baseUrl, project: sanityProjectOf(options), payTransparency: options.payTransparency ?? euPayTransparency, sha256, signatures: parts.signatures !== false }
    let checked = 0
    if (log) {
      const affected = affectedIds(store, log, store.meta.get('now'), options.now)
      progress(`Checking ${affected.size} documents across documents`)
      store.transaction(() => {
        checked = checkUnits(store, view, affected, unitOptions)
      })
    } else {
      progress('Checking every document across documents')
      let batch: string[] = []
      const flush = () => {
        const ids = batch
        batch = []
        store.transaction(() => {
          checked += checkUnits(store, view, ids, unitOptions)
        })
      }
      const add = (id: string) => {
        batch.push(id)
        if (batch.length >= UNITS_PER_TRANSACTION) flush()
      }
      // Each profile right after the documents it refers to and before those that refer to it (its
      // vacancies): their checks read the same documents, which the view then still holds. In key
      // order a profile's FAQ entries and tiers were checked long before it, and its vacancies long
      // after (at 300,000 documents most of their records were read from the store twice or more).
      // Every other `_id` follows in key order, listed by key: a record is read where the checks need it.
      const grouped = new Set<string>()
      const group = (id: string) => {
        if (grouped.has(id) || view.entries(id).length === 0) return
        grouped.add(id)
        add(id)
      }
      for (const [, profile] of store.slugs.entries(slugsOfType('jobProfile'))) {
        const doc = validDocument(view, profile)
        if (!doc) continue
        for (const target of referenceTargets(doc)) group(target)
        group(profile)
        for (const referrer of store.referrers.values(profile)) group(referrer)
      }
      for (const id of store.docs.keys()) if (!grouped.has(id)) add(id)
      flush()
    }
    store.transaction(() => {
      store.meta.put('now', options.now.toISOString())
      store.meta.put('state', 'ready')
    })

    const sourceIssues = loader.issues()
    // The issues of every document, unless the run wants them only to refuse, or only those a
    // bounded report lists, and the store's tally says none of them would refuse (no error, no
    // warning under --strict, no entry that is no document).
    const tally = parts.report !== undefined ? issueTally(store) : undefined
    const clean = tally !== undefined && tally.errors === 0 && (!strict || tally.warnings === 0) && store.strays.count() === 0
    const limit = typeof parts.report === 'object' ? parts.report.limit : undefined
    // A bounded report reads the stored issues of the documents it lists, when the tally counts the
    // rest exactly (each `_id`'s issues its own) and there are more than it lists.
    const bounded = clean && limit !== undefined && tally.elsewhere === 0 && tally.documents > limit ? { tally, limit } : undefined
    const crossIssues = [...sourceIssues, ...stegaNotice(store), ...(clean && (bounded || parts.report === 'refusal') ? [] : documentIssues(store, view, loader, options.now))]
    // With errors already, nothing is written; every page is still built or looked up, so the report is the full one.
    const write = !options.dryRun && !hasErrors(crossIssues, strict) && !loader.holdsSecret

    // Pages: every producer in a full export, else those whose page may differ from the output's.
    if (!full && parts.output?.changedSince?.(store.meta.get('stamps'))) markMissing(store, sink)
    const outcomes: PageOutcome[] = []
    const touched = new Set<string>()
    const current = write && sink.currentDir ? sink.currentDir : undefined
    let reused = 0
    const tasks = buildTasks(store, loader, full, (producer, unit, record) => {
      const plan = unit?.plan
      const committed = record?.committed
      if (!full) {
        if (committed) touched.add(committed.path)
        if (plan) touched.add(plan.path)
      }
      if (committed && (!plan || committed.path !== plan.path)) {
        sink.drop(committed.path)
        sink.drop(htmlPath(committed.path))
        if (!plan) outcomes.push({ path: committed.path, kind: committed.path.startsWith('vacatures/') ? 'vacancy' : 'profile', slug: slugOf(committed.path), action: 'removed' })
      }
      if (!plan || !unit) return 'skip'
      if (write && committed && committed.sig === unit.sig && committed.path === plan.path && sink.has(plan.path) && sink.has(htmlPath(plan.path))) {
        sink.keep(plan.path)
        sink.keep(htmlPath(plan.path))
        reused += 1
        if (!full) outcomes.push({ path: plan.path, kind: plan.kind, slug: plan.slug, action: 'unchanged' })
        return 'keep'
      }
      // Not written: a page built before for these inputs already says what its issues are.
      if (!write && !sink.collects && (record?.latest?.sig === unit.sig || committed?.sig === unit.sig)) return 'skip'
      return 'build'
    })
    progress('Building pages')
    let built = 0
    // The states of built pages, written a few thousand per transaction: a commit per task cost more than the writes in it.
    let unsaved: Array<[string, PageState]> = []
    const saveStates = () => {
      const states = unsaved
      unsaved = []
      if (states.length === 0) return
      store.transaction(() => {
        for (const [producer, state] of states) {
          const record = store.pages.get(producer)
          store.pages.put(producer, { committed: record?.committed, latest: state })
          if (state.issues.length) store.pageIssues.put(producer, true)
          else if (!record?.committed?.issues.length) store.pageIssues.remove(producer)
        }
      })
    }
    await runLimited(
      tasks,
      async (pending) => {
        const task = current ? { ...pending.task, current: { dir: current, paths: pending.task.plans.flatMap((plan) => [plan.path, htmlPath(plan.path)]).filter((path) => sink.has(path)) } } : pending.task
        const result = await workers.build(task)
        const states: Array<[string, PageState]> = []
        for (const [index, page] of result.entries()) {
          const producer = pending.producers[index]
          const sig = pending.sigs[index]
          if (producer === undefined || sig === undefined) continue
          if (write || sink.collects) await place(page, sink)
          states.push([producer, { sig, path: page.path, types: page.entry.types, sha256: page.entry.sha256, issues: page.issues }])
          if (!full) outcomes.push({ path: page.path, kind: page.entry.kind, slug: page.entry.slug, action: 'written' })
        }
        built += states.length
        unsaved.push(...states)
        if (unsaved.length >= PAGES_PER_TRANSACTION) saveStates()
      },
      Math.max(1, workers.size * 2),
    )
    saveStates()
    await workers.idle?.()

    if (parts.touched) reportTouched(store, parts.touched, outcomes)
    const { issues, unlisted } = bounded
      ? boundedIssues(store, view, loader, options.now, bounded, applyStrict([...crossIssues, ...pageIssues(store)], strict))
      : { issues: applyStrict([...crossIssues, ...pageIssues(store)], strict), unlisted: undefined }
    const ok = !issues.some((issue) => issue.severity === 'error')
    const profiles = numberOr(store.meta.get('profiles'), 0)
    const vacancies = numberOr(store.meta.get('vacancies'), 0)
    // A page not built was kept as it is: looked at (its inputs did not change) or not even that.
    const base = { issues, ...(unlisted ? { unlisted } : {}), ok, full, profiles, vacancies, reused: full ? reused : Math.max(0, profiles + vacancies - built), built, changed: log ? log.ids.size : checked, checked, pages: outcomes }
    const files = (profiles + vacancies) * 2 + 1
    const collected = () => (sink.collects ? [...manifestEntries(store)] : [])
    if (!write || !ok) {
      const manifest = collected()
      await sink.abort()
      recordCounts(store)
      return { ...base, written: false, files, manifest }
    }

    // The manifest: updated in place when the store describes the output's, else written whole.
    const changes = new Map(
      [...touched].sort().map((path): [string, ManifestEntry | undefined] => {
        const [producer] = store.paths.values(path)
        return [path, producer === undefined ? undefined : manifestEntry(store, producer)]
      }),
    )
    // The sitemaps list every page: an update makes only what its changes touch, reading the current
    // manifest where they are; else they are made from the store's pages.
    const previous = !full ? parts.output?.current?.() : undefined
    // Every page's entry, read from the store once for the sitemaps and the manifest, and only when
    // there are sitemaps to make (without them, a full export at 300,000 documents read all 100,000
    // entries for nothing, and again for the manifest).
    let entries: ManifestEntry[] | undefined
    const input = () =>
      previous
        ? { pages: pagesAfterChanges(previous.pages, changes), previous: { ...previous, changed: [...changes.keys()] } }
        : { pages: sortedManifestPages((entries = [...manifestEntries(store)]).map(manifestPage)) }
    const extra = parts.extraFiles ? await parts.extraFiles(input()) : { files: [], put: [] }
    for (const file of extra.put) await sink.put(file.path, file.content)
    const extraPaths = extra.files
    for (const path of previous?.files ?? []) if (!extraPaths.includes(path)) sink.drop(path)
    const manifest = collected()
    if (parts.manifest !== false) {
      const pieces = !full && parts.output?.updateManifest ? await parts.output.updateManifest(changes, extraPaths) : undefined
      await sink.put('manifest.json', pieces ?? manifestChunks(entries ?? manifestEntries(store), extraPaths))
    }
    const manifestHash = await sink.commit()
    const stamps = parts.output?.stamps ? await parts.output.stamps() : undefined
    commitPages(store, full, manifestHash, stamps)
    recordCounts(store)
    return { ...base, written: true, files: files + extra.files.length, manifest }
  } catch (error) {
    await sink.abort()
    // What the run did to the store stays described (a failed write is not a reason to doubt it); a doubt empties it anyway.
    if (!(error instanceof StoreDoubt)) tryRecordCounts(store)
    throw error
  } finally {
    await loader.close()
  }
}

/**
 * A bounded report's listed part and what it leaves out (boundReport), reading only the stored
 * issues of the documents it may list: the first `limit` `_id`s with issues in key order (the
 * report's order), as many more as other issues could make into documents with errors (which do
 * not count toward the limit), and those other issues' own. The tally counts the rest: no `_id`
 * has an error, and each one's issues are its own (the caller checked).
 * @param others every issue but the stored ones of `_id`s (the source's, the pages'), `--strict` applied
 * @returns the listed issues, `--strict` applied, and the count of the rest
 */
function boundedIssues(
  store: ContentStore,
  view: StoreView,
  loader: Loader,
  now: Date,
  { tally, limit }: { tally: IssueTally; limit: number },
  others: Issue[],
): { issues: Issue[]; unlisted: Unlisted } {
  const unknown = unknownEntries(store, loader)
  const unknownNotices = unknownTypeNotices(unknown)
  const named = new Set([...others, ...unknownNotices].map((issue) => issue.docId))
  const ids = new Set(store.unitIssues.keys({ limit: limit + named.size }))
  for (const id of named) ids.add(id)
  // The stored issues are the units' own: --strict has nothing to turn (no warning under it).
  const issues = [...others, ...documentIssues(store, view, loader, now, { ids, unknown })]
  const { listed } = boundReport(issues, limit)
  let documents = tally.documents
  for (const id of named) if (store.unitIssues.count({ start: id, end: `${id}\u0000` }) === 0) documents += 1
  let warnings = tally.warningIssues
  let notices = tally.noticeIssues
  for (const issue of [...others, ...unknownNotices]) {
    if (issue.severity === 'warning') warnings += 1
    if (issue.severity === 'notice') notices += 1
  }
  const shown = new Set<string>()
  for (const issue of listed) {
    shown.add(issue.docId)
    if (issue.severity === 'warning') warnings -= 1
    if (issue.severity === 'notice') notices -= 1
  }
  return { issues: listed, unlisted: { warnings, notices, documents: documents - shown.size } }
}

/**
 * Decides whether the store can be trusted: same format and key, not left half-written by a run
 * that was killed, describing the output as it is. Otherwise it is emptied. Marks it as being
 * written until the checks across documents are done.
 * @returns true for a full export
 */
function prepare(store: ContentStore, key: string, manifestHash: string | undefined): boolean {
  const trusted = storeTrusted(store, key, manifestHash)
  // A value removed from the store passes every seal: the tables' sizes tell.
  const missing = trusted ? countsDoubt(store) : undefined
  if (missing !== undefined) throw new StoreDoubt(missing)
  store.transaction(() => {
    if (!trusted) {
      store.clear()
      store.meta.put('format', STORE_FORMAT)
      store.meta.put('key', key)
      store.meta.put('manifestHash', null)
      store.meta.put('issueTally', emptyTally)
    }
    store.meta.put('state', 'updating')
  })
  return !trusted
}

/** Records how many keys each table holds, for the next run to compare (countsDoubt). */
function recordCounts(store: ContentStore): void {
  const counts = store.counts()
  store.transaction(() => store.meta.put('counts', counts))
}

function tryRecordCounts(store: ContentStore): void {
  try {
    recordCounts(store)
  } catch {
    // The store cannot be written: the next run finds it as it is.
  }
}

/** Why the store's tables are not the size the last run left them, in words; undefined when they are. */
function countsDoubt(store: ContentStore): string | undefined {
  const recorded = store.meta.get('counts')
  if (typeof recorded !== 'object' || recorded === null) return 'the content store has no record of its size (edited?)'
  const now = store.counts()
  for (const name of new Set([...Object.keys(now), ...Object.keys(recorded)])) {
    const was = numberOr(Reflect.get(recorded, name), 0)
    const is = now[name] ?? 0
    if (was !== is) return `the content store holds ${is} ${is === 1 ? 'entry' : 'entries'} in ${name} where it recorded ${was} (edited?)`
  }
  return undefined
}

/**
 * What a change can affect: the changed `_id`s, the valid documents that refer to them, the
 * other owners of the slugs they had or have, the vacancies whose expiry the clock crossed
 * since the last run, and every member of a translation group one of those belongs to or a
 * changed metadata document named (a page's manifest entry states its language and original).
 */
function affectedIds(store: ContentStore, log: ChangeLog, lastNow: unknown, now: Date): Set<string> {
  const affected = new Set(log.ids)
  for (const id of log.ids) for (const referrer of store.referrers.values(id)) affected.add(referrer)
  for (const key of log.slugKeys) for (const owner of store.slugs.values(key)) affected.add(owner)
  for (const id of log.members) affected.add(id)
  for (const id of [...affected]) {
    const check = store.docs.get(id)?.entries[0]?.check
    if (check?.kind === 'translations') for (const member of check.members) affected.add(member.id)
  }
  const last = typeof lastNow === 'string' ? new Date(lastNow) : undefined
  if (last && last.getTime() !== now.getTime()) {
    const [from, to] = last < now ? [last, now] : [now, last]
    const start = expiryKey(new Date(from.getTime() - 1).toISOString())
    const end = expiryKey(new Date(to.getTime() + 1).toISOString())
    for (const [, id] of store.expiry.entries({ start, end })) affected.add(id)
  }
  return affected
}

/** One task of pages to build, with the producer and signature of each. */
interface PendingTask {
  task: BuildTask
  producers: string[]
  sigs: string[]
}

type Decision = 'build' | 'keep' | 'skip'

/**
 * The build tasks, made lazily as the lanes ask for them: every producer with a page or a plan in
 * a full export (each profile followed by its vacancies, whose tasks then share their
 * documents), the dirty ones otherwise.
 */
async function* buildTasks(
  store: ContentStore,
  loader: Pick<Loader, 'locate'>,
  full: boolean,
  decide: (producer: string, unit: UnitRecord | undefined, record: PageRecord | undefined) => Decision,
): AsyncGenerator<PendingTask, void, undefined> {
  let plans: Array<{ producer: string; plan: PagePlan; sig: string; sources: UnitRecord['sources'] }> = []
  // Where the documents of recent tasks are, in two generations: one that many pages share (an
  // organisation) is read from the store once, not once per task. The entries do not change here.
  let recent = new Map<string, TaskDocument | undefined>()
  let older = new Map<string, TaskDocument | undefined>()
  const locate = (id: string): TaskDocument | undefined => {
    if (recent.has(id)) return recent.get(id)
    let found: TaskDocument | undefined
    if (older.has(id)) found = older.get(id)
    else {
      const entry = store.docs.get(id)?.entries[0]
      found = entry ? { id, at: loader.locate(entry), hash: entry.hash } : undefined
    }
    if (recent.size >= LOCATED) {
      older = recent
      recent = new Map()
    }
    recent.set(id, found)
    return found
  }
  const make = (): PendingTask => {
    const batch = plans
    plans = []
    // Where the checks found each page's sources, kept in its record: no document's record is read
    // again for it (a full export read every one a second time here, about 12 s at 300,000 documents).
    const known = new Map<string, TaskDocument>()
    for (const { sources } of batch) for (const [id, hash, spot] of sources ?? []) if (!known.has(id)) known.set(id, { id, at: loader.locate(spot), hash })
    const ids = new Set(batch.flatMap(({ plan }) => plan.sourceIds))
    const documents: TaskDocument[] = []
    for (const id of ids) {
      const found = known.get(id) ?? locate(id)
      if (found) documents.push(found)
    }
    return { task: { plans: batch.map((b) => b.plan), documents }, producers: batch.map((b) => b.producer), sigs: batch.map((b) => b.sig) }
  }
  const visit = (producer: string, unit = store.units.get(producer)) => {
    if (decide(producer, unit, store.pages.get(producer)) === 'build' && unit?.plan && unit.sig !== undefined) plans.push({ producer, plan: unit.plan, sig: unit.sig, sources: unit.sources })
  }
  if (full) {
    // Every profile that heads a page is a valid job profile, listed under its slug: read its record
    // alone, not every `_id`'s (most are FAQ entries, tiers and organisations, which head no page).
    for (const [, producer] of store.slugs.entries(slugsOfType('jobProfile'))) {
      const unit = store.units.get(producer)
      if (unit?.plan?.kind !== 'profile') continue
      visit(producer, unit)
      // Each unit read once: a read opens its seal and parses it.
      for (const referrer of store.referrers.values(producer)) {
        const other = store.units.get(referrer)
        if (other?.plan?.kind === 'vacancy' && other.plan.profile === producer) visit(referrer, other)
      }
      if (plans.length >= PAGES_PER_TASK) yield make()
    }
  } else {
    // Profiles first, each with the dirty vacancies that follow it: one task then reads the profile once.
    const dirty = [...store.dirty.entries()].map(([id]) => id)
    const vacancies = new Map<string, string[]>()
    const rest: string[] = []
    for (const producer of dirty) {
      const plan = store.units.get(producer)?.plan
      if (plan?.kind === 'vacancy') vacancies.set(plan.profile, [...(vacancies.get(plan.profile) ?? []), producer])
      else rest.push(producer)
    }
    for (const producer of rest) {
      visit(producer)
      const plan = store.units.get(producer)?.plan
      for (const vacancy of plan?.kind === 'profile' ? (vacancies.get(producer) ?? []) : []) visit(vacancy)
      if (plan?.kind === 'profile') vacancies.delete(producer)
      if (plans.length >= PAGES_PER_TASK) yield make()
    }
    for (const list of vacancies.values())
      for (const producer of list) {
        visit(producer)
        if (plans.length >= PAGES_PER_TASK) yield make()
      }
  }
  if (plans.length) yield make()
}

/** Adds the pages built from the given `_id`s that the run did not look at: unchanged. */
function reportTouched(store: ContentStore, ids: ReadonlyArray<string>, outcomes: PageOutcome[]): void {
  const seen = new Set(outcomes.map((outcome) => outcome.path))
  const wanted = new Set(ids)
  for (const id of ids)
    for (const producer of [id, ...store.referrers.values(id)]) {
      const plan = store.units.get(producer)?.plan
      if (!plan || seen.has(plan.path) || !plan.sourceIds.some((source) => wanted.has(source))) continue
      seen.add(plan.path)
      outcomes.push({ path: plan.path, kind: plan.kind, slug: plan.slug, action: 'unchanged' })
    }
}

/** Marks dirty every producer whose page's files someone removed from the output. */
function markMissing(store: ContentStore, sink: RunParts['sink']): void {
  store.transaction(() => {
    for (const [producer, record] of store.pages.entries()) {
      const path = record.committed?.path
      if (path !== undefined && (!sink.has(path) || !sink.has(htmlPath(path)))) store.dirty.put(producer, true)
    }
  })
}

/** Every page of the new version in path order, as the manifest lists it. */
function* manifestEntries(store: ContentStore): Generator<ManifestEntry, void, undefined> {
  let last: string | undefined
  for (const [path, producer] of store.paths.entries()) {
    if (path === last) continue
    last = path
    const entry = manifestEntry(store, producer)
    if (entry) yield entry
  }
}

/** A producer's manifest entry: its plan gives all but its types and hash (keys in renderPage's order). */
function manifestEntry(store: ContentStore, producer: string): ManifestEntry | undefined {
  const unit = store.units.get(producer)
  const plan = unit?.plan
  const record = store.pages.get(producer)
  const state = record?.latest?.sig === unit?.sig ? record?.latest : record?.committed?.sig === unit?.sig ? record?.committed : undefined
  if (!plan || !state) return undefined
  const entry: ManifestEntry = { path: plan.path, html: htmlPath(plan.path), kind: plan.kind, slug: plan.slug, sourceIds: plan.sourceIds, types: state.types, sha256: state.sha256 }
  if (unit?.updatedAt !== undefined) entry.updatedAt = unit.updatedAt
  if (plan.language !== undefined) entry.language = plan.language
  if (plan.translationOf !== undefined) entry.translationOf = plan.translationOf
  return entry
}

/** After the output took the new version: what it holds is what the store's pages say, and nothing is dirty. */
function commitPages(store: ContentStore, full: boolean, manifestHash: string | undefined, stamps: unknown): void {
  const settle = (producer: string, record = store.pages.get(producer)) => {
    const unit = store.units.get(producer)
    const latest = record?.latest
    const state = latest && latest.sig === unit?.sig && latest.path === unit.plan?.path ? latest : record?.committed
    if (!unit?.plan || !state) {
      if (record) store.pages.remove(producer)
      store.pageIssues.remove(producer)
    } else store.pages.put(producer, { committed: state })
  }
  // A full export emptied the table and wrote each record once, in this run, from the unit the
  // build read: its latest state is that unit's, and the unit is not read again to say so (at
  // 300,000 documents, 104,000 records of a few kilobytes opened and parsed for nothing).
  const settleBuilt = (producer: string) => {
    const latest = store.pages.get(producer)?.latest
    if (latest) store.pages.put(producer, { committed: latest })
    else {
      store.pages.remove(producer)
      store.pageIssues.remove(producer)
    }
  }
  // A few thousand pages per transaction: one transaction for every page of a 300,000-document
  // export rewrote 104,000 records, more dirty pages than LMDB lets one transaction hold with the
  // large store's 2 KB pages (MDB_TXN_FULL). Settling rewrites the table it lists, so each batch's
  // keys are listed (no value read) before any of them is settled. Until the last transaction
  // records the output's manifest hash, the store holds the hash from before (none in a full
  // export): a run killed in between is a full export, unless the output's manifest kept its bytes,
  // and then every page not yet settled is still in the dirty table, settled by the next run.
  const inBatches = (table: { keys(options?: { start?: string; limit?: number }): Iterable<string> }, each: (key: string) => void) => {
    let start: string | undefined
    for (;;) {
      const keys = [...table.keys({ ...(start === undefined ? {} : { start }), limit: PAGES_PER_TRANSACTION + 1 })]
      const next = keys.length > PAGES_PER_TRANSACTION ? keys.pop() : undefined
      store.transaction(() => {
        for (const key of keys) each(key)
      })
      if (next === undefined) break
      start = next
    }
  }
  if (full) inBatches(store.pages, settleBuilt)
  // A full export settled every page above: the dirty table is emptied by its keys.
  inBatches(store.dirty, (producer) => {
    if (!full) settle(producer)
    store.dirty.remove(producer)
  })
  store.transaction(() => {
    store.meta.put('manifestHash', manifestHash ?? null)
    if (stamps !== undefined) store.meta.put('stamps', stamps)
  })
}

/** Puts a built page's files into the sink: the ones the current output already holds are kept. */
async function place(page: BuiltPage, sink: RunParts['sink']): Promise<void> {
  for (const path of page.kept ?? []) sink.keep(path)
  for (const file of page.files) await sink.put(file.path, file.content)
}

/** Runs the items of an async source through `work`, at most `limit` at once; the first failure is thrown once all have settled. */
async function runLimited<T>(items: AsyncIterator<T> | AsyncIterable<T>, work: (item: T) => Promise<void>, limit: number): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items
  let failure: unknown
  let done = false
  const lane = async () => {
    while (!done && failure === undefined) {
      const next = await iterator.next()
      if (next.done) {
        done = true
        return
      }
      try {
        await work(next.value)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, lane))
  if (failure !== undefined) throw failure
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback
}


function slugOf(path: string): string {
  return path.replace(/^vacatures\//, '').replace(/\.jsonld$/, '')
}

function hasErrors(issues: ReadonlyArray<Issue>, strict: boolean): boolean {
  return issues.some((issue) => issue.severity === 'error' || (strict && issue.severity === 'warning'))
}

/** `--strict`: every warning becomes an error. The one place it is applied. */
function applyStrict(issues: Issue[], strict: boolean): Issue[] {
  return strict ? issues.map((issue) => (issue.severity === 'warning' ? { ...issue, severity: 'error' } : issue)) : issues
}
