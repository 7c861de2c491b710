/**
 * `jobld export`'s driver of the export pipeline (scripts/export/lib/engine/runPipeline.ts): the
 * source's loader writes into the content store in the output's cache folder (LMDB), worker
 * threads check documents and build pages where the source is large, and pages are staged for the
 * output folder's next version (outputFolder.ts). The store keeps what the next export needs to
 * read, check and build only what changed.
 */
import { hash } from 'node:crypto'
import { statSync } from 'node:fs'
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { discardSink } from '../lib/engine/discardSink.ts'
import { inlineWorkers } from '../lib/engine/inlineWorkers.ts'
import { memoryLoader } from '../lib/engine/memoryLoader.ts'
import { runPipeline } from '../lib/engine/runPipeline.ts'
import { storeKey } from '../lib/engine/storeKey.ts'
import { storeTrusted } from '../lib/engine/storeTrusted.ts'
import type { Loader, OutputState, PageOutcome, Workers } from '../lib/engine/types.ts'
import type { Issue } from '../../core/issue.ts'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import type { ManifestEntry, OutputFile } from '../lib/renderFiles.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { CliError } from '../../cli/cliError.ts'
import { contentLakeLoader } from './loaders/contentLakeLoader.ts'
import { markdownLoader } from './loaders/markdownLoader.ts'
import { fileReader } from './engine/fileReader.ts'
import { folderSink } from './engine/folderSink.ts'
import { nodeSha256 } from './engine/nodeSha256.ts'
import { defaultThreads, threadWorkers, type ScanningWorkers } from './engine/threadWorkers.ts'
import { toolFingerprint } from './engine/toolFingerprint.ts'
import { ndjsonLoader } from './loaders/ndjsonLoader.ts'
import { loadSource, type ContentLakeEnv, type SourceChoice } from '../../sources/loadSource.ts'
import { openOutput } from './outputFolder.ts'
import { spliceManifest } from './spliceManifest.ts'
import { openLmdbStore } from './store/lmdbStore.ts'
import { SourceError } from '../../sources/sourceError.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import { renamesTypes } from '../../core/typeNamesSource.ts'
import { normaliseTypes } from '../../core/model/documentTypes.ts'

/**
 * Options of a written export: the configuration's (scripts/core/config/resolveConfig.ts; `cache`
 * keeps the content store between exports, `workers` the threads), the output's cache folder, and
 * the files made from the new version's manifest.
 */
export type FolderExportOptions = Pick<Config, 'now' | 'baseUrl' | 'strict' | 'cache'> &
  Partial<Pick<Config, 'dryRun' | 'limits' | 'secret' | 'types' | 'workers'>> & {
    /** The output's cache folder (scripts/export/io/cacheDir.ts): the content store and the staging area of writes. */
    cacheDir: string
    /** Files made from the manifest of the new version (the sitemaps). */
    extraFiles?: ((pages: ReadonlyArray<ManifestEntry>) => Promise<OutputFile[]>) | undefined
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
}

