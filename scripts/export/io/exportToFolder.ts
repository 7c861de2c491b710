/**
 * `jobld export`'s driver of the export pipeline (scripts/export/lib/engine/runPipeline.ts): the
 * source's loader writes into the content store in the output's cache folder (LMDB), worker
 * threads check documents and build pages where the source is large, and pages are staged for the
 * output folder's next version (outputFolder.ts). The store keeps what the next export needs to
 * read, check and build only what changed.
 */
import { hash, randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discardSink } from '../lib/engine/discardSink.ts'
import { inlineWorkers } from '../lib/engine/inlineWorkers.ts'
import { threadsWhenMany } from '../lib/engine/threadsWhenMany.ts'
import { memoryLoader } from '../lib/engine/memoryLoader.ts'
import { runPipeline } from '../lib/engine/runPipeline.ts'
import { storeKey } from '../lib/engine/storeKey.ts'
import { storeTrusted } from '../lib/engine/storeTrusted.ts'
import type { Loader, OutputState, PageOutcome, RunParts, Workers } from '../lib/engine/types.ts'
import type { Issue } from '../../core/issue.ts'
import type { Unlisted } from '../../core/formatReport.ts'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { CliError } from '../../cli/cliError.ts'
import { contentLakeLoader, prefetchIdCount } from './loaders/contentLakeLoader.ts'
import { fileReader } from './engine/fileReader.ts'
import { folderSink } from './engine/folderSink.ts'
import { nodeSha256 } from './engine/nodeSha256.ts'
import { defaultThreads, threadWorkers, type ScanningWorkers } from './engine/threadWorkers.ts'
import { rememberedToolFingerprint, toolFingerprint } from './engine/toolFingerprint.ts'
import { ndjsonLoader } from './loaders/ndjsonLoader.ts'
import { contentLakeOptions, loadSource, type ContentLakeEnv, type SourceChoice } from '../../sources/loadSource.ts'
import { loadSanityClient } from '../../sources/loadSanityClient.ts'
import { readNdjson } from '../../sources/readNdjson.ts'
import { stackedView } from '../../core/releases/stackedView.ts'
import { expandFieldLanguages } from '../../core/translations/expandFieldLanguages.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { openCacheSession, openOutput, readCurrent, trustedCurrent, type CacheSession, type CurrentOutput } from './outputFolder.ts'
import { describeFsError, errorCode, errorPath } from './describeFsError.ts'
import { manifestStamp } from './manifestStamp.ts'
import type { ContentStore } from '../lib/store/contentStore.ts'
import { indexedPages } from './manifestIndex.ts'
import { spliceManifest } from './spliceManifest.ts'
import { openLmdbStore } from './store/lmdbStore.ts'
import { keyedDigest } from './trust/cacheMac.ts'
import { StoreDoubt } from '../lib/store/storeDoubt.ts'
import type { Mac } from '../lib/trust/sealedLine.ts'
import { SourceError } from '../../sources/sourceError.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import { renamesTypes } from '../../core/typeNamesSource.ts'
import { sanityProjectOf } from '../../core/sanityProject.ts'
import { normaliseTypes } from '../../core/model/documentTypes.ts'
import { euPayTransparency } from '../../core/rules/lib/payTransparencyDates.ts'
import { payTransparencyKey } from '../../core/config/payTransparencyKey.ts'

/**
 * Options of a written export: the configuration's (scripts/core/config/resolveConfig.ts; `cache`
 * keeps the content store between exports, `workers` the threads), the output's cache folder, and
 * the files made from the new version's manifest.
 */
export type FolderExportOptions = Pick<Config, 'now' | 'baseUrl' | 'strict' | 'cache'> &
  Partial<Pick<Config, 'projectId' | 'dataset' | 'dryRun' | 'limits' | 'secret' | 'types' | 'workers' | 'payTransparency' | 'release' | 'fieldLanguages'>> & {
    /** The output's cache folder (scripts/export/io/cacheDir.ts): the content store and the staging area of writes. */
    cacheDir: string
    /** Files made from the manifest of the new version (the sitemaps). */
    extraFiles?: RunParts['extraFiles']
    /** Whether the documents' issues are wanted only when the export refuses (RunParts' `report`). */
    report?: RunParts['report']
  }

