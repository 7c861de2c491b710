/**
 * The export that writes: streams the source, validates it, and builds and stages one page at a
 * time for the output folder's next version (scripts/io/outputFolder.ts), so that memory stays
 * bounded at hundreds of thousands of documents. With the cache (on by default) it remembers, in
 * the output's cache folder, the content hash of every document and the inputs of every page; the
 * next export re-validates and rebuilds only the pages whose inputs changed and keeps the others'
 * files, which are byte-identical. A cache that is missing, damaged, from other code or options,
 * or from another version of the output is ignored: the export is then a full one.
 */
import { hash } from 'node:crypto'
import { setFlagsFromString } from 'node:v8'
import { once } from 'node:events'
import { closeSync, createWriteStream, openSync, readFileSync, readSync } from 'node:fs'
import { appendFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPage, planPages, type PagePlan } from '../lib/buildPages.ts'
import {
  cacheHeaderLine,
  cachePagesLine,
  documentLogHeaderLine,
  documentLogLine,
  isDocumentLogHeader,
  pageSignature,
  parseCacheHeader,
  parseCachePages,
  parseDocumentLogLine,
  type CacheHeader,
  type CachedPage,
} from '../lib/incrementalCache.ts'
import type { Issue, Position } from '../lib/issue.ts'
import { defaultLimits, type Limits } from '../lib/limits.ts'
import { documentSchemas, isDocumentType, type ContentDocument } from '../lib/model/index.ts'
import { manifestChunks, renderPage, type ManifestEntry } from '../lib/renderFiles.ts'
import { checkAcrossDocuments } from '../lib/validate/checkAcrossDocuments.ts'
import { secretIssues } from '../lib/secrets/findSecret.ts'
import { checkDocument, type DocumentCheck } from '../lib/validate/checkDocument.ts'
import { slimDocument, type SlimDocument } from '../lib/validate/slimDocument.ts'
import { CliError } from './cliError.ts'
import { contentLakeOptions, loadSource, type ContentLakeEnv, type SourceChoice } from './loadSource.ts'
import { emptyNdjsonError, parseNdjsonLine, readNdjsonRawLines } from './readNdjson.ts'
import { SourceError } from './sourceError.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { openOutput, type OutputWriter } from './outputFolder.ts'
import { writeChunks } from './writeChunks.ts'

/** Options of a written export. */
export interface CachedExportOptions {
  now: Date
  baseUrl: string | undefined
  strict: boolean
  /** Read and write the cache beside the output (`--no-cache` turns it off). */
  cache: boolean
  /** Validate and build every page but write nothing, cache included (`--dry-run`). */
  dryRun?: boolean
  /** The output's cache folder (scripts/io/cacheDir.ts): the cache and the staging area of writes. */
  cacheDir: string
  /** Bounds on the inputs (default: defaultLimits). */
  limits?: Limits
  /** The API token: a document that holds it is an error, and no file or cache may hold it. */
  secret?: string | undefined
}

/** What a written export did. */
export interface CachedExportResult {
  /** Every issue: the source's, the documents', the pages'; `--strict` applied. */
  issues: Issue[]
  /** False when an error was found: then nothing was written. */
  ok: boolean
  profiles: number
  vacancies: number
  /** Files in the new version, manifest included. */
  files: number
  /** Pages taken over unchanged from the previous version (not built again). */
  reused: number
}

/** A document of the source: its own verdict, where it is, and how to read it again. */
interface Entry {
  hash: string
  check: DocumentCheck<SlimDocument>
  position: Position | undefined
  fieldPositions: ReadonlyMap<string, Position> | undefined
  /** True when the document holds the secret: its verdict is never cached. */
  holdsSecret: boolean
  /** NDJSON: where the line is in the file; other sources keep the value. */
  offset: number
  length: number
  value: Record<string, unknown> | undefined
}

/** Thrown inside the write when a page has an error: the new version is then thrown away. */
class ContentErrors extends Error {}