/** Below this size a source is checked and built in this thread: starting threads would cost more. */
const THREADS_FROM_BYTES = 4 * 1024 * 1024

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
  const size = await sourceSize(choice)
  return exportWithLoader((store, pool) => openLoader(choice, env, limits, options, store, pool), size, out, options, progress)
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
  open: (storeDir: string, pool: ScanningWorkers | undefined) => Promise<Loader>,
  size: number,
  out: string,
  options: FolderExportOptions,
  progress: (line: string) => void = () => undefined,
  touched?: ReadonlyArray<string>,
): Promise<FolderExportResult> {
  const keep = options.cache && !options.dryRun
  const storeDir = keep ? join(options.cacheDir, 'store') : join(options.cacheDir, `store-${process.pid}-once`)
  const key = [await toolFingerprint(), options.baseUrl ?? '', renamesTypes(options.types) ? JSON.stringify(options.types) : ''].join('\u0000')
  const manifestHash = options.dryRun ? undefined : await manifestHashOf(out)
  const threads = options.workers ?? (size >= THREADS_FROM_BYTES ? defaultThreads() : 0)
  const pool = threads > 0 ? threadWorkers({ threads, baseUrl: options.baseUrl, secret: options.secret, types: options.types }) : undefined
  const reader = fileReader({ types: options.types })
  const workers: Workers = pool ?? inlineWorkers({ baseUrl: options.baseUrl, sha256: nodeSha256, reader })
  const store = await openLmdbStore(storeDir)
  let removeStore = !keep
  try {
    const loader = await open(storeDir, pool)
    const trusted = storeTrusted(store, storeKey(key, loader), manifestHash)
    // A store that describes the output knows its files: the pages it drops are named. Else the manifest lists them.
    const current = options.dryRun ? undefined : manifestHash === undefined ? new Set<string>() : trusted ? ({ exists: true } as const) : await currentFiles(out)
    const writer = current ? await openOutput(out, options.cacheDir, current, options.secret) : undefined
    const output: OutputState = {
      manifestHash,
      updateManifest: async (changes, files) => {
        const text = await readFile(join(out, MANIFEST)).catch(() => undefined)
        return text && nodeSha256Bytes(text) === manifestHash ? spliceManifest(text, changes, files) : undefined
      },
      changedSince: (stamps) => JSON.stringify(folderStamps(out)) !== JSON.stringify(stamps),
      stamps: async () => folderStamps(out),
    }
    const result = await runPipeline(
      loader,
      { store, workers, sink: writer ? folderSink(writer) : discardSink(), key, output, sha256: nodeSha256, progress, extraFiles: options.extraFiles, touched },
      { now: options.now, baseUrl: options.baseUrl, strict: options.strict, dryRun: options.dryRun },
    )
    // Nothing of a run that read the API token may stay: the store holds documents' verdicts and, for some sources, their bytes.
    if (loader.holdsSecret) removeStore = true
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
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof SourceError) throw error
    throw new CliError('WRITE', `Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}; the previous output is unchanged`, { cause: error })
  } finally {
    await workers.close()
    reader.close()
    await store.close()
    if (removeStore) await rm(storeDir, { recursive: true, force: true })
  }
}

/** The loader of a choice: NDJSON from its file, the Content Lake and Markdown into the store, archives in memory. */
async function openLoader(choice: SourceChoice, env: ContentLakeEnv, limits: Limits, options: FolderExportOptions, storeDir: string, pool: ScanningWorkers | undefined): Promise<Loader> {
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
  if (choice.kind === 'contentLake') return contentLakeLoader(choice, { env, limits, storeDir, secret: options.secret, types })
  if (choice.kind === 'markdown') return markdownLoader(choice.paths, { limits, storeDir, secret: options.secret, types })
  const loaded = await loadSource(choice, limits)
  const documents = types ? loaded.documents.map((doc) => ({ ...doc, value: normaliseTypes(doc.value, types) })) : loaded.documents
  return memoryLoader(documents, { issues: loaded.issues, secret: options.secret, hash: nodeSha256, kind: choice.kind })
}

/** The size of a file source, to decide on worker threads. */
async function sourceSize(choice: SourceChoice): Promise<number> {
  if (choice.kind === 'markdown') return 0
  if (choice.kind === 'contentLake') return Number.POSITIVE_INFINITY
  return (await stat(choice.file).catch(() => undefined))?.size ?? 0
}

/** The SHA-256 of the output's manifest, when it has one that jobld wrote (looked at no further: the store checks the rest). */
async function manifestHashOf(out: string): Promise<string | undefined> {
  const text = await readFile(join(out, MANIFEST)).catch(() => undefined)
  return text ? nodeSha256Bytes(text) : undefined
}

function nodeSha256Bytes(bytes: Buffer): string {
  return hash('sha256', bytes, 'hex')
}

/**
 * The files of the output as its manifest lists them, for a full export over an output the store
 * does not describe. Read without the manifest's schema: jobld wrote it, and anything odd means no
 * files of jobld's are known (then none is removed).
 */
async function currentFiles(out: string): Promise<Set<string>> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  if (text === undefined) return new Set()
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch {
    return new Set()
  }
  if (typeof manifest !== 'object' || manifest === null || !('generator' in manifest) || manifest.generator !== 'jobld' || !('pages' in manifest) || !Array.isArray(manifest.pages)) return new Set()
  const files = new Set<string>([MANIFEST])
  if ('files' in manifest && Array.isArray(manifest.files)) for (const file of manifest.files) if (typeof file === 'string') files.add(file)
  for (const page of manifest.pages) {
    if (typeof page !== 'object' || page === null || !('path' in page) || !('html' in page) || typeof page.path !== 'string' || typeof page.html !== 'string') return new Set()
    files.add(page.path)
    files.add(page.html)
  }
  return files
}

/** The time stamps of the output's folders: a file added or removed in one changes them. */
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
  return stamps
}