/** What a written export did. */
export interface FolderExportResult {
  /** Every issue: the source's, the documents', the pages'; `--strict` applied. */
  issues: Issue[]
  /** False when an error was found: then nothing was written. */
  ok: boolean
  profiles: number
  vacancies: number
  /** Files in the new version, manifest included. */
  files: number
  /** Pages kept from the previous version without building them. */
  reused: number
  /** Pages built. */
  built: number
  /** Whether everything was read, checked and planned again (no store to trust). */
  full: boolean
  /** Documents whose entries changed, and documents checked across documents. */
  changed: number
  checked: number
  /** The pages the export looked at (none listed for a full export). */
  pages: PageOutcome[]
  /** With a bounded report read in part: `issues` is its listed part, and this what it left out (RunResult). */
  unlisted?: Unlisted | undefined
}

/**
 * Tasks (a batch of documents to check, or of pages to build) run in this thread before the threads
 * start: a Content Lake delta after one edit at 299,996 documents checks one batch and builds one
 * task of pages, and its two threads spent about 1.2 s of CPU loading their modules for that.
 */
const INLINE_TASKS = 4
/** Below this size a source is checked and built in this thread: starting threads would cost more. */
const THREADS_FROM_BYTES = 4 * 1024 * 1024
/** The tool fingerprint's memo in the cache folder (rememberedToolFingerprint), kept with the store: --no-cache leaves neither. */
const TOOL_MEMO = 'tool-fingerprint.json'
/**
 * From this size a source's new store has small pages (lmdbStore.ts): its store outgrows what the
 * store's mapped chunks hold at once (about 512 MB of 4 KB pages; the 600 MB NDJSON file of
 * 300,000 generated documents makes a 1 GB store). The Content Lake's size is not known: it counts as large.
 */
const SMALL_PAGES_FROM_BYTES = 256 * 1024 * 1024

/**
 * Validates the source and writes the export into `out` (a plain folder, replaced whole or not at
 * all), reading, checking and building only what changed when the content store allows.
 * @param choice the source
 * @param env Content Lake settings
 * @param out the output folder, checked by checkOutputPath
 * @param options the configuration, the output's cache folder, the sitemaps
 * @param progress reports what is being done (a TTY line)
 * @returns the issues and what was written
 */
export async function exportToFolder(
  choice: SourceChoice,
  env: ContentLakeEnv,
  out: string,
  options: FolderExportOptions,
  progress: (line: string) => void = () => undefined,
): Promise<FolderExportResult> {
  const limits = options.limits ?? defaultLimits
  // Images are published from the project the documents come from: the Content Lake's own, else the configuration's.
  const { projectId, dataset } = choice.kind === 'contentLake' ? choice : options
  const withProject = { ...options, projectId, dataset }
  // A release's view, or the versions per language of field-level translations, is read whole
  // first: its size, not the Content Lake's unknown one, decides on threads.
  if (options.release !== undefined || options.fieldLanguages !== undefined) {
    const whole = await openWhole(choice, env, limits, withProject)
    return exportWithLoader(async () => whole.loader, whole.size, out, withProject, progress)
  }
  const size = await sourceSize(choice)
  return exportWithLoader((storeDir, pool, store) => openLoader(choice, env, limits, withProject, storeDir, pool, store), size, out, withProject, progress)
}

/**
 * The export of any loader into `out`: the driver's parts (the store in the output's cache folder,
 * threads for a large source, the output folder) around runPipeline. Used by exportToFolder and by
 * the webhook's updateOutput.
 * @param open the loader, given the store's folder and the thread pool (if any)
 * @param size the source's size in bytes, to decide on threads
 * @param out the output folder
 * @param options the export's options
 * @param progress reports what is being done
 * @param touched `_id`s whose pages are reported even when unchanged (a webhook's documents)
 * @returns what the export did
 */
export async function exportWithLoader(
  open: (storeDir: string, pool: ScanningWorkers | undefined, store: ContentStore) => Promise<Loader>,
  size: number,
  out: string,
  options: FolderExportOptions,
  progress: (line: string) => void = () => undefined,
  touched?: ReadonlyArray<string>,
): Promise<FolderExportResult> {
  // Every write happens under the output's lock, after killed runs' writes are finished; a dry run
  // writes nothing there (its store is a temporary one).
  const session = options.dryRun ? undefined : await openCacheSession(out, options.cacheDir)
  try {
    return await exportLocked(open, size, out, options, progress, touched, session)
  } finally {
    await session?.release()
  }
}