/** Carries an error of reading or building (not of writing) out of the write, to be rethrown as it was. */
class NotAWriteError extends Error {
  constructor(readonly original: unknown) {
    super('not a write error')
  }
}

/** Marks a failed file write inside page building. */
class WriteFailure extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original))
  }
}

const LRU_SIZE = 4096

/**
 * V8 lets the heap grow to up to four times what survives a full collection before it collects
 * again; with hundreds of thousands of short-lived page objects that is gigabytes of garbage.
 * Doubling at most keeps the peak near twice the live data (300,000 documents: about 1 GB instead
 * of 1.7 GB) at no measurable cost in time. V8 reads this flag at every collection. An incremental
 * export, which builds few pages, sets it only when it builds one and otherwise keeps V8's own pace.
 */
const HEAP_GROWING_PERCENT = '--heap-growing-percent=100'

/**
 * Validates the source and writes the export into `out` atomically, reusing the previous
 * version's unchanged pages when the cache allows.
 * @param choice the source
 * @param env Content Lake settings
 * @param out the output folder (a link to its current version)
 * @param options clock, base URL, strictness and cache
 * @param progress reports what is being done (a TTY line)
 * @returns the issues and what was written
 */
export async function exportWithCache(
  choice: SourceChoice,
  env: ContentLakeEnv,
  out: string,
  options: CachedExportOptions,
  progress: (line: string) => void = () => undefined,
): Promise<CachedExportResult> {
  const target = resolve(out)
  const cacheFile = join(options.cacheDir, 'cache-pages.ndjson')
  const logFile = join(options.cacheDir, 'cache-documents.ndjson')
  const baseUrl = options.baseUrl ?? null
  const tool = await toolFingerprint()
  const useCache = options.cache && !options.dryRun
  const current = options.dryRun ? undefined : await readCurrentOutput(target)
  const previous = useCache && current ? await readCache(cacheFile, current.manifestHash, tool, baseUrl) : undefined
  // A full export holds the most: cap the heap from the start (an incremental one caps it once it builds pages).
  if (!previous) setFlagsFromString(HEAP_GROWING_PERCENT)
  const log = useCache ? await readDocumentLog(logFile, tool) : undefined
  const source = await readEntries(choice, env, log?.verdicts ?? new Map(), options.limits ?? defaultLimits, options.cacheDir, options.secret)
  progress(`Validating ${source.entries.length} documents`)
  const { documentIssues, plans, hashById } = planExport(source, options.now)
  const pages = new PageRun(plans, previous ?? new Map(), source, hashById, options)
  const profiles = plans.filter((p) => p.kind === 'profile').length
  const result = (issues: Issue[], ok: boolean, reused: number): CachedExportResult => ({
    issues,
    ok,
    profiles,
    vacancies: plans.length - profiles,
    files: plans.length * 2 + 1,
    reused,
  })

  try {
    if (options.dryRun || hasErrors(documentIssues, options.strict)) {
      // Nothing is written, but every page is built and checked, so the report is the full one.
      const issues = [...documentIssues, ...(await pages.build(undefined))]
      return result(strict(issues, options.strict), !hasErrors(issues, options.strict), 0)
    }
    progress(`Writing ${plans.length * 2 + 1} files`)
    const writer = await openOutput(target, options.cacheDir, current?.files ?? new Set(), options.secret)
    let issues: Issue[]
    let manifestHash: string
    try {
      try {
        issues = [...documentIssues, ...(await pages.build(writer))]
      } catch (error) {
        throw error instanceof WriteFailure ? error.original : new NotAWriteError(error)
      }
      if (hasErrors(issues, options.strict)) {
        await writer.abort()
        return result(strict(issues, options.strict), false, 0)
      }
      const manifest = [...manifestChunks(pages.entries())]
      manifestHash = hash('sha256', manifest.join(''), 'base64url')
      await writer.put(MANIFEST, manifest)
      await writer.commit()
    } catch (error) {
      await writer.abort()
      if (error instanceof NotAWriteError) throw error.original
      if (error instanceof CliError) throw error
      throw new CliError('WRITE', `Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}; the previous output is unchanged`)
    }
    if (options.cache) {
      await writeCache(cacheFile, { format: 'jobld-export-cache', tool, baseUrl, version: manifestHash, pages: 0 }, pages.cached())
      await writeDocumentLog(logFile, tool, log, source.entries)
    } else await Promise.all([rm(cacheFile, { force: true }), rm(logFile, { force: true })])
    return result(strict(issues, options.strict), true, pages.reused)
  } finally {
    source.close()
  }
}

