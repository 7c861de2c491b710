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
import type { DocumentSource, Workers } from '../lib/engine/types.ts'
import type { Issue } from '../../core/issue.ts'
import { defaultLimits, type Limits } from '../../core/limits.ts'
import type { ManifestEntry, OutputFile } from '../lib/renderFiles.ts'
import { MANIFEST } from './checkOutputPath.ts'
import { CliError } from '../../cli/cliError.ts'
import { copyContentLake } from './engine/contentLakeCopy.ts'
import { folderSink } from './engine/folderSink.ts'
import { ndjsonFileSource } from './engine/ndjsonFileSource.ts'
import { nodeSha256 } from './engine/nodeSha256.ts'
import { readPageCache, writePageCache, type PageCacheKey } from './engine/pageCache.ts'
import { defaultThreads, threadWorkers } from './engine/threadWorkers.ts'
import { toolFingerprint } from './engine/toolFingerprint.ts'
import { readVerdictLog, writeVerdictLog } from './engine/verdictLog.ts'
import { contentLakeOptions, loadSource, type ContentLakeEnv, type SourceChoice } from '../../sources/loadSource.ts'
import { loadSanityClient } from '../../sources/loadSanityClient.ts'
import { readNdjson } from '../../sources/readNdjson.ts'
import { releaseNotices } from '../../core/releases/releaseNotices.ts'
import { releaseView } from '../../core/releases/releaseView.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { openOutput } from './outputFolder.ts'
import { SourceError } from '../../sources/sourceError.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import { renamesTypes, withTypeNames } from '../../core/typeNamesSource.ts'

/**
 * Options of a written export: the configuration's (scripts/core/config/resolveConfig.ts), the
 * output's cache folder, and the files made from the new version's manifest.
 */
export type FolderExportOptions = Pick<Config, 'now' | 'baseUrl' | 'strict' | 'cache'> &
  Partial<Pick<Config, 'dryRun' | 'limits' | 'secret' | 'types' | 'workers' | 'release'>> & {
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
  const limits = options.limits ?? defaultLimits
  const useCache = options.cache && !options.dryRun
  // Verdicts are cached by a document's bytes: under other type names the same bytes read otherwise.
  const tool = renamesTypes(options.types) ? `${await toolFingerprint()}:${JSON.stringify(options.types)}` : await toolFingerprint()
  const logFile = join(options.cacheDir, 'cache-documents.ndjson')
  const pageFile = join(options.cacheDir, 'cache-pages.ndjson')
  const current = options.dryRun ? undefined : await readCurrentOutput(out)
  const log = useCache ? await readVerdictLog(logFile, tool) : undefined

  const opened = await openSource(choice, env, limits, options, log?.verdicts)
  const { name, file } = opened
  const source = withTypeNames(opened.source, options.types)
  // The kind of source, not its file name: a daily export under a new name still finds its pages
  // (each page's signature holds the content hash of every document it is built from).
  const key: PageCacheKey = { tool, baseUrl: options.baseUrl ?? null, source: choice.kind === 'contentLake' ? `sanity://${choice.projectId}/${choice.dataset}` : choice.kind }
  const previous = useCache && current ? await readPageCache(pageFile, key, current.hash) : undefined
  // A file that cannot be read is reported by the source, with its name.
  const size = file ? ((await stat(file).catch(() => undefined))?.size ?? 0) : 0
  const threads = file ? (options.workers ?? (size >= THREADS_FROM_BYTES ? defaultThreads() : 0)) : 0
  const workers: Workers = threads > 0 ? threadWorkers({ threads, baseUrl: options.baseUrl, name, secret: options.secret, types: options.types }) : inlineWorkers({ baseUrl: options.baseUrl, sha256: nodeSha256 })
  const writer = options.dryRun ? undefined : await openOutput(out, options.cacheDir, current?.files ?? new Set(), options.secret)
  try {
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
    if (result.written && useCache) {
      await writePageCache(pageFile, key, result.manifestHash ?? '', result.pages)
      await writeVerdictLog(logFile, tool, log, result.entries)
    } else if (result.written) await Promise.all([rm(pageFile, { force: true }), rm(logFile, { force: true })])
    // The local copy of the Content Lake must not keep a document that holds the token.
    if (choice.kind === 'contentLake' && file && result.entries.some((entry) => entry.private))
      await Promise.all([rm(file, { force: true }), rm(join(options.cacheDir, 'content-lake.json'), { force: true })])
    return { issues: result.issues, ok: result.ok, profiles: result.profiles, vacancies: result.vacancies, files: result.files, reused: result.reused }
  } catch (error) {
    if (error instanceof CliError || error instanceof SourceError) throw error
    throw new CliError('WRITE', `Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}; the previous output is unchanged`, { cause: error })
  } finally {
    await workers.close()
  }
}

