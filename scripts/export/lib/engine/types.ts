/**
 * The parts of the one export pipeline (runPipeline): a loader that brings the content store up to
 * date with its source, the store itself, the workers that check documents and build pages (in
 * this thread or in a pool of threads), and a sink for the pages (collected in memory, or staged
 * for the output folder). Drivers choose the parts; the pipeline, its strictness, its order and
 * its manifest exist once.
 */
import type { Issue, Position } from '../../../core/issue.ts'
import type { Unlisted } from '../../../core/formatReport.ts'
import type { ManifestEntry } from '../renderFiles.ts'
import type { ManifestFiles, ManifestFilesInput, ManifestPages } from '../manifestPages.ts'
import type { Config } from '../../../core/config/resolveConfig.ts'
import type { PagePlan } from '../planPage.ts'
import type { Sha256Hex } from '../../../core/sha256Hex.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import type { ContentStore, EntryPlace, EntrySpot, StoredEntry } from '../store/contentStore.ts'

/** Where a document's bytes are: a span of a file (the source's, or the store's document file), or its value in memory. */
export type DocumentLocation =
  | {
      file: string
      offset: number
      length: number
      /** The source's name, for messages (`data.ndjson`, `sanity://project/dataset`). */
      name: string
      /** Its line in the source, for the message of a line that is no document. */
      line?: number | undefined
      /** The last line of a file without a newline: reads as cut off when it is not JSON. */
      unterminated?: boolean | undefined
    }
  | { value: Record<string, unknown> }

/** A change to the store's entries, as a loader reports it. */
export type EntryChange =
  /** A new entry, or a new version (then the old one is removed by its own change). */
  | { put: StoredEntry; id: string | undefined }
  /** An entry that is gone. */
  | { remove: number; id: string | undefined }

/** What a loader is given to bring the store up to date. */
export interface LoadContext {
  store: ContentStore
  workers: Workers
  /** True when the store was emptied: every entry of the source is new. */
  full: boolean
  /** Applies entry changes to the store, with the indexes they touch. */
  apply(changes: ReadonlyArray<EntryChange>): void
  /** A fresh entry number. */
  nextEntry(): number
  progress(line: string): void
}

/**
 * A source of documents that writes into the content store: an NDJSON file, a Markdown folder, a
 * `.tar.gz` archive, the Content Lake, or documents in memory. Each finds what changed since the
 * store last saw it, doing as little as it can for what did not, and reports the changed entries.
 */
export interface Loader {
  /** The kind of source; with `identity`, part of the store's key. */
  readonly kind: 'ndjson' | 'markdown' | 'tarGz' | 'contentLake' | 'memory'
  /** Which source of that kind (a dataset, a set of folders): another one means a full export. */
  readonly identity: string
  /** The name positions and messages use. */
  readonly name: string
  /** Brings the store's entries up to date with the source. */
  load(context: LoadContext): Promise<void>
  /** Where an entry is now, for reports. */
  position(entry: EntryPlace): Position | undefined
  /** Orders entries as the source does (the first of two entries with one `_id` is the document). */
  order(entry: EntryPlace): number
  /** Where an entry's bytes are, for the workers. */
  locate(entry: EntrySpot): DocumentLocation
  /** Issues of the input itself (a line too long, unmapped Markdown), once loaded. */
  issues(): Issue[]
  /** Whether some document holds the API token: then nothing of this run may be kept. */
  readonly holdsSecret: boolean
  close(): void | Promise<void>
}

/** A document to check: where it is. */
export interface CheckItem {
  at: DocumentLocation
}

/** A document a page is built from, as handed to a worker. */
export interface TaskDocument {
  id: string
  at: DocumentLocation
  /** The hash it was validated under: the bytes read again must have it. */
  hash: string
}

/** Pages to build, with the documents they need. */
export interface BuildTask {
  plans: PagePlan[]
  documents: TaskDocument[]
  /** The current output and the files of the task it holds: a file with the same bytes there is kept, not handed back. */
  current?: { dir: string; paths: string[] } | undefined
}

/** A file of a built page: its text, or (from a worker thread) its UTF-8 bytes, handed over without a copy. */
export interface PageFile<C extends string | Uint8Array = string | Uint8Array> {
  path: string
  content: C
}

/** One page as a worker built it (its files' content as text where it was built; as text or bytes once handed over). */
export interface BuiltPage<C extends string | Uint8Array = string | Uint8Array> {
  path: string
  entry: ManifestEntry
  /** Its JSON-LD issues, before `--strict`. */
  issues: Issue[]
  /** The page's files to write: both, or those the current output does not already hold byte for byte. */
  files: Array<PageFile<C>>
  /** Files the current output already holds byte for byte. */
  kept?: string[] | undefined
}

/** Reads documents where they are: in memory, or a span of a file. */
export interface DocumentReader {
  /** A document's value for its first check, or the issue that keeps its bytes from being one (not JSON). */
  parse(item: CheckItem): { value: Record<string, unknown> } | { issue: Issue }
  /** A validated document's value again (bytes read again are checked against the hash they were validated under). */
  read(doc: TaskDocument): Record<string, unknown>
}

/** Checks documents and builds pages: in this thread, or in worker threads. */
export interface Workers {
  /** How many tasks run at once (the pipeline keeps about twice as many queued). */
  readonly size: number
  /** Each document's own verdict, reduced to its slim form, in the order given. */
  check(items: ReadonlyArray<CheckItem>): Promise<Array<DocumentCheck<SlimDocument>>>
  /** The pages of a task. */
  build(task: BuildTask): Promise<BuiltPage[]>
  /** No task is coming for a while (the pages are built): threads may end and give their memory back; the next task starts them again. */
  idle?(): Promise<void>
  close(): void | Promise<void>
}