async function exportLocked(
  open: (storeDir: string, pool: ScanningWorkers | undefined, store: ContentStore) => Promise<Loader>,
  size: number,
  out: string,
  options: FolderExportOptions,
  progress: (line: string) => void,
  touched: ReadonlyArray<string> | undefined,
  session: CacheSession | undefined,
): Promise<FolderExportResult> {
  const keep = options.cache && !options.dryRun
  const storeDir = keep ? join(options.cacheDir, 'store') : await mkdtemp(join(tmpdir(), 'jobld-store-'))
  const toolMemo = session ? join(session.cacheDir, TOOL_MEMO) : undefined
  // Image URLs name the Sanity project: pages and checks of another project are not this store's.
  const project = sanityProjectOf(options)
  // Pay transparency's dates decide vacancies' verdicts: stored verdicts under other dates are not this store's.
  const key = [
    keep && toolMemo && session ? await rememberedToolFingerprint(toolMemo, session.mac) : toolFingerprint(),
    options.baseUrl ?? '',
    renamesTypes(options.types) ? JSON.stringify(options.types) : '',
    project ? `${project.projectId}/${project.dataset}` : '',
    payTransparencyKey(options.payTransparency ?? euPayTransparency),
  ].join('\u0000')
  // --no-cache leaves no cache behind, the memo neither.
  if (!keep && toolMemo) await rm(toolMemo, { force: true })
  // A file added to or removed from the output since the last run changes its folders' times; the
  // manifest's own stamp says whether it is the file whose hash the store recorded.
  const stampsAtStart = folderStamps(out)
  // The manifest's bytes (read with its schema unless the store vouches for them, below), read on
  // libuv's pool while the store and the source's loader open: a Content Lake loader loads its client
  // and asks for the count meanwhile. Its stamp holds for these bytes when it is the same after they
  // were read as before.
  const manifestFile = join(out, MANIFEST)
  const stampAtStart = stampsAtStart.find(([path]) => path === manifestFile)?.[1]
  const manifestRead = options.dryRun
    ? Promise.resolve(undefined)
    : readWhole(manifestFile).then((bytes) => ({ bytes, stamp: bytes !== undefined && stampAtStart && manifestStamp(manifestFile) === stampAtStart ? stampAtStart : undefined }))
  const threads = options.workers ?? (size >= THREADS_FROM_BYTES ? defaultThreads() : 0)
  const pool = threads > 0 ? threadWorkers({ threads, baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset, secret: options.secret, types: options.types }) : undefined
  const reader = fileReader({ types: options.types })
  const inline = inlineWorkers({ baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset, sha256: nodeSha256, reader })
  const workers: Workers = pool ? threadsWhenMany(pool, inline, INLINE_TASKS) : inline
  let removeStore = !keep
  let store: Awaited<ReturnType<typeof openLmdbStore>> | undefined
  try {
    store = await openLmdbStore(storeDir, session?.mac ?? onceMac(), { smallPages: size >= SMALL_PAGES_FROM_BYTES })
    const opened = store
    let current: CurrentOutput | undefined
    const output: OutputState = {
      manifestHash: undefined,
      // The commit checks again, under the lock, that the manifest is still the one read here.
      updateManifest: async (changes, files) => (current?.index ? spliceManifest(current.index, changes, files) : undefined),
      current: () => (current?.index ? { pages: indexedPages(current.index), files: current.index.files } : undefined),
      // Compared with the stamps from before this run staged anything (its probe rename changes the folder's time).
      changedSince: (stamps) => JSON.stringify(stampsAtStart) !== JSON.stringify(stamps),
      stamps: async () => folderStamps(out),
    }
    const attempt = async () => {
      const loader = await open(storeDir, pool, opened)
      let writer: Awaited<ReturnType<typeof openOutput>> | undefined
      try {
        const manifest = await manifestRead
        const manifestBytes = manifest?.bytes
        const readStamp = manifest?.stamp
        // The manifest's hash: the one the store recorded with its stamp when the file has that stamp
        // still (no write leaves inode, size and times as they were), else computed from its bytes.
        const manifestHash = manifestBytes === undefined ? undefined : (recordedHash(opened, manifestFile, readStamp) ?? nodeSha256Bytes(manifestBytes))
        output.manifestHash = manifestHash
        const trusted = storeTrusted(opened, storeKey(key, loader), manifestHash)
        // Issue 19: the manifest is input, read with its schema, unless these are the very bytes jobld
        // wrote last (their hash is the one the trusted store, sealed with the cache folder's key, recorded).
        current =
          manifestBytes === undefined || manifestHash === undefined
            ? undefined
            : ((trusted ? trustedCurrent(manifestBytes, manifestHash, readStamp) : undefined) ?? readCurrent(manifestBytes.toString('utf8'), out, manifestHash, readStamp))
        // A store that describes the output knows its files: it names the pages it drops, and the rest stay.
        writer = session ? await openOutput(session, current, options.secret, trusted) : undefined
      } catch (error) {
        await loader.close()
        throw error
      }
      // The pipeline closes the loader, and throws the staged files away when it fails.
      const result = await runPipeline(
        loader,
        { store: opened, workers, sink: writer ? folderSink(writer) : discardSink(), key, output, sha256: nodeSha256, progress, extraFiles: options.extraFiles, touched, report: options.report },
        { now: options.now, baseUrl: options.baseUrl, projectId: options.projectId, dataset: options.dataset, strict: options.strict, dryRun: options.dryRun, payTransparency: options.payTransparency },
      )
      return { result, holdsSecret: loader.holdsSecret }
    }
    let run: Awaited<ReturnType<typeof attempt>>
    try {
      run = await attempt()
    } catch (error) {
      const doubt = storeDoubt(error, storeDir)
      if (doubt === undefined) throw error
      // Any doubt about the store means a full export, and the progress line says why.
      progress(`Not using the cache: ${doubt}; building everything`)
      opened.transaction(() => opened.clear())
      run = await attempt()
    }
    const { result } = run
    // Nothing of a run that read the API token may stay: the store holds documents' verdicts and, for some sources, their bytes.
    if (run.holdsSecret) removeStore = true
    // --no-cache: a full export, and no store afterwards.
    if (!options.cache && result.written) await rm(join(options.cacheDir, 'store'), { recursive: true, force: true })
    return {
      issues: result.issues,
      ok: result.ok,
      profiles: result.profiles,
      vacancies: result.vacancies,
      files: result.files,
      reused: result.reused,
      built: result.built,
      full: result.full,
      changed: result.changed,
      checked: result.checked,
      pages: result.pages,
      ...(result.unlisted ? { unlisted: result.unlisted } : {}),
    }
  } catch (error) {
    throw writeFailure(error, out, options.cacheDir)
  } finally {
    await workers.close()
    reader.close()
    await store?.close()
    if (removeStore) await rm(storeDir, { recursive: true, force: true })
  }
}

