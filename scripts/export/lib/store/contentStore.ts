/**
 * The content store: what an export keeps between runs so that the next one does work in
 * proportion to what changed, and what it reads only where it needs during a run, so that memory
 * does not grow with the dataset. Every source writes into the same tables through its loader
 * (scripts/export/lib/engine/types.ts); the pipeline (runExport.ts) keeps the indexes, the
 * checks across documents and the pages up to date from there.
 *
 * Two implementations: in memory (memoryStore.ts: the library, the Studio's preview, tests) and
 * on disk (scripts/export/io/store/lmdbStore.ts: `jobld export`, memory-mapped, read by key).
 * Keys are strings; tables iterate in key order (byte order of UTF-8, which is code point order).
 */
import type { Issue, Position } from '../../../core/issue.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import type { PagePlan } from '../planPage.ts'

/** A table of records by key. */
export interface Table<V> {
  get(key: string): V | undefined
  put(key: string, value: V): void
  remove(key: string): void
  /** The records in key order, from `start` (inclusive) to `end` (exclusive) when given. */
  entries(range?: { start?: string; end?: string }): Iterable<[string, V]>
  /** How many keys it holds, from `start` (inclusive) to `end` (exclusive) when given; no value is read. */
  count(range?: KeyRange): number
  /** Its keys in order within the range, skipping `offset` of them and yielding at most `limit`; no value is read. */
  keys(range?: KeyRange & { offset?: number; limit?: number }): Iterable<string>
}

/** Keys from `start` (inclusive) to `end` (exclusive); either may be absent (no bound). */
export interface KeyRange {
  start?: string | undefined
  end?: string | undefined
}

/** An index: each key holds a set of strings. */
export interface MultiTable {
  /** The values of a key, in order. */
  values(key: string): string[]
  add(key: string, value: string): void
  remove(key: string, value: string): void
  /** Every key and value in key order, from `start` (inclusive) to `end` (exclusive) when given. */
  entries(range?: { start?: string; end?: string }): Iterable<[string, string]>
}

/** One entry of a source (an NDJSON line, a merged Markdown document, a Content Lake document) as the store keeps it. */
export interface StoredEntry {
  /** The entry's number: stable while the entry exists, never that of another entry in the same store. */
  n: number
  /** SHA-256 of its bytes (base64url): its verdict is the verdict of exactly these bytes. */
  hash: string
  /** Its own verdict (a valid document: its slim form). */
  check: DocumentCheck<SlimDocument>
  /** Where its bytes are in the store's document file, for sources without a file of their own: offset and length. */
  at?: [number, number] | undefined
  /** Its value, for a source held in memory. */
  value?: Record<string, unknown> | undefined
  /** Where it is, for sources whose positions do not move without the entry changing (Markdown). */
  position?: Position | undefined
  /** Positions of single fields by dotted path (Markdown). */
  fields?: Array<[string, Position]> | undefined
}

/** Where an entry is, as much as a loader needs to place and order it (Loader.position, Loader.order): no document. */
export type EntryPlace = Pick<StoredEntry, 'n' | 'position' | 'fields'>

/** Where an entry's bytes are, as much as a loader needs to hand them to the workers (Loader.locate): no verdict. */
export type EntrySpot = Pick<StoredEntry, 'n' | 'at' | 'position' | 'value'>

/** A page's source as its producer's record keeps it: the `_id`, and its first entry's hash and place (UnitRecord.sources). */
export type PageSource = [id: string, hash: string, spot: Omit<EntrySpot, 'value'>]

/** The entries of one `_id`, in source order (more than one: a duplicated `_id`). */
export interface DocRecord {
  entries: StoredEntry[]
}

/** An issue of the checks across documents as stored: no position yet (placed when reported). */
export type StoredIssue = Issue & { ladderKey?: string }

/** The issues the checks across documents found for one `_id`, by phase (see CrossUnit). */
export interface UnitIssues {
  own: Issue[]
  duplicates: Issue[]
  references: Issue[]
  slug: Issue[]
  profile: StoredIssue[]
  vacancy: Issue[]
  organization: Issue[]
  /** Absent in a store written before translations were checked (then its key differs anyway). */
  translations?: Issue[] | undefined
  estimate: Issue | undefined
  /**
   * Where its entries were when these issues were found, in source order: the report places them
   * without reading the documents. An entry's place changes only with the entry (an NDJSON line
   * that moves keeps its number, and the loader says where that number is now), and any change to
   * an `_id`'s entries checks it again.
   */
  places: EntryPlace[]
  /** Whether its first entry is a document of jobld's (valid or not): then issues are placed at its position (StoreView.origin). */
  documentFirst: boolean
}