/** The output as it is now: the files its manifest lists, and the manifest's hash (the version the cache must describe). */
async function readCurrentOutput(out: string): Promise<{ files: Set<string>; manifestHash: string } | undefined> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(value) || value.generator !== 'jobld' || !Array.isArray(value.pages)) return undefined
  const files = new Set<string>([MANIFEST])
  for (const page of value.pages) {
    if (!isRecord(page) || typeof page.path !== 'string' || typeof page.html !== 'string') return undefined
    files.add(page.path)
    files.add(page.html)
  }
  return { files, manifestHash: hash('sha256', text, 'base64url') }
}

/** Checks across documents and plans the pages; the index it needs for that is not kept. */
function planExport(source: Source, now: Date) {
  const cross = checkAcrossDocuments(source.entries, { now })
  const plans = planPages(cross.byId, cross.profileIds, cross.vacancyIds, cross.expired)
  const hashById = new Map<string, string>()
  for (const entry of source.entries) if (entry.check.kind === 'valid' && cross.byId.has(entry.check.id)) hashById.set(entry.check.id, entry.hash)
  return { documentIssues: [...source.issues, ...cross.issues], plans, hashById }
}

/** Builds, or takes over, every page; keeps what the cache needs. */
class PageRun {
  reused = 0
  private building = false
  private readonly built = new Map<string, { entry: ManifestEntry; cached: CachedPage }>()
  private readonly loaded = new Map<string, ContentDocument>()

  constructor(
    private readonly plans: ReadonlyArray<PagePlan>,
    private readonly previous: ReadonlyMap<string, CachedPage>,
    private readonly source: Source,
    private readonly hashById: ReadonlyMap<string, string>,
    private readonly options: CachedExportOptions,
  ) {}

  /**
   * Builds the pages (or takes them over from `write.previous`), writing them into `write.tmp` when given.
   * @returns the pages' issues, in plan order, before `--strict`
   */
  async build(writer: OutputWriter | undefined): Promise<Issue[]> {
    const queue = new WriteQueue()
    const issuesByPlan = new Map<PagePlan, Issue[]>()
    try {
      for (const plan of localityOrder(this.plans)) {
        const sig = pageSignature(plan, (id) => this.hashById.get(id), this.options.baseUrl, nodeSha256)
        const before = this.previous.get(plan.path)
        const entry = before && before.sig === sig ? reusedEntry(plan, before) : undefined
        // A file someone removed from the output is built again.
        if (before && entry && (!writer || (writer.has(entry.path) && writer.has(entry.html)))) {
          writer?.keep(entry.path)
          writer?.keep(entry.html)
          this.built.set(plan.path, { entry, cached: before })
          issuesByPlan.set(plan, before.issues.map((issue) => ({ ...issue })))
          this.reused += 1
          continue
        }
        // Building pages makes most of the garbage: from here on the heap may only double (see above).
        if (!this.building) setFlagsFromString(HEAP_GROWING_PERCENT)
        this.building = true
        const { page, issues } = buildPage(plan, (id) => this.load(id), this.options)
        const rendered = renderPage(page, nodeSha256)
        // Written while the next page is built: on two cores the writes cost little.
        if (writer) for (const file of rendered.files) await queue.add(() => writer.putIfChanged(file.path, file.content))
        const cached = { sig, types: rendered.entry.types, sha256: rendered.entry.sha256, issues: issues.map((issue) => ({ ...issue })) }
        this.built.set(plan.path, { entry: rendered.entry, cached })
        issuesByPlan.set(plan, issues)
      }
    } finally {
      // Never leave a write running into a folder that is about to be removed.
      await queue.settle()
    }
    await queue.drain()
    return this.plans.flatMap((plan) => issuesByPlan.get(plan) ?? [])
  }