/** Why the store was doubted, when `error` is a doubt about it (here, or from a worker thread, where only the message crosses). */
function storeDoubt(error: unknown, storeDir: string): string | undefined {
  if (error instanceof StoreDoubt) return error.message
  return error instanceof Error && error.message.includes(storeDir) && /\(edited\?\)$/.test(error.message) ? error.message : undefined
}

/** A keyed digest for a store that lives for one run (a dry run's): its key is never written. */
function onceMac(): Mac {
  return keyedDigest(randomBytes(32).toString('hex'))
}

/**
 * The error to show for a failure before the commit: nothing was written, and the message says
 * where the write failed (the output, or the cache folder on its own disk).
 */
function writeFailure(error: unknown, out: string, cacheDir: string): unknown {
  if (error instanceof CliError || error instanceof SourceError) return error
  // Only a file system error is a failure to write: anything else (a stack overflow, a bug) keeps
  // its own name and stack, so the real cause is reported.
  const code = errorCode(error)
  if (code === undefined || code.startsWith('ERR_')) return error
  const path = errorPath(error)
  const where = path !== undefined && (path === cacheDir || path.startsWith(`${cacheDir}/`)) ? `the cache folder ${cacheDir}` : out
  return new CliError('WRITE', `Cannot write ${where}: ${describeFsError(error)}. Nothing was written; ${out} is as it was.`, { cause: error })
}

