/**
 * The Content Lake loader: a dataset's published documents, kept in the store with their bytes in
 * its document file (the store is the local copy). The first read streams the whole dataset; a
 * later one, when the store holds this dataset from this endpoint, asks only for what changed
 * since its newest `_updatedAt` (less a margin for clocks and for documents that changed while
 * the last read ran) and updates the store in place: documents whose bytes changed are checked
 * again, documents that are gone are removed (found by counting `_id`s in ranges, idDifferences),
 * nothing else is touched. A change the webhook brings
 * (documents and deleted ids) is applied the same way, without a read.
 */
import { hash } from 'node:crypto'
import { readFileSpan } from '../engine/readFileSpan.ts'
import type { Issue } from '../../../core/issue.ts'
import type { Limits } from '../../../core/limits.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import { findSecretPaths, secretVerdict } from '../../../core/secrets/findSecret.ts'
import { idDifferences } from '../../lib/engine/idDifferences.ts'
import { entryBatch } from './entryBatch.ts'
import type { LoadContext, Loader } from '../../lib/engine/types.ts'
import type { ContentStore, StoredEntry } from '../../lib/store/contentStore.ts'
import { loadSanityClient } from '../../../sources/loadSanityClient.ts'
import { contentLakeOptions, type ContentLakeEnv, type SourceChoice } from '../../../sources/loadSource.ts'
import { documentFile, type DocumentFile } from '../store/documentFile.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { holdsSecret as holdsSecretText } from '../../../core/secrets/holdsSecret.ts'

/** Documents per batch checked on the workers and applied to the store. */
const BATCH = 2000
/** How far before the store's newest `_updatedAt` a delta reads again: clock steps and edits during the last read. */
const MARGIN_MS = 10 * 60 * 1000

/** A change brought by the webhook: documents as the Content Lake gives them, and ids no longer published. */
export interface ContentLakeChange {
  upserts: ReadonlyArray<Record<string, unknown>>
  deletes: ReadonlyArray<string>
}

/** What the loader keeps besides the entries. */
interface LakeState {
  /** The newest `_updatedAt` in the store; undefined when a document had none (then no delta). */
  lastUpdatedAt: string | undefined
}

/** Where the store keeps the loader's state: its own table, one record. */
const lakeState = (store: ContentStore) => {
  const table = store.table<LakeState>('contentLake')
  return { get: () => table.get('state'), put: (state: LakeState) => table.put('state', state) }
}

/** What a read did, for reports and tests. */
export interface LakeRead {
  mode: 'full' | 'delta' | 'change'
  /** Documents read whole. */
  read: number
  /** Documents removed. */
  removed: number
}

/** Options of the Content Lake loader. */
export interface ContentLakeLoaderOptions {
  env: ContentLakeEnv
  limits: Limits
  /** The store's folder, where its document file is. */
  storeDir: string
  /** The API token: a document holding it is refused and nothing of the run is kept. */
  secret?: string | undefined
  types?: DocumentTypeNames | undefined
  /** Apply this change instead of reading the Content Lake (the webhook). */
  change?: ContentLakeChange | undefined
  /** Told what the read did. */
  onRead?: ((read: LakeRead) => void) | undefined
  /**
   * The dataset's count of published `_id`s, asked for as the loader was made (prefetchIdCount):
   * a delta compares it with the store's instead of asking when it gets there.
   */
  count?: Promise<number> | undefined
}

/**
 * A loader for a Content Lake dataset.
 * @param choice project and dataset
 * @param options environment, limits, the store's folder, secret, type names, a change to apply
 * @returns the loader
 */
export function contentLakeLoader(choice: Extract<SourceChoice, { kind: 'contentLake' }>, options: ContentLakeLoaderOptions): Loader {
  const name = `sanity://${choice.projectId}/${choice.dataset}`
  const issues: Issue[] = []
  let holdsSecret = false
  let file: DocumentFile | undefined
  return {
    kind: 'contentLake',
    // Another dataset, host or API version never mixes in: any of them changed means a full read.
    identity: [name, options.env.SANITY_API_HOST ?? '', options.env.SANITY_API_VERSION ?? ''].join('\u0000'),
    name,
    get holdsSecret() {
      return holdsSecret
    },
    async load(context) {
      file = documentFile(options.storeDir, context.store)
      const state = lakeState(context.store).get()
      const session = lakeSession(context, file, options, name, issues, () => {
        holdsSecret = true
      })
      let read: LakeRead
      if (!context.full && options.change) read = await session.apply(options.change)
      else {
        await loadSanityClient()
        const since = context.full ? undefined : state?.lastUpdatedAt
        read = since === undefined ? await session.full(choice) : await session.delta(choice, since, options.count)
      }
      options.onRead?.(read)
    },
    position: (entry) => ({ file: name, line: entry.n }),
    order: (entry) => entry.n,
    locate: (entry) => ({ file: file?.path ?? '', offset: entry.at?.[0] ?? 0, length: entry.at?.[1] ?? 0, name }),
    issues: () => issues,
    close: () => file?.close(),
  }
}

