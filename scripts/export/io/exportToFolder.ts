/**
 * `jobld export`'s driver of the export pipeline (scripts/export/lib/engine/runPipeline.ts): an NDJSON file
 * (an export, or the local copy of the Content Lake) read by offset on worker threads, or Markdown
 * and archives held in memory; pages staged for the output folder's next version (outputFolder.ts);
 * the verdicts of documents and the previous pages kept in the output's cache folder, so that the
 * next export checks and builds only what changed.
 */
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { discardSink } from '../lib/engine/discardSink.ts'
import { inlineWorkers } from '../lib/engine/inlineWorkers.ts'
import { memorySource } from '../lib/engine/memorySource.ts'
import { runPipeline } from '../lib/engine/runPipeline.ts'
import type { DocumentSource, SourceEntry, Workers } from '../lib/engine/types.ts'
import type { Issue } from '../../core/issue.ts'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import type { ManifestEntry, OutputFile } from '../lib/renderFiles.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { CliError } from '../../cli/cliError.ts'
import { copyContentLake, type CopyTrust, type RefusedDocument } from './engine/contentLakeCopy.ts'
import { folderSink } from './engine/folderSink.ts'
import { ndjsonFileSource } from './engine/ndjsonFileSource.ts'
import { nodeSha256 } from './engine/nodeSha256.ts'
import { readPageCache, writePageCache, type PageCacheKey } from './engine/pageCache.ts'
import { defaultThreads, threadWorkers } from './engine/threadWorkers.ts'
import { toolFingerprint } from './engine/toolFingerprint.ts'
import { readVerdictLog, writeVerdictLog } from './engine/verdictLog.ts'
import { loadSource, type ContentLakeEnv, type SourceChoice } from '../../sources/loadSource.ts'
import { openCacheSession, openOutput, readCurrent, type CacheSession, type CurrentOutput } from './outputFolder.ts'
import { describeFsError, errorPath } from './describeFsError.ts'
import { SourceError } from '../../sources/sourceError.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import { renamesTypes, withTypeNames } from '../../core/typeNamesSource.ts'

/**
 * Options of a written export: the configuration's (scripts/core/config/resolveConfig.ts), the
 * output's cache folder, and the files made from the new version's manifest.
 */
export type FolderExportOptions = Pick<Config, 'now' | 'baseUrl' | 'strict' | 'cache'> &
  Partial<Pick<Config, 'dryRun' | 'limits' | 'secret' | 'types' | 'workers'>> & {
    /** The output's cache folder (scripts/export/io/cacheDir.ts): the cache and the staging area of writes. */
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
}

/** Below this size an NDJSON file is checked and built in this thread: starting threads would cost more. */
const THREADS_FROM_BYTES = 4 * 1024 * 1024

/**
 * Validates the source and writes the export into `out` (a plain folder, replaced whole or not at
 * all), rebuilding only the pages whose inputs changed when the cache allows.
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
  // The cache folder is written by every export and by a dry run that copies the Content Lake:
  // under the output's lock, after killed runs' writes are finished.
  const session = !options.dryRun || choice.kind === 'contentLake' ? await openCacheSession(out, options.cacheDir) : undefined
  try {
    return await exportLocked(choice, env, out, options, progress, session)
  } finally {
    await session?.release()
  }
}

async function exportLocked(
  choice: SourceChoice,
  env: ContentLakeEnv,
  out: string,
  options: FolderExportOptions,
  progress: (line: string) => void,
  session: CacheSession | undefined,
): Promise<FolderExportResult> {
  const limits = options.limits ?? defaultLimits
  const useCache = options.cache && !options.dryRun
  // Verdicts are cached by a document's bytes: under other type names the same bytes read otherwise.
  const tool = renamesTypes(options.types) ? `${await toolFingerprint()}:${JSON.stringify(options.types)}` : await toolFingerprint()
  const logFile = join(options.cacheDir, 'cache-documents.ndjson')
  const pageFile = join(options.cacheDir, 'cache-pages.ndjson')
  const current = options.dryRun ? undefined : await readCurrentOutput(out)
  const mac = session?.mac
  // Any doubt about the cache means a full export, and the progress line says why.
  const distrust = (why: string) => progress(`Not using the cache: ${why}; building everything`)
  const log = useCache && mac ? await readVerdictLog(logFile, tool, mac, distrust) : undefined

  const opened = await openSource(choice, env, limits, options, log?.verdicts, mac ? { mac, distrust: progress } : undefined).catch((error: unknown) => {
    throw writeFailure(error, out, options.cacheDir)
  })
  const { name, file } = opened
  const source = withTypeNames(opened.source, options.types)
  // The kind of source, not its file name: a daily export under a new name still finds its pages
  // (each page's signature holds the content hash of every document it is built from).
  const key: PageCacheKey = { tool, baseUrl: options.baseUrl ?? null, source: choice.kind === 'contentLake' ? `sanity://${choice.projectId}/${choice.dataset}` : choice.kind }
  const previous = useCache && current && mac ? await readPageCache(pageFile, key, current.hash, mac, distrust) : undefined
  // A file that cannot be read is reported by the source, with its name.
  const size = file ? ((await stat(file).catch(() => undefined))?.size ?? 0) : 0
  const threads = file ? (options.workers ?? (size >= THREADS_FROM_BYTES ? defaultThreads() : 0)) : 0
  const workers: Workers = threads > 0 ? threadWorkers({ threads, baseUrl: options.baseUrl, name, secret: options.secret, types: options.types }) : inlineWorkers({ baseUrl: options.baseUrl, sha256: nodeSha256 })
  try {
    const writer = session && !options.dryRun ? await openOutput(session, current, options.secret) : undefined
    const result = await runPipeline(
      source,
      {
        workers,
        sink: writer ? folderSink(writer) : discardSink(),
        previous,
        signatures: useCache,
        sha256: nodeSha256,
        progress,
        extraFiles: options.extraFiles,
      },
      { now: options.now, baseUrl: options.baseUrl, strict: options.strict, dryRun: options.dryRun },
    )
    if (result.written && useCache && mac) {
      await writePageCache(pageFile, key, result.manifestHash ?? '', result.pages, mac)
      await writeVerdictLog(logFile, tool, mac, log, result.entries)
    } else if (result.written) await Promise.all([rm(pageFile, { force: true }), rm(logFile, { force: true })])
    return { issues: result.issues, ok: result.ok, profiles: result.profiles, vacancies: result.vacancies, files: result.files, reused: result.reused }
  } catch (error) {
    throw writeFailure(error, out, options.cacheDir)
  } finally {
    await workers.close()
  }
}

/**
 * The error to show for a failure before the commit: nothing was written, and the message says
 * where the write failed (the output, or the cache folder on its own disk).
 */