/** What the checks across documents decided for one `_id` (checkAcross), and the page it heads. */
export interface UnitRecord {
  /** The page this document heads (a valid profile, a current vacancy whose references resolve). */
  plan: PagePlan | undefined
  /** The signature of the page's inputs (pageSignature). */
  sig: string | undefined
  /** The latest `_updatedAt` of the page's sources, when all have one. */
  updatedAt: string | undefined
  /**
   * The page's sources found in the store (in the plan's order), with the hash and place of each
   * one's first entry when the checks read it: the build hands them to the workers without reading
   * every document's record again. Absent for sources held in memory (an entry with its value) and
   * in records written before; then the records are read. Current whenever `sig` is: a change to
   * a source's entries checks its producer again.
   */
  sources?: PageSource[] | undefined
  /** A current vacancy left out because it expired. */
  expired: boolean
  /** A reference points at a document of another type: cycles are looked for. */
  wrongType: boolean
  /** Its first entry is of a type jobld does not export. */
  unknownType: string | undefined
  /** Whether it has issues (then they are in `unitIssues`). */
  issues: boolean
  /** Whether one of its issues is an error, or it refers to a document of another type (the report then looks for cycles): counted in the store's IssueTally. */
  errors: boolean
  /** Whether one of its issues is a warning (an error under `--strict`): counted in the store's IssueTally. */
  warnings: boolean
  /** With issues: how many warnings and notices, and whether one is another `_id`'s or reported once among several; counted in the store's IssueTally. */
  counts?: { warnings: number; notices: number; elsewhere: boolean } | undefined
}

/**
 * What the store's `_id`s with issues add up to, kept by the checks across documents as they store
 * each one's issues (meta `issueTally`): a run that needs the report only when it refuses (a
 * webhook's update) reads it only when these say it may, and a bounded report (boundReport) reads
 * only the `_id`s it lists and counts the rest from here.
 */
export interface IssueTally {
  /** `_id`s with an error, or that refer to a document of another type (UnitRecord.errors). */
  errors: number
  /** `_id`s with a warning (UnitRecord.warnings). */
  warnings: number
  /** `_id`s with issues. */
  documents: number
  /** Their warnings and notices (UnitRecord.counts). */
  warningIssues: number
  noticeIssues: number
  /** `_id`s with an issue of another `_id`, or one reported once however many find it (UnitRecord.counts): the counts above do not add up per `_id` then. */
  elsewhere: number
}

/** The tally's fields, each a count. */
const tallyFields = ['errors', 'warnings', 'documents', 'warningIssues', 'noticeIssues', 'elsewhere'] as const satisfies ReadonlyArray<keyof IssueTally>

/** The tally of a store without issues. */
export const emptyTally: Readonly<IssueTally> = Object.fromEntries(tallyFields.map((field) => [field, 0])) as Record<keyof IssueTally, number>

/**
 * The store's tally of its `_id`s' issues, or undefined when it has none to trust.
 * @param store the store
 * @returns the tally
 */
export function issueTally(store: Pick<ContentStore, 'meta'>): IssueTally | undefined {
  const tally = store.meta.get('issueTally')
  if (typeof tally !== 'object' || tally === null) return undefined
  const found = { ...emptyTally }
  for (const field of tallyFields) {
    const value = Reflect.get(tally, field)
    if (!Number.isSafeInteger(value) || value < 0) return undefined
    found[field] = value
  }
  return found
}

/** One built page: what its manifest entry needs beyond its plan, and its JSON-LD issues. */
export interface PageState {
  sig: string
  path: string
  types: string[]
  sha256: string
  /** Its JSON-LD issues, before `--strict`. */
  issues: Issue[]
}

/** A producer's page: the one the output holds, and the one built last (when the output could not take it). */
export interface PageRecord {
  committed?: PageState | undefined
  latest?: PageState | undefined
}

/** The store's tables. */
export interface ContentStore {
  /** Format, key, state, the clock of the last check, the output version it describes. */
  readonly meta: Table<unknown>
  /** The entries of each `_id`. */
  readonly docs: Table<DocRecord>
  /** Entries without an `_id` (a line that is not a document, a document without `_id`), by zero-padded entry number. */
  readonly strays: Table<StoredEntry>
  /** The checks across documents of each `_id`. */
  readonly units: Table<UnitRecord>
  /** The issues of the `_id`s that have any. */
  readonly unitIssues: Table<UnitIssues>
  /** Each producer's page. */
  readonly pages: Table<PageRecord>
  /** Producers whose page may differ from the output's. */
  readonly dirty: Table<true>
  /** Producers whose page (built last or in the output) has JSON-LD issues. */
  readonly pageIssues: Table<true>
  /** Target `_id` → the valid documents that refer to it. */
  readonly referrers: MultiTable
  /** `<type>:<slug>` → valid profiles or vacancies with that slug. */
  readonly slugs: MultiTable
  /** Zero-padded `validThrough` in ms → vacancies (expiry as the clock moves). */
  readonly expiry: MultiTable
  /** Type key → `_id`s of the documents of a type jobld does not export. */
  readonly unknown: MultiTable
  /** Page path → the producers that plan it (normally one). */
  readonly paths: MultiTable
  /** A loader's own table. */
  table<V>(name: string): Table<V>
  /** A loader's own index. */
  multi(name: string): MultiTable
  /**
   * How many keys (and index members) each table holds, `meta` aside: recorded when a run ends and
   * compared when the next starts, so that a value someone removed from the store is noticed (a
   * value's seal cannot tell that it is missing).
   */
  counts(): Record<string, number>
  /** Runs `write` as one transaction: everything it writes, or (killed) nothing. */
  transaction<T>(write: () => T): T
  /** Empties every table. */
  clear(): void
  /** Writes what is pending and releases the store. */
  close(): Promise<void>
}
