/**
 * The export pipeline, the only one (runPipeline): `exportJsonLd`, the Studio's preview and `jobld export` are
 * drivers that choose its parts (types.ts). It reads the source once, checks each document (its
 * verdict cached by content hash where the driver keeps a cache), checks across documents on
 * slim summaries, plans the pages, keeps the unchanged ones, builds the others in batches on the
 * workers, and commits the sink only when nothing is an error. Memory holds one summary per
 * document and a few batches of pages; never the dataset.
 */
import type { Issue } from '../../../core/issue.ts'
import { planPages, type PagePlan } from '../planPages.ts'
import { pageSignature, type CachedPage } from '../incrementalCache.ts'
import { manifestChunks, type ManifestEntry } from '../renderFiles.ts'
import { htmlPath } from '../pagePath.ts'
import { sha256Hex } from '../../../core/sha256Hex.ts'
import { checkAcrossDocuments } from '../../../core/validate/checkAcrossDocuments.ts'
import type { BuiltPage, DocumentSource, RunOptions, RunParts, RunResult, SourceEntry, TaskDocument } from './types.ts'

/** Pages per build task: large enough to amortise the hand-over, small enough to spread over the workers. */
const PAGES_PER_TASK = 48

/**
 * Runs the export pipeline once: source in, checked documents, planned and built pages, sink out.
 * @param source the documents
 * @param parts workers, sink, the previous export's pages
 * @param options clock, base URL, strictness, dry run
 * @returns issues, verdict, counts, the documents' verdicts and the pages for the next cache
 */
export async function runPipeline(source: DocumentSource, parts: RunParts, options: RunOptions): Promise<RunResult> {
  const { workers, sink } = parts
  const progress = parts.progress ?? (() => undefined)
  const strict = options.strict === true
  try {
    const entries = await checkAll(source, parts)
    progress(`Checking ${entries.length} documents across documents`)
    const cross = checkAcrossDocuments(entries, { now: options.now })
    const plans = planPages(cross.byId, cross.profileIds, cross.vacancyIds, cross.expired)
    // The source entry of each valid document (a duplicate id is never valid, so one is enough).
    const entryById = new Map<string, SourceEntry>()
    for (const entry of entries) if (entry.check.kind === 'valid' && cross.byId.has(entry.check.id)) entryById.set(entry.check.id, entry)
    // A page's content changed when its newest source did (Sanity's _updatedAt): for the manifest and sitemaps.
    const updatedAt = (plan: PagePlan): string | undefined => {
      let latest: string | undefined
      for (const id of plan.sourceIds) {
        const stamp = cross.byId.get(id)?._updatedAt
        if (stamp === undefined) return undefined
        if (latest === undefined || stamp > latest) latest = stamp
      }
      return latest
    }
    const documentIssues = [...source.issues, ...cross.issues]
    // With errors already, nothing is written; every page is still built, so the report is the full one.
    const write = !options.dryRun && !hasErrors(documentIssues, strict)

    const signatureOf = (plan: PagePlan) =>
      parts.previous || parts.signatures ? pageSignature(plan, (id) => entryById.get(id)?.hash, options.baseUrl, parts.sha256 ?? sha256Hex) : ''
    const results = new Map<string, { page: CachedPage; entry: ManifestEntry }>()
    const toBuild: Array<{ plan: PagePlan; sig: string }> = []
    let reused = 0
    for (const plan of localityOrder(plans)) {
      const sig = signatureOf(plan)
      const before = parts.previous?.get(plan.path)
      const html = htmlPath(plan.path)
      // A file someone removed from the output is built again.
      if (write && before && before.sig === sig && sink.has(plan.path) && sink.has(html)) {
        sink.keep(plan.path)
        sink.keep(html)
        results.set(plan.path, { page: before, entry: reusedEntry(plan, before) })
        reused += 1
      } else toBuild.push({ plan, sig })
    }

    progress(`Building ${toBuild.length} pages`)
    const current = write && sink.currentDir ? sink.currentDir : undefined
    const tasks: Array<() => Promise<void>> = []
    for (let i = 0; i < toBuild.length; i += PAGES_PER_TASK) {
      const batch = toBuild.slice(i, i + PAGES_PER_TASK)
      const ids = new Set(batch.flatMap(({ plan }) => plan.sourceIds))
      const documents: TaskDocument[] = [...ids].flatMap((id) => {
        const entry = entryById.get(id)
        return entry ? [{ id, handle: entry.handle, hash: entry.hash }] : []
      })
      const paths = current ? batch.flatMap(({ plan }) => [plan.path, htmlPath(plan.path)]).filter((path) => sink.has(path)) : []
      tasks.push(async () => {
        const built = await workers.build(
          { plans: batch.map((b) => b.plan), documents, current: current ? { dir: current, paths } : undefined },
          source,
        )
        for (const [index, page] of built.entries()) {
          const sig = batch[index]?.sig ?? ''
          if (write || sink.collects) await place(page, sink)
          results.set(page.path, { page: { sig, types: page.entry.types, sha256: page.entry.sha256, issues: page.issues }, entry: page.entry })
        }
      })
    }
    await runLimited(tasks, Math.max(1, workers.size * 2))

    // Issues in plan order, after the documents' own: the same whatever the workers' timing.
    const pageIssues = plans.flatMap((plan) => (results.get(plan.path)?.page.issues ?? []).map((issue) => ({ ...issue })))
    const issues = applyStrict([...documentIssues, ...pageIssues], strict)
    const ok = !issues.some((issue) => issue.severity === 'error')
    const planByPath = new Map(plans.map((plan) => [plan.path, plan]))
    const manifest = [...results.values()]
      .map(({ entry }) => {
        const plan = planByPath.get(entry.path)
        const stamp = plan ? updatedAt(plan) : undefined
        return stamp === undefined ? entry : { ...entry, updatedAt: stamp }
      })
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const profiles = plans.filter((plan) => plan.kind === 'profile').length
    const counts = { profiles, vacancies: plans.length - profiles, files: plans.length * 2 + 1, reused }
    const pages = new Map([...results].map(([path, r]) => [path, r.page]))
    if (!write || !ok) {
      await sink.abort()
      return { issues, ok, written: false, ...counts, entries, pages, manifest, extraPaths: [], manifestHash: undefined }
    }
    const extra = parts.extraFiles ? await parts.extraFiles(manifest) : []
    for (const file of extra) await sink.put(file.path, file.content)
    const extraPaths = extra.map((file) => file.path)
    // Made once, for the file and for its hash (the version the next export's cache must describe).
    const manifestText = [...manifestChunks(manifest, extraPaths)]
    await sink.put('manifest.json', manifestText)
    await sink.commit()
    const manifestHash = (parts.sha256 ?? sha256Hex)(manifestText.join(''))
    return { issues, ok, written: true, ...counts, files: counts.files + extra.length, entries, pages, manifest, extraPaths, manifestHash }
  } catch (error) {
    await sink.abort()
    throw error
  } finally {
    await source.close()
  }
}