/** Where pages go: collected in memory, or staged for the next version of an output folder. */
export interface PageSink {
  /** True for a sink that takes every page, also when the export is not written (the in-memory one). */
  readonly collects?: boolean | undefined
  /** The current output folder, when a file with the same bytes there may be kept rather than written again. */
  readonly currentDir?: string | undefined
  /** Whether the current version holds a file at `path` that is still there. */
  has(path: string): boolean
  /** A file of the current version that the new version keeps. */
  keep(path: string): void
  /** A file of the new version. One writer does all the writing: threads that create files in one folder at once slow each other down many times over. */
  put(path: string, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void>
  /** A file of the current version that the new version drops. */
  drop(path: string): void
  /** The new version is whole: make it the output. Gives the SHA-256 of the manifest written, when the sink writes files. */
  commit(): Promise<string | undefined>
  /** Throw the new version away. */
  abort(): Promise<void>
}

/**
 * Options of the pipeline: the configuration's clock, base URL, Sanity project (for the URLs of
 * uploaded images), strictness, dry run and pay transparency (scripts/core/config/resolveConfig.ts);
 * the field languages are read by the drivers that hold the documents in memory (exportInMemory).
 */
export type RunOptions = Pick<Config, 'now'> & Partial<Pick<Config, 'baseUrl' | 'projectId' | 'dataset' | 'strict' | 'dryRun' | 'payTransparency' | 'fieldLanguages'>>

/** How the output folder relates to the store, as the driver found it. */
export interface OutputState {
  /** SHA-256 of the output's manifest.json, when it has one that jobld wrote. */
  manifestHash: string | undefined
  /** The next manifest made from the current one, changing only the given entries (in path order); undefined when it cannot be. */
  updateManifest?: ((changes: ReadonlyMap<string, ManifestEntry | undefined>, files: ReadonlyArray<string>) => Promise<Iterable<string | Uint8Array> | undefined>) | undefined
  /** The current manifest's pages and other files, read where asked, when the next manifest is made from it; undefined when it cannot be. */
  current?: (() => { pages: ManifestPages; files: ReadonlyArray<string> } | undefined) | undefined
  /** Whether files may be missing since the store last committed (someone changed the output's folders). */
  changedSince?: ((stamps: unknown) => boolean) | undefined
  /** The stamps of the output's folders now, recorded with a commit. */
  stamps?: (() => Promise<unknown>) | undefined
}

/** What the pipeline needs besides the loader. */
export interface RunParts {
  store: ContentStore
  workers: Workers
  sink: PageSink
  /** The key the store must have been written under (code, base URL, type names): any other means a full export. */
  key: string
  /** The output as the driver found it (absent: the output is not written, or is new). */
  output?: OutputState | undefined
  /** SHA-256 for signatures and manifest entries (default: the library's own). */
  sha256?: Sha256Hex | undefined
  /** Told what the pipeline is doing, for a progress line. */
  progress?: ((line: string) => void) | undefined
  /** Other files of the new version made from the manifest (the sitemaps), listed in it as jobld's. */
  extraFiles?: ((input: ManifestFilesInput) => Promise<ManifestFiles>) | undefined
  /** Write the manifest (default true; the in-memory driver only collects pages). */
  manifest?: boolean | undefined
  /** Sign pages by their inputs, to keep unchanged ones next time (default true; a store used once needs none). */
  signatures?: boolean | undefined
  /** `_id`s whose pages are reported even when unchanged (the documents a webhook brought). */
  touched?: ReadonlyArray<string> | undefined
  /**
   * `refusal`: the documents' issues are wanted only when there is an error (a webhook's update):
   * when the store's tally (IssueTally) says there is none, they are not read and the report holds
   * the source's issues and the built pages' alone. `{ limit }`: the human report, bounded
   * (boundReport): when the store's tally allows, only the stored issues of the documents it lists
   * are read, and the rest is counted from the tally (RunResult's `unlisted`). Default: the whole report.
   */
  report?: 'refusal' | { limit: number } | undefined
}

/** One page as a run left it. */
export interface PageOutcome {
  path: string
  kind: PagePlan['kind']
  slug: string
  action: 'written' | 'removed' | 'unchanged'
}

/** What an export did. */
export interface RunResult {
  /** Every issue (the source's, the documents', the pages'), `--strict` applied. */
  issues: Issue[]
  /** False when an error was found: then the sink was aborted. */
  ok: boolean
  /** Whether the sink was committed. */
  written: boolean
  /** Whether the store was emptied and everything read, checked and planned again. */
  full: boolean
  profiles: number
  vacancies: number
  /** Files of the new version, manifest included. */
  files: number
  /** Pages kept from the previous version without building them. */
  reused: number
  /** Pages built. */
  built: number
  /** Documents whose entries changed (for a report of work done). */
  changed: number
  /** Documents whose checks across documents ran. */
  checked: number
  /** The pages the run built, removed or kept (only those it looked at: all in a full export). */
  pages: PageOutcome[]
  /** The manifest's entries in path order, for a sink that collects (the in-memory driver). */
  manifest: ManifestEntry[]
  /** With a bounded report (RunParts' `report`) read in part: `issues` is boundReport's listed part, and this what it left out. */
  unlisted?: Unlisted | undefined
}