/** The source of a choice: NDJSON (and the Content Lake's local copy) from its file, the rest in memory. */
async function openSource(
  choice: SourceChoice,
  env: ContentLakeEnv,
  limits: Limits,
  options: FolderExportOptions,
  known: Parameters<typeof ndjsonFileSource>[1]['known'],
): Promise<{ source: DocumentSource; name: string; file: string | undefined }> {
  if (options.release !== undefined) return openRelease(choice, env, limits, options, options.release)
  if (choice.kind === 'ndjson' || choice.kind === 'contentLake') {
    const file = choice.kind === 'ndjson' ? choice.file : (await copyContentLake(choice, env, limits, options.cacheDir, options.cache && !options.dryRun)).file
    const name = choice.kind === 'ndjson' ? choice.file : `sanity://${choice.projectId}/${choice.dataset}`
    return { source: ndjsonFileSource(file, { name, known, secret: options.secret, maxLineBytes: limits.ndjsonLineBytes }), name, file }
  }
  const loaded = await loadSource(choice, limits)
  const name = choice.kind === 'markdown' ? choice.paths.join(',') : choice.file
  return { source: memorySource(loaded.documents, { issues: loaded.issues, secret: options.secret, hash: nodeSha256 }), name, file: undefined }
}

/**
 * The source of a release's view, held in memory: the Content Lake's release perspective, or an
 * export with versions (.ndjson, .tar.gz) seen through the same perspective by releaseView.
 */
async function openRelease(
  choice: SourceChoice,
  env: ContentLakeEnv,
  limits: Limits,
  options: FolderExportOptions,
  release: string,
): Promise<{ source: DocumentSource; name: string; file: undefined }> {
  if (choice.kind === 'markdown')
    throw new CliError('USAGE', `Unexpected --release ${release} with Markdown content, expected the Content Lake (SANITY_PROJECT_ID) or an export with versions (--from <.ndjson or .tar.gz>)`)
  if (choice.kind === 'contentLake') {
    await loadSanityClient()
    const { readContentLakeRelease } = await import('../../sources/contentLake.ts')
    const read = await readContentLakeRelease({ ...contentLakeOptions(choice, env, limits), release })
    const name = `sanity://${choice.projectId}/${choice.dataset}@${release}`
    return { source: memorySource(read.documents, { issues: releaseNotices(release, read.unpublished), secret: options.secret, hash: nodeSha256 }), name, file: undefined }
  }
  const loaded = choice.kind === 'ndjson' ? await readNdjson(choice.file, limits.ndjsonLineBytes) : await loadSource(choice, limits)
  const view = releaseView(
    loaded.documents.map((doc) => doc.value),
    release,
  )
  if (view.versions === 0)
    throw new SourceError('EMPTY', `Unexpected release "${release}" without versions in "${choice.file}", expected the id of a release that has not shipped (the <id> in versions.<id>.…) and an export that holds versions`)
  // Each document keeps the line of the document it came from: the version's, or the published one's.
  const positions = new Map(loaded.documents.map((doc) => [doc.value._id, doc.position]))
  const documents: RawDocument[] = view.documents.map((value) => ({ value, position: positions.get(value._originalId ?? value._id) }))
  const issues = [...loaded.issues, ...releaseNotices(release, view.unpublished)]
  return { source: memorySource(documents, { issues, secret: options.secret, hash: nodeSha256 }), name: `${choice.file}@${release}`, file: undefined }
}

/**
 * The output as it is now: the files its manifest lists, and the manifest's hash (the version the
 * cache must describe). Read without the manifest's schema: jobld wrote it, and anything odd
 * only means a full export.
 */
async function readCurrentOutput(out: string): Promise<{ files: Set<string>; hash: string } | undefined> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof manifest !== 'object' || manifest === null || !('generator' in manifest) || manifest.generator !== 'jobld' || !('pages' in manifest) || !Array.isArray(manifest.pages)) return undefined
  const files = new Set<string>([MANIFEST])
  if ('files' in manifest && Array.isArray(manifest.files)) for (const file of manifest.files) if (typeof file === 'string') files.add(file)
  for (const page of manifest.pages) {
    if (typeof page !== 'object' || page === null || !('path' in page) || !('html' in page) || typeof page.path !== 'string' || typeof page.html !== 'string') return undefined
    files.add(page.path)
    files.add(page.html)
  }
  return { files, hash: nodeSha256(text) }
}