  /** Manifest entries in path order. */
  entries(): ManifestEntry[] {
    return [...this.built.values()].map((b) => b.entry).sort((a, b) => (a.path < b.path ? -1 : 1))
  }

  /** The pages for the next cache, by path. */
  cached(): Map<string, CachedPage> {
    return new Map([...this.built].map(([path, b]) => [path, b.cached]))
  }

  /** The full document of an `_id`, read again from the source (the last few thousand are kept). */
  private load(id: string): ContentDocument | undefined {
    const kept = this.loaded.get(id)
    if (kept) {
      this.loaded.delete(id)
      this.loaded.set(id, kept)
      return kept
    }
    // The bytes are the ones validated in the first pass (the source checks their hash): only the
    // schema's output is needed now, not another round of checks.
    const value = this.source.value(id)
    const type = value._type
    const parsed = typeof type === 'string' && isDocumentType(type) ? documentSchemas[type].safeParse(value) : undefined
    if (!parsed?.success) return undefined
    this.loaded.set(id, parsed.data)
    if (this.loaded.size > LRU_SIZE) for (const key of this.loaded.keys()) {
      this.loaded.delete(key)
      break
    }
    return parsed.data
  }
}

/** A reused page's manifest entry: its plan gives all but its types and hash (keys in renderPage's order). */
function reusedEntry(plan: PagePlan, page: CachedPage): ManifestEntry {
  return {
    path: plan.path,
    html: plan.path.replace(/\.jsonld$/, '.html'),
    kind: plan.kind,
    slug: plan.slug,
    sourceIds: plan.sourceIds,
    types: page.types,
    sha256: page.sha256,
  }
}

/** Writes files with a bounded number in flight; the first failure is thrown by the next add or by drain. */
class WriteQueue {
  private readonly inFlight = new Set<Promise<void>>()
  private failure: WriteFailure | undefined

  async add(write: () => Promise<void>): Promise<void> {
    if (this.inFlight.size >= 32) await Promise.race(this.inFlight)
    if (this.failure) throw this.failure
    const done: Promise<void> = write().then(
      () => {
        this.inFlight.delete(done)
      },
      (error: unknown) => {
        this.failure ??= new WriteFailure(error)
        this.inFlight.delete(done)
      },
    )
    this.inFlight.add(done)
  }

  async settle(): Promise<void> {
    await Promise.all(this.inFlight)
  }

  async drain(): Promise<void> {
    await this.settle()
    if (this.failure) throw this.failure
  }
}

/** Profiles with their vacancies right after them: the documents a profile's pages share stay loaded. */
function localityOrder(plans: ReadonlyArray<PagePlan>): PagePlan[] {
  const byProfile = new Map<string, PagePlan[]>()
  for (const plan of plans) if (plan.kind === 'vacancy') byProfile.set(plan.profile, [...(byProfile.get(plan.profile) ?? []), plan])
  const ordered: PagePlan[] = []
  for (const plan of plans) {
    if (plan.kind !== 'profile') continue
    ordered.push(plan, ...(byProfile.get(plan.profile) ?? []))
    byProfile.delete(plan.profile)
  }
  for (const rest of byProfile.values()) ordered.push(...rest)
  return ordered
}