/** A source entry once it has its verdict. */
type CheckedEntry = SourceEntry & { check: NonNullable<SourceEntry['check']> }

const isChecked = (entry: SourceEntry): entry is CheckedEntry => entry.check !== undefined

/** Reads the source and gives every document its own verdict, checking the unknown ones on the workers. */
async function checkAll(source: DocumentSource, parts: RunParts): Promise<CheckedEntry[]> {
  const entries: SourceEntry[] = []
  const pending = new Set<Promise<void>>()
  let failure: unknown
  const limit = Math.max(1, parts.workers.size * 2)
  for await (const batch of source.scan()) {
    // One at a time: a batch can hold every document of a memory source (a spread would pass them all as arguments).
    for (const entry of batch) entries.push(entry)
    const unknown = batch.filter((entry) => entry.check === undefined)
    if (unknown.length === 0) continue
    const task: Promise<void> = parts.workers.check(unknown, source).then(
      (checks) => {
        checks.forEach((check, i) => {
          const entry = unknown[i]
          if (entry) entry.check = check
        })
        pending.delete(task)
      },
      (error: unknown) => {
        failure ??= error
        pending.delete(task)
      },
    )
    pending.add(task)
    if (pending.size >= limit) await Promise.race(pending)
    if (failure !== undefined) break
  }
  await Promise.all(pending)
  if (failure !== undefined) throw failure
  if (!entries.every(isChecked)) throw new Error('Unexpected document without a verdict after checking, expected the workers to answer for every document')
  parts.progress?.(`Read ${entries.length} documents`)
  return entries
}

/** Puts a built page's files into the sink: the ones the current output already holds are kept. */
async function place(page: BuiltPage, sink: RunParts['sink']): Promise<void> {
  for (const path of page.kept ?? []) sink.keep(path)
  for (const file of page.files) await sink.put(file.path, file.content)
}

/** Runs tasks with at most `limit` at once; the first failure is thrown once all have settled. */
async function runLimited(tasks: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0
  let failure: unknown
  const lane = async () => {
    while (next < tasks.length && failure === undefined) {
      const task = tasks[next++]
      try {
        await task?.()
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane))
  if (failure !== undefined) throw failure
}

/**
 * Profiles with their vacancies right after them: a task then holds the documents its pages share.
 * Linear in the plans (a profile with a million vacancies appends to one list, never copies it).
 */
function localityOrder(plans: ReadonlyArray<PagePlan>): PagePlan[] {
  const byProfile = new Map<string, PagePlan[]>()
  for (const plan of plans) {
    if (plan.kind !== 'vacancy') continue
    const list = byProfile.get(plan.profile)
    if (list) list.push(plan)
    else byProfile.set(plan.profile, [plan])
  }
  const ordered: PagePlan[] = []
  const append = (list: ReadonlyArray<PagePlan> | undefined) => {
    for (const plan of list ?? []) ordered.push(plan)
  }
  for (const plan of plans) {
    if (plan.kind !== 'profile') continue
    ordered.push(plan)
    append(byProfile.get(plan.profile))
    byProfile.delete(plan.profile)
  }
  for (const rest of byProfile.values()) append(rest)
  return ordered
}

/** A kept page's manifest entry: its plan gives all but its types and hash (keys in renderPage's order). */
function reusedEntry(plan: PagePlan, page: CachedPage): ManifestEntry {
  return { path: plan.path, html: htmlPath(plan.path), kind: plan.kind, slug: plan.slug, sourceIds: plan.sourceIds, types: page.types, sha256: page.sha256 }
}


function hasErrors(issues: ReadonlyArray<Issue>, strict: boolean): boolean {
  return issues.some((issue) => issue.severity === 'error' || (strict && issue.severity === 'warning'))
}

/** `--strict`: every warning becomes an error. The one place it is applied. */
function applyStrict(issues: Issue[], strict: boolean): Issue[] {
  return strict ? issues.map((issue) => (issue.severity === 'warning' ? { ...issue, severity: 'error' } : issue)) : issues
}