/** The reads and writes of one load. */
function lakeSession(context: LoadContext, file: DocumentFile, options: ContentLakeLoaderOptions, name: string, issues: Issue[], secretSeen: () => void) {
  const { store } = context
  const secret = options.secret ? Buffer.from(options.secret) : undefined
  const stamps = newest()
  const lakeOptions = (choice: Extract<SourceChoice, { kind: 'contentLake' }>) => contentLakeOptions(choice, options.env, options.limits)

  /** Stores a batch of documents (their bytes, checked on the workers) and removes the entries they replace. */
  const store_ = async (batch: ReadonlyArray<{ value: Record<string, unknown>; bytes: Buffer }>) => {
    const entries = entryBatch(context, file, issues)
    for (const { value, bytes } of batch) {
      stamps.add(value._updatedAt)
      const id = typeof value._id === 'string' ? value._id : undefined
      const digest = hash('sha256', bytes, 'base64url')
      const before = id === undefined ? undefined : store.docs.get(id)?.entries[0]
      if (before && before.hash === digest) continue
      // A document that holds the token never reaches the document file, not even for a moment.
      const refuse = holds(value, bytes)
      const entry: StoredEntry = { n: context.nextEntry(), hash: digest, check: { kind: 'missingId', docType: '', idText: '' }, ...(refuse ? {} : { at: file.append(bytes) }) }
      // Refused before any other check, whose messages could quote it; nothing of this run is kept.
      if (refuse) secretSeen()
      entries.add(entry, refuse ? refusal(value) : undefined, before && { entry: before, id })
    }
    const changes = await entries.check((entry) => ({ name, line: entry.n }))
    store.transaction(() => file.record())
    context.apply(changes)
    return entries.stored()
  }

  /** Removes the documents of these `_id`s. */
  const remove = (ids: Iterable<string>) => {
    const entries = entryBatch(context, file, issues)
    let removed = 0
    for (const id of ids)
      for (const entry of store.docs.get(id)?.entries ?? []) {
        entries.remove(entry, id)
        removed += 1
      }
    store.transaction(() => file.record())
    context.apply(entries.changes())
    return removed
  }

  /** The verdict of a document that holds the token (of a jobld type), or its issues alone. */
  const refusal = (value: Record<string, unknown>) => secretVerdict(options.types ? normaliseTypes(value, options.types) : value, options.secret ?? '')

  const finish = () => store.transaction(() => lakeState(store).put({ lastUpdatedAt: stamps.value() }))

  /** Whether a document holds the API token, in its bytes or (escaped) in a value. */
  const form = options.secret ? secretForm(options.secret) : ''
  const holds = (value: Record<string, unknown>, bytes: Buffer) => options.secret !== undefined && form !== '' && (holdsSecretText(bytes.toString('utf8'), form) || findSecretPaths(value, options.secret).length > 0)

  /** Entries for documents read into the document file (offset, length pairs), numbered in stream order, checked on the workers. */
  const checkSpans = async (spans: ReadonlyArray<number>, refused: ReadonlyArray<Record<string, unknown>>) => {
    const entries = entryBatch(context, file, issues)
    // The batch lies in one stretch of the file (appended in order): one read.
    const stored = spans.filter((offset, i) => i % 2 === 1 || offset >= 0)
    const start = stored[0] ?? 0
    const region = stored.length ? readFileSpan(file.path, start, (stored[stored.length - 2] ?? 0) + (stored[stored.length - 1] ?? 0) - start) : Buffer.alloc(0)
    for (let i = 0; i < spans.length; i += 2) {
      const offset = spans[i] ?? 0
      if (offset < 0) {
        // A document that holds the token, in its place in the stream: its number is its line; its bytes are nowhere.
        entries.add({ n: context.nextEntry(), hash: '', check: { kind: 'missingId', docType: '', idText: '' } }, refusal(refused[-1 - offset] ?? {}))
        continue
      }
      const at: [number, number] = [offset, spans[i + 1] ?? 0]
      const bytes = region.subarray(at[0] - start, at[0] - start + at[1])
      const entry: StoredEntry = { n: context.nextEntry(), hash: hash('sha256', bytes, 'base64url'), check: { kind: 'missingId', docType: '', idText: '' }, at }
      if (options.secret && holdsSecretText(bytes.toString('utf8'), secretForm(options.secret))) {
        // Refused before any other check, whose messages could quote it; nothing of this run is kept.
        secretSeen()
        const value: unknown = JSON.parse(bytes.toString('utf8'))
        if (isRecord(value)) entries.add(entry, refusal(value))
      } else entries.add(entry)
    }
    context.apply(await entries.check((entry) => ({ name, line: entry.n })))
  }

  return {
    async full(choice: Extract<SourceChoice, { kind: 'contentLake' }>): Promise<LakeRead> {
      const { streamContentLake } = await import('../../../sources/contentLake.ts')
      // First the read, into the document file as fast as the Content Lake sends (its deadline and
      // byte budget then stop a runaway read early); then the checks, in batches on the workers.
      const spans: number[] = []
      const refused: Array<Record<string, unknown>> = []
      await streamContentLake(lakeOptions(choice), async (value, line) => {
        stamps.add(value._updatedAt)
        if (holds(value, line)) {
          secretSeen()
          refused.push(value)
          spans.push(-refused.length, 0)
          return
        }
        const [offset, length] = file.append(line)
        spans.push(offset, length)
        if ((spans.length / 2) % BATCH === 0) context.progress(`Read ${spans.length / 2} documents`)
      })
      store.transaction(() => file.record())
      const read = spans.length / 2
      const pending: Array<Promise<void>> = []
      for (let i = 0; i < read; i += BATCH) {
        pending.push(checkSpans(spans.slice(2 * i, 2 * Math.min(read, i + BATCH)), refused))
        if (pending.length >= Math.max(2, context.workers.size * 2)) await pending.shift()
      }
      await Promise.all(pending)
      finish()
      return { mode: 'full', read, removed: 0 }
    },
    async delta(choice: Extract<SourceChoice, { kind: 'contentLake' }>, lastUpdatedAt: string, count: Promise<number> | undefined): Promise<LakeRead> {
      const lake = await import('../../../sources/contentLake.ts')
      const since = new Date(Date.parse(lastUpdatedAt) - MARGIN_MS).toISOString()
      const storeAll = async (documents: ReadonlyArray<Record<string, unknown>>) => {
        let stored = 0
        for (let i = 0; i < documents.length; i += BATCH) stored += await store_(documents.slice(i, i + BATCH).map((value) => ({ value, bytes: Buffer.from(JSON.stringify(value)) })))
        return stored
      }
      let read = await storeAll(await lake.readContentLakeChanged(lakeOptions(choice), since))
      stamps.add(lastUpdatedAt)
      // Deleted and unpublished documents leave no trace to ask for by time: the store's `_id`s and
      // the dataset's are counted, in ranges where they differ, and listed only in small ones.
      // The whole dataset's count may have been asked for already: taken before the changes were
      // read, a document deleted in between is found by the next delta, as one deleted after this one.
      const { gone, missing } = await idDifferences(
        store.docs,
        {
          count: (ranges) => lake.countContentLakeIds(lakeOptions(choice), ranges),
          list: (ranges) => lake.listContentLakeIds(lakeOptions(choice), ranges),
        },
        await count,
      )
      const removed = remove(gone)
      // Published documents the store lacks that the delta did not bring (an old _updatedAt): fetched whole.
      if (missing.length) read += await storeAll(await lake.readContentLakeChanged(lakeOptions(choice), '9999-12-31T00:00:00Z', missing))
      finish()
      return { mode: 'delta', read, removed }
    },
    async apply(change: ContentLakeChange): Promise<LakeRead> {
      // The stamp of the last read stays: a change the webhook missed is still found by the next read.
      const removed = remove(change.deletes)
      let read = 0
      for (let i = 0; i < change.upserts.length; i += BATCH) read += await store_(change.upserts.slice(i, i + BATCH).map((value) => ({ value, bytes: Buffer.from(JSON.stringify(value)) })))
      store.transaction(() => file.record())
      return { mode: 'change', read, removed }
    },
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The newest of a set of `_updatedAt` stamps; one missing stamp makes it unknown (no delta next time). */
function newest() {
  let latest: string | undefined
  let unknown = false
  return {
    add(stamp: unknown) {
      if (typeof stamp !== 'string' || Number.isNaN(Date.parse(stamp))) unknown = true
      else if (latest === undefined || Date.parse(stamp) > Date.parse(latest)) latest = stamp
    },
    value: () => (unknown ? undefined : latest),
  }
}

/**
 * Asks the Content Lake for the count of its published `_id`s when the store holds what a read of
 * a Content Lake left (the newest `_updatedAt`), so that the answer comes while the export reads
 * the output's manifest and opens it; the store is not trusted yet, so its state decides only
 * whether to ask (the delta uses the count only when the store is trusted). A failure is the
 * delta's to report when it awaits the count (a full read never does).
 * @param choice project and dataset
 * @param env token, API version and host
 * @param limits the bounds of the read
 * @param store the export's store, opened
 * @returns the count, pending; undefined when the store holds no Content Lake's read
 */
export function prefetchIdCount(choice: Extract<SourceChoice, { kind: 'contentLake' }>, env: ContentLakeEnv, limits: Limits, store: ContentStore): Promise<number> | undefined {
  let state: LakeState | undefined
  try {
    state = lakeState(store).get()
  } catch {
    return undefined // a doubtful store: the export finds out, and reads everything
  }
  if (state?.lastUpdatedAt === undefined) return undefined
  const count = import('../../../sources/contentLake.ts').then(async (lake) => (await lake.countContentLakeIds(contentLakeOptions(choice, env, limits), [{}]))[0] ?? 0)
  count.catch(() => undefined)
  return count
}