/** The loader of a choice: NDJSON from its file; the Content Lake, Markdown and archives into the store. */
async function openLoader(
  choice: SourceChoice,
  env: ContentLakeEnv,
  limits: Limits,
  options: FolderExportOptions,
  storeDir: string,
  pool: ScanningWorkers | undefined,
  store: ContentStore,
): Promise<Loader> {
  const types = renamesTypes(options.types) ? options.types : undefined
  if (choice.kind === 'ndjson')
    return ndjsonLoader(choice.file, {
      name: choice.file,
      maxLineBytes: limits.ndjsonLineBytes,
      secret: options.secret,
      types,
      scan: pool ? (range) => pool.scan(range) : undefined,
      lanes: pool ? pool.size * 2 : 1,
    })
  // A store that read this or another dataset before: the dataset's count is asked for now, and
  // answered while the output's manifest is read (a delta compares it with the store's).
  if (choice.kind === 'contentLake') return contentLakeLoader(choice, { env, limits, storeDir, secret: options.secret, types, count: prefetchIdCount(choice, env, limits, store) })
  // Loaded when asked for: the Markdown reader is about a third of the code a webhook's update would otherwise load.
  if (choice.kind === 'markdown') {
    const { markdownLoader } = await import('./loaders/markdownLoader.ts')
    return markdownLoader(choice.paths, { limits, storeDir, secret: options.secret, types })
  }
  const { tarGzLoader } = await import('./loaders/tarGzLoader.ts')
  return tarGzLoader(choice.file, { limits, storeDir, secret: options.secret, types })
}

/**
 * The loader of a source read whole into memory, and its size in bytes (the documents' JSON, or
 * the file's), to decide on threads: a release's view (the Content Lake's perspective of the
 * release's stack, or an export with versions (.ndjson, .tar.gz) seen through the same stack by
 * stackedView), and the versions per language of documents with field-level translations
 * (expandFieldLanguages reads across documents: who refers to a document with versions).
 */
export async function openWhole(choice: SourceChoice, env: ContentLakeEnv, limits: Limits, options: FolderExportOptions): Promise<{ loader: Loader; size: number }> {
  const { release: given, fieldLanguages } = options
  const types = renamesTypes(options.types) ? options.types : undefined
  const named = (documents: RawDocument[]) => (types ? documents.map((doc) => ({ ...doc, value: normaliseTypes(doc.value, types) })) : documents)
  const languagesKey = fieldLanguages ? `#fields=${fieldLanguages.join(',')}` : ''
  const whole = (documents: RawDocument[], issues: Issue[], kind: Loader['kind'], identity: string) => {
    const versions = fieldLanguages ? expandFieldLanguages(named(documents), fieldLanguages) : { documents: named(documents), issues: [] }
    return memoryLoader(versions.documents, { issues: [...issues, ...versions.issues], secret: options.secret, hash: nodeSha256, kind, identity: `${identity}${languagesKey}` })
  }
  const jsonSize = (documents: ReadonlyArray<RawDocument>) => documents.reduce((bytes, doc) => bytes + JSON.stringify(doc.value).length, 0)
  if (given === undefined) {
    if (choice.kind === 'contentLake') {
      await loadSanityClient()
      const { readContentLake } = await import('../../sources/contentLake.ts')
      const read = await readContentLake(contentLakeOptions(choice, env, limits))
      return { loader: whole(read.documents, read.issues, 'contentLake', `${choice.projectId}/${choice.dataset}`), size: jsonSize(read.documents) }
    }
    const loaded = choice.kind === 'ndjson' ? await readNdjson(choice.file, limits.ndjsonLineBytes) : await loadSource(choice, limits)
    return { loader: whole(loaded.documents, loaded.issues, choice.kind, choice.kind === 'markdown' ? choice.paths.join('\u0000') : choice.file), size: await sourceSize(choice) }
  }
  if (choice.kind === 'markdown')
    throw new CliError('USAGE', `Unexpected --release ${given.join(',')} with Markdown content, expected the Content Lake (SANITY_PROJECT_ID) or an export with versions (--from <.ndjson or .tar.gz>)`)
  if (choice.kind === 'contentLake') {
    await loadSanityClient()
    const { readContentLakeRelease } = await import('../../sources/contentLake.ts')
    const read = await readContentLakeRelease({ ...contentLakeOptions(choice, env, limits), releases: given })
    return { loader: whole(read.documents, read.notices, 'contentLake', `${choice.projectId}/${choice.dataset}@${read.stack.releases.join(',')}`), size: jsonSize(read.documents) }
  }
  const loaded = choice.kind === 'ndjson' ? await readNdjson(choice.file, limits.ndjsonLineBytes) : await loadSource(choice, limits)
  const { stack, view, notices } = stackedView(
    loaded.documents.map((doc) => doc.value),
    given,
  )
  // Each release named must hold versions; one stacked under it by its schedule may be empty.
  const empty = given.find((release) => !view.versions[release])
  if (empty !== undefined)
    throw new SourceError('EMPTY', `Unexpected release "${empty}" without versions in "${choice.file}", expected the id of a release that has not shipped (the <id> in versions.<id>.…) and an export that holds versions`)
  // Each document keeps the line of the document it came from: the version's, or the published one's.
  const positions = new Map(loaded.documents.map((doc) => [doc.value._id, doc.position]))
  const documents: RawDocument[] = view.documents.map((value) => ({ value, position: positions.get(value._originalId ?? value._id) }))
  return { loader: whole(documents, [...loaded.issues, ...notices], choice.kind, `${choice.file}@${stack.releases.join(',')}`), size: await sourceSize(choice) }
}

