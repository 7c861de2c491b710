/**
 * The parts of the one export pipeline (runPipeline): a source of documents, the workers that check
 * documents and build pages (in this thread or in a pool of threads), and a sink for the pages
 * (collected in memory, or staged for the output folder). Drivers choose the parts; the pipeline,
 * its strictness, its order and its manifest exist once.
 */
import type { Issue, Position } from '../../../core/issue.ts'
import type { CachedPage } from '../incrementalCache.ts'
import type { ManifestEntry, OutputFile } from '../renderFiles.ts'
import type { Config } from '../../../core/config/resolveConfig.ts'
import type { PagePlan } from '../planPages.ts'
import type { Sha256Hex } from '../../../core/sha256Hex.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'

/** Where a document can be read again: its bytes in the source file, or its value in memory. */
export type DocumentHandle = { offset: number; length: number; unterminated?: boolean } | { value: Record<string, unknown> }

/** One document of a source. */
export interface SourceEntry {
  /** Content hash (empty when the source keeps no cache). */
  hash: string
  position?: Position | undefined
  fieldPositions?: ReadonlyMap<string, Position> | undefined
  handle: DocumentHandle
  /** Its own verdict, when known before checking: cached, or refused by the source itself (a secret). */
  check?: DocumentCheck<SlimDocument> | undefined
  /** True when the verdict must never be cached (the document holds the API token). */
  private?: boolean | undefined
}

/** Documents, read once in order and again by handle. */
export interface DocumentSource {
  /** The documents in source order, in batches. Issues of the input itself go into `issues` meanwhile. */
  scan(): AsyncIterable<SourceEntry[]>
  /** Issues of the input itself (a bad NDJSON line, an unmapped Markdown section). */
  readonly issues: Issue[]
  /** The NDJSON file that `{offset, length}` handles point into, for workers that read it themselves. */
  readonly file?: string | undefined
  /** A document's value for its first check, or the issue that keeps its bytes from being one (not JSON). */
  parse(entry: SourceEntry): { value: Record<string, unknown> } | { issue: Issue }
  /** A validated document's value again (file bytes are checked against the hash they were validated under). */
  read(entry: SourceEntry): Record<string, unknown>
  close(): void | Promise<void>
}

/** A document a page is built from, as handed to a worker. */
export interface TaskDocument {
  id: string
  handle: DocumentHandle
  hash: string
}

/** Pages to build, with the documents they need. */
export interface BuildTask {
  plans: PagePlan[]
  documents: TaskDocument[]
  /** The current output and the files of the task it holds: a file with the same bytes there is kept, not handed back. */
  current?: { dir: string; paths: string[] } | undefined
}

/** One page as a worker built it. */
export interface BuiltPage {
  path: string
  entry: ManifestEntry
  /** Its JSON-LD issues, before `--strict`. */
  issues: Issue[]
  /** The page's files to write: both, or those the current output does not already hold byte for byte. */
  files: OutputFile[]
  /** Files the current output already holds byte for byte. */
  kept?: string[] | undefined
}

/** Checks documents and builds pages: in this thread, or in worker threads. */
export interface Workers {
  /** How many tasks run at once (the pipeline keeps about twice as many queued). */
  readonly size: number
  /** Each document's own verdict, reduced to its slim form, in the order given. */
  check(entries: ReadonlyArray<SourceEntry>, source: DocumentSource): Promise<Array<DocumentCheck<SlimDocument>>>
  /** The pages of a task. */
  build(task: BuildTask, source: DocumentSource): Promise<BuiltPage[]>
  close(): void | Promise<void>
}

/** Where pages go: collected in memory, or staged for the next version of an output folder. */
export interface PageSink {
  /** True for a sink that takes every page, also when the export is not written (the in-memory one). */
  readonly collects?: boolean | undefined
  /** The current output folder, when a file with the same bytes there may be kept rather than written again. */
  readonly currentDir?: string | undefined
  /** Whether the current version holds a file at `path`. */
  has(path: string): boolean
  /** A file of the current version that the new version keeps. */
  keep(path: string): void
  /** A file of the new version. One writer does all the writing: threads that create files in one folder at once slow each other down many times over. */
  put(path: string, content: string | Iterable<string>): Promise<void>
  /** The new version is whole: make it the output. */
  commit(): Promise<void>
  /** Throw the new version away. */
  abort(): Promise<void>
}

/** Options of the pipeline: the configuration's clock, base URL, strictness and dry run (scripts/core/config/resolveConfig.ts). */
export type RunOptions = Pick<Config, 'now'> & Partial<Pick<Config, 'baseUrl' | 'strict' | 'dryRun'>>

/** What the pipeline needs besides the source. */
export interface RunParts {
  workers: Workers
  sink: PageSink
  /** The pages of the previous export by path, from the cache: an unchanged page is kept, not built. */
  previous?: ReadonlyMap<string, CachedPage> | undefined
  /** Compute page signatures for the next cache. */
  signatures?: boolean | undefined
  /** SHA-256 for signatures (default: the library's own). */
  sha256?: Sha256Hex | undefined
  /** Told what the pipeline is doing, for a progress line. */
  progress?: ((line: string) => void) | undefined
  /** Other files of the new version made from the manifest (the sitemaps), listed in it as jobld's. */
  extraFiles?: ((pages: ReadonlyArray<ManifestEntry>) => Promise<OutputFile[]>) | undefined
}

/** What an export did. */
export interface RunResult {
  /** Every issue (the source's, the documents', the pages'), `--strict` applied. */
  issues: Issue[]
  /** False when an error was found: then the sink was aborted. */
  ok: boolean
  /** Whether the sink was committed. */
  written: boolean
  profiles: number
  vacancies: number
  /** Files of the new version, manifest included. */
  files: number
  /** Pages kept from the previous export without building them. */
  reused: number
  /** The documents with their verdicts, in source order (for the verdict cache). */
  entries: SourceEntry[]
  /** Every page for the next cache, by path (signatures only when asked for). */
  pages: Map<string, CachedPage>
  /** The manifest's entries, in path order. */
  manifest: ManifestEntry[]
  /** The other files written (extraFiles), as the manifest lists them. */
  extraPaths: string[]
  /** SHA-256 (parts.sha256) of the manifest.json written, when one was. */
  manifestHash: string | undefined
}