function writeFailure(error: unknown, out: string, cacheDir: string): unknown {
  if (error instanceof CliError || error instanceof SourceError) return error
  const path = errorPath(error)
  const where = path !== undefined && (path === cacheDir || path.startsWith(`${cacheDir}/`)) ? `the cache folder ${cacheDir}` : out
  return new CliError('WRITE', `Cannot write ${where}: ${describeFsError(error)}. Nothing was written; ${out} is as it was.`, { cause: error })
}

/** The source of a choice: NDJSON (and the Content Lake's local copy) from its file, the rest in memory. */
async function openSource(
  choice: SourceChoice,
  env: ContentLakeEnv,
  limits: Limits,
  options: FolderExportOptions,
  known: Parameters<typeof ndjsonFileSource>[1]['known'],
  trust: Omit<CopyTrust, 'secret'> | undefined,
): Promise<{ source: DocumentSource; name: string; file: string | undefined }> {
  if (choice.kind === 'contentLake') {
    if (!trust) throw new Error('Unexpected Content Lake export without its cache folder, expected the session to be open')
    const copy = await copyContentLake(choice, env, limits, options.cacheDir, options.cache && !options.dryRun, { ...trust, secret: options.secret })
    const name = `sanity://${choice.projectId}/${choice.dataset}`
    const source = ndjsonFileSource(copy.file, { name, known, secret: options.secret, maxLineBytes: limits.ndjsonLineBytes })
    return { source: withRefused(source, copy.refused, name), name, file: copy.file }
  }
  if (choice.kind === 'ndjson') {
    const file = choice.file
    return { source: ndjsonFileSource(file, { name: file, known, secret: options.secret, maxLineBytes: limits.ndjsonLineBytes }), name: file, file }
  }
  const loaded = await loadSource(choice, limits)
  const name = choice.kind === 'markdown' ? choice.paths.join(',') : choice.file
  return { source: memorySource(loaded.documents, { issues: loaded.issues, secret: options.secret, hash: nodeSha256 }), name, file: undefined }
}

/**
 * A source with the documents the Content Lake copy refused because they hold the token: they are
 * in no file, so they come last, as refused verdicts (never cached) or as issues alone.
 */
function withRefused(source: DocumentSource, refused: ReadonlyArray<RefusedDocument>, name: string): DocumentSource {
  if (refused.length === 0) return source
  const entries: SourceEntry[] = []
  for (const document of refused) {
    if ('check' in document)
      entries.push({ hash: '', ...(document.line === undefined ? {} : { position: { file: name, line: document.line } }), handle: { value: {} }, check: document.check, private: true })
    else source.issues.push(...document.issues)
  }
  return {
    issues: source.issues,
    file: source.file,
    async *scan() {
      yield* source.scan()
      if (entries.length) yield entries
    },
    parse: (entry) => source.parse(entry),
    read: (entry) => source.read(entry),
    close: () => source.close(),
  }
}

/**
 * The output as it is now: its manifest, read with its schema, and that text's hash (the version
 * the cache must describe).
 * @throws CliError when the manifest is jobld's but damaged or edited
 */
async function readCurrentOutput(out: string): Promise<CurrentOutput | undefined> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  return text === undefined ? undefined : readCurrent(text, out)
}