/** The documents of a source, read once; each can be read again by `_id`. */
interface Source {
  entries: Entry[]
  issues: Issue[]
  value(id: string): Record<string, unknown>
  close(): void
}

async function readEntries(
  choice: SourceChoice,
  env: ContentLakeEnv,
  known: ReadonlyMap<string, DocumentCheck<SlimDocument>>,
  limits: Limits,
  cacheDir: string,
  secret: string | undefined,
): Promise<Source> {
  const entries: Entry[] = []
  const issues: Issue[] = []
  const secretBytes = secret ? Buffer.from(secret) : undefined
  // A document holding the secret is refused before any other check, whose messages could quote it.
  const check = (value: Record<string, unknown>, holdsSecret: boolean): DocumentCheck<SlimDocument> | undefined => {
    if (!holdsSecret || !secret) return slimCheck(checkDocument(value))
    const type = typeof value._type === 'string' ? value._type : ''
    const found = secretIssues(value, secret, { id: typeof value._id === 'string' ? value._id : '(unknown)', type: type || '(unknown)' })
    if (isDocumentType(type) && typeof value._id === 'string') return { kind: 'invalid', id: value._id, type, issues: found }
    issues.push(...found)
    return undefined
  }
  if (choice.kind === 'ndjson' || choice.kind === 'contentLake') {
    // The Content Lake is streamed into a local NDJSON copy first: then both are read, and read
    // again page by page, from a file, and memory does not grow with the dataset.
    const file = choice.kind === 'ndjson' ? choice.file : await spoolContentLake(choice, env, limits, cacheDir)
    const name = choice.kind === 'ndjson' ? file : `sanity://${choice.projectId}/${choice.dataset}`
    for await (const raw of readNdjsonRawLines(file, limits.ndjsonLineBytes)) {
      const hashed = hash('sha256', raw.bytes, 'base64url')
      const holdsSecret = secretBytes !== undefined && raw.bytes.includes(secretBytes)
      let verdict = raw.tooLong || holdsSecret ? undefined : known.get(hashed)
      if (!verdict) {
        const parsed = parseNdjsonLine(raw, name)
        if (parsed.kind === 'issue') {
          issues.push(parsed.issue)
          continue
        }
        verdict = check(parsed.document.value, holdsSecret)
        if (!verdict) continue
      }
      entries.push({ hash: hashed, check: verdict, holdsSecret, position: { file: name, line: raw.line }, fieldPositions: undefined, offset: raw.offset, length: raw.bytes.length, value: undefined })
    }
    if (entries.length === 0 && issues.length === 0) throw emptyNdjsonError(name)
    const fd = openSync(file, 'r')
    // The local copy of the Content Lake must not keep a secret: it goes now, read through the open descriptor.
    if (choice.kind === 'contentLake' && entries.some((e) => e.holdsSecret)) await rm(file, { force: true })
    // Made when the first page is built: an incremental export that builds none never needs it.
    let byId: Map<string, Entry> | undefined
    return {
      entries,
      issues,
      value(id) {
        byId ??= indexById(entries)
        const entry = byId.get(id)
        if (!entry) throw new Error(`Unexpected unknown document "${id}", expected a document of the source`)
        const bytes = Buffer.allocUnsafe(entry.length)
        readSync(fd, bytes, 0, entry.length, entry.offset)
        // The file must still hold what was validated a moment ago.
        if (hash('sha256', bytes, 'base64url') !== entry.hash)
          throw new SourceError('READ', `Unexpected change to "${file}" during the export, expected the file to stay as it was; run the export again`)
        const parsed: unknown = JSON.parse(bytes.toString('utf8'))
        if (!isRecord(parsed)) throw new SourceError('READ', `Unexpected change to "${file}" during the export, expected the file to stay as it was; run the export again`)
        return parsed
      },
      close: () => closeSync(fd),
    }
  }
  const loaded = await loadSource(choice, env, limits)
  for (const { value, position, fieldPositions } of loaded.documents) {
    const text = JSON.stringify(value)
    const hashed = hash('sha256', text, 'base64url')
    const holdsSecret = secret !== undefined && secret !== '' && text.includes(secret)
    const verdict = (holdsSecret ? undefined : known.get(hashed)) ?? check(value, holdsSecret)
    if (verdict) entries.push({ hash: hashed, check: verdict, holdsSecret, position, fieldPositions, offset: 0, length: 0, value })
  }
  const byId = indexById(entries)
  return {
    entries,
    issues: loaded.issues,
    value(id) {
      const value = byId.get(id)?.value
      if (!value) throw new Error(`Unexpected unknown document "${id}", expected a document of the source`)
      return value
    },
    close: () => undefined,
  }
}