/** The size of a file source's documents, to decide on worker threads and the store's pages: an archive's as packed times ARCHIVE_EXPANSION. */
export async function sourceSize(choice: SourceChoice): Promise<number> {
  if (choice.kind === 'markdown') return 0
  if (choice.kind === 'contentLake') return Number.POSITIVE_INFINITY
  const bytes = (await stat(choice.file).catch(() => undefined))?.size ?? 0
  return choice.kind === 'tarGz' ? bytes * ARCHIVE_EXPANSION : bytes
}

/**
 * How many times its size an archive's documents are, at the least: gzip packs NDJSON five to ten
 * times (the bench's generated documents about 7 times). Sized as packed, the bench's archive of
 * 299,996 documents got a store of 4 KB pages, and its export peaked at 1,339 MB where the same
 * documents' NDJSON file, with 2 KB pages, peaked at 1,088 MB.
 */
const ARCHIVE_EXPANSION = 5

/**
 * A file's bytes, or undefined when it cannot be read. Read in one call where the kernel allows
 * (fs/promises' readFile reads 512 KB a turn of the event loop, so a busy main thread, loading
 * modules, holds up each next piece of the 71 MB manifest); a few lines of our own, as no library
 * reads a file that way.
 */
async function readWhole(file: string): Promise<Buffer | undefined> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const { size } = await handle.stat()
    const bytes = Buffer.allocUnsafeSlow(size)
    let at = 0
    for (let read = -1; at < size && read !== 0; at += read) read = (await handle.read(bytes, at, size - at, at)).bytesRead
    return bytes.subarray(0, at)
  } catch {
    return undefined
  } finally {
    await handle.close().catch(() => undefined)
  }
}

function nodeSha256Bytes(bytes: Buffer): string {
  return hash('sha256', bytes, 'hex')
}

/** The time stamps of the output's folders (a file added or removed in one changes them) and of its manifest. */
function folderStamps(out: string): Array<[string, string]> {
  const stamps: Array<[string, string]> = []
  for (const dir of [out, join(out, 'vacatures')]) {
    try {
      const info = statSync(dir, { bigint: true })
      stamps.push([dir, `${info.ino}:${info.mtimeNs}:${info.ctimeNs}`])
    } catch {
      stamps.push([dir, ''])
    }
  }
  stamps.push([join(out, MANIFEST), manifestStamp(join(out, MANIFEST)) ?? ''])
  return stamps
}

/** The manifest's hash as the store recorded it with the stamps of its last commit, when the manifest's stamp is that one. */
function recordedHash(store: ContentStore, manifest: string, stamp: string | undefined): string | undefined {
  if (!stamp) return undefined
  const stamps = store.meta.get('stamps')
  const hash = store.meta.get('manifestHash')
  if (typeof hash !== 'string' || !Array.isArray(stamps)) return undefined
  return stamps.some((pair) => Array.isArray(pair) && pair[0] === manifest && pair[1] === stamp) ? hash : undefined
}