/**
 * Streams the chosen dataset into `<cacheDir>/content-lake.ndjson` (written beside and renamed
 * into place when whole), one document per line as the API sent it.
 * @returns the file
 */
async function spoolContentLake(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits, cacheDir: string): Promise<string> {
  const file = join(cacheDir, 'content-lake.ndjson')
  const tmp = `${file}.tmp-${process.pid}`
  await mkdir(cacheDir, { recursive: true })
  const { streamContentLake } = await import('./contentLake.ts')
  const out = createWriteStream(tmp)
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  try {
    await Promise.race([
      failed,
      streamContentLake(contentLakeOptions(choice, env, limits), async (_value, line) => {
        if (!out.write(line) || !out.write('\n')) await once(out, 'drain')
      }),
    ])
    out.end()
    await once(out, 'finish')
    await rename(tmp, file)
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  return file
}

/** The entry of each valid document (a duplicate id is never valid, so one entry is enough). */
function indexById(entries: ReadonlyArray<Entry>): Map<string, Entry> {
  const byId = new Map<string, Entry>()
  for (const entry of entries) if (entry.check.kind === 'valid') byId.set(entry.check.id, entry)
  return byId
}

function slimCheck(check: DocumentCheck): DocumentCheck<SlimDocument> {
  return check.kind === 'valid' ? { ...check, doc: slimDocument(check.doc) } : check
}

function hasErrors(issues: ReadonlyArray<Issue>, strictMode: boolean): boolean {
  return issues.some((i) => i.severity === 'error' || (strictMode && i.severity === 'warning'))
}

function strict(issues: Issue[], strictMode: boolean): Issue[] {
  if (strictMode) for (const issue of issues) if (issue.severity === 'warning') issue.severity = 'error'
  return issues
}

/**
 * Reads the pages of the previous export from the cache, when it describes the output as it is
 * now (its header holds the hash of the manifest it wrote); anything else means a full export.
 */
async function readCache(cacheFile: string, manifestHash: string, tool: string, baseUrl: string | null): Promise<Map<string, CachedPage> | undefined> {
  const pages = new Map<string, CachedPage>()
  let header: CacheHeader | undefined
  try {
    for await (const { bytes } of readNdjsonRawLines(cacheFile)) {
      const line = bytes.toString('utf8')
      if (!header) {
        header = parseCacheHeader(line, { tool, baseUrl })
        if (!header || header.version !== manifestHash) return undefined
        continue
      }
      const batch = parseCachePages(line)
      if (!batch) return undefined
      for (const [path, page] of batch) pages.set(path, page)
    }
  } catch {
    return undefined
  }
  // A cache cut short is as good as none.
  if (!header || pages.size !== header.pages) return undefined
  return pages
}

const BATCH = 1000

async function writeCache(cacheFile: string, header: CacheHeader, pages: ReadonlyMap<string, CachedPage>): Promise<void> {
  const tmp = `${cacheFile}.tmp-${process.pid}`
  function* lines() {
    yield cacheHeaderLine({ ...header, pages: pages.size })
    yield* batches([...pages], cachePagesLine)
  }
  try {
    await mkdir(join(cacheFile, '..'), { recursive: true })
    await writeChunks(tmp, lines())
    await rename(tmp, cacheFile)
  } catch {
    // The output is written; without a cache the next export is a full one.
    await rm(tmp, { force: true })
    await rm(cacheFile, { force: true })
  }
}

/** The document verdict log: verdicts by content hash, how many it holds, and whether a line was damaged. */
interface DocumentLog {
  verdicts: Map<string, DocumentCheck<SlimDocument>>
  damaged: boolean
}

/**
 * Reads the verdicts of documents seen before. They depend on a document's content and the code
 * only, not on the output, so the log is only appended to; it is rewritten when it holds twice
 * as many verdicts as the source has documents, or when a line is damaged (a run killed while appending).
 */
async function readDocumentLog(logFile: string, tool: string): Promise<DocumentLog | undefined> {
  const verdicts = new Map<string, DocumentCheck<SlimDocument>>()
  let damaged = false
  let first = true
  try {
    for await (const { bytes } of readNdjsonRawLines(logFile)) {
      const line = bytes.toString('utf8')
      if (first) {
        if (!isDocumentLogHeader(line, tool)) return undefined
        first = false
        continue
      }
      const batch = parseDocumentLogLine(line)
      if (!batch) damaged = true
      else for (const [hashed, check] of batch) verdicts.set(hashed, check)
    }
  } catch {
    return undefined
  }
  return first ? undefined : { verdicts, damaged }
}

async function writeDocumentLog(logFile: string, tool: string, log: DocumentLog | undefined, entries: ReadonlyArray<Entry>): Promise<void> {
  const current = new Map<string, DocumentCheck<SlimDocument>>()
  for (const { hash: hashed, check, holdsSecret } of entries) if (!holdsSecret) current.set(hashed, check)
  const added = log ? [...current].filter(([hashed]) => !log.verdicts.has(hashed)) : []
  try {
    if (log && !log.damaged && log.verdicts.size + added.length <= 2 * current.size + BATCH) {
      if (added.length) await appendFile(logFile, [...batches(added, documentLogLine)].join(''))
      return
    }
    const tmp = `${logFile}.tmp-${process.pid}`
    await writeChunks(tmp, [documentLogHeaderLine(tool), ...batches([...current], documentLogLine)])
    await rename(tmp, logFile)
  } catch {
    await rm(logFile, { force: true })
  }
}

function* batches<T>(items: ReadonlyArray<T>, line: (batch: ReadonlyArray<T>) => string): Generator<string, void, undefined> {
  for (let i = 0; i < items.length; i += BATCH) yield line(items.slice(i, i + BATCH))
}

let fingerprint: Promise<string> | undefined

/**
 * A hash of the code that decides the output (scripts/lib, this reader, the package manifest),
 * as source or compiled, whichever runs: other code, other cache.
 */
function toolFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const scripts = fileURLToPath(new URL('../', import.meta.url))
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
    const files = (await readdir(join(scripts, 'lib'), { recursive: true }))
      .filter((f) => f.endsWith(ext) || f.endsWith('.json'))
      .map((f) => join(scripts, 'lib', f))
      .sort()
    files.push(join(scripts, 'io', `exportCache${ext}`), join(scripts, 'io', `readNdjson${ext}`))
    const parts: string[] = []
    for (const file of files) parts.push(relative(scripts, file), hash('sha256', readFileSync(file), 'base64url'))
    for (const manifest of ['../package.json', '../../package.json']) {
      const text = await readFile(join(scripts, manifest)).catch(() => undefined)
      if (text) {
        parts.push(hash('sha256', text, 'base64url'))
        break
      }
    }
    return hash('sha256', parts.join('\n'), 'base64url')
  })()
  return fingerprint
}

/** Node's native SHA-256, for the pages and their signatures: about six times the speed of the library's own. */
function nodeSha256(text: string): string {
  return hash('sha256', text, 'hex')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
