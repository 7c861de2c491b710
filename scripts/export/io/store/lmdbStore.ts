/**
 * The content store on disk: LMDB through the `lmdb` package (the memory-mapped, transactional
 * key-value store Parcel's and Gatsby's caches use), one named database per table. A run reads
 * only the keys it needs, so memory does not grow with the dataset; a transaction is written
 * whole or (the run killed) not at all. The package ships prebuilt binaries for Linux, macOS and
 * Windows on every Node that jobld supports (Node-API); nothing is compiled when it installs.
 *
 * The store is input like any other file in the cache folder: every value is sealed with the
 * cache folder's key (scripts/export/io/trust/cacheMac.ts), bound to its table and key, so that a
 * value edited on disk (a verdict, a page's hash, an index entry) is not believed: reading it throws
 * StoreDoubt, and the export empties the store and does everything again. A document's verdict is
 * bound to the SHA-256 of the bytes it judged, and bytes read again are checked against it.
 */
import { mkdir, open as open_, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { open, type Database, type RootDatabase } from 'lmdb'
import type { ContentStore, DocRecord, MultiTable, PageRecord, StoredEntry, Table, UnitIssues, UnitRecord } from '../../lib/store/contentStore.ts'
import { StoreDoubt } from '../../lib/store/storeDoubt.ts'
import { MAC_LENGTH, type Mac } from '../../lib/trust/sealedLine.ts'

/** The content store on disk, with where it is. */
export interface LmdbStore extends ContentStore {
  readonly dir: string
}

/** Separates a loader table's name from its keys in the one database all loader tables share (names have no space). */
const SEPARATOR = ' '

/**
 * Opens (or creates) the store in a folder of its own. A store that cannot be opened (damaged,
 * from another version of the format of LMDB itself) is removed and made afresh: a full export.
 * @param dir the folder (the output's cache folder's `store/`)
 * @param mac the cache folder's keyed digest: seals every value
 * @param options `smallPages` makes a new store with pages of 2 KB (for large sources; see openAt)
 * @returns the store
 */
export async function openLmdbStore(dir: string, mac: Mac, options: { smallPages?: boolean } = {}): Promise<LmdbStore> {
  await mkdir(dir, { recursive: true })
  const pageSize = options.smallPages ? SMALL_PAGE_BYTES : undefined
  try {
    if (!(await looksLikeLmdb(join(dir, 'data.mdb')))) throw new Error('Unexpected content store file, expected one LMDB wrote')
    return openAt(dir, seal(mac, dir), pageSize)
  } catch {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    return openAt(dir, seal(mac, dir), pageSize)
  }
}

/** The page size of a large source's store: half the system's 4 KB (see openAt). */
const SMALL_PAGE_BYTES = 2048

/** LMDB's magic number, at the start of each of the two meta pages of its file. */
const MAGIC = 0xbeefc0de

/**
 * Whether a store file is absent (a new store) or starts as LMDB's do: two meta pages with LMDB's
 * magic number. LMDB trusts its file; one cut short or overwritten could crash the process, so it
 * is looked at before it is opened (and then removed: a full export).
 */
async function looksLikeLmdb(file: string): Promise<boolean> {
  const handle = await open_(file, 'r').catch(() => undefined)
  if (!handle) return true
  try {
    const { size } = await handle.stat()
    if (size === 0) return false
    const head = Buffer.alloc(64)
    await handle.read(head, 0, 64, 0)
    const pageSize = head.readUInt32LE(48)
    if (head.readUInt32LE(24) !== MAGIC || pageSize < 1024 || pageSize > 65536 || size < pageSize * 2) return false
    const second = Buffer.alloc(4)
    await handle.read(second, 0, 4, pageSize + 24)
    return second.readUInt32LE(0) === MAGIC
  } finally {
    await handle.close()
  }
}

/** Seals and opens values: `<tag><43 characters of digest><payload>`, the digest over table, key and payload. */
interface Sealer {
  /** The sealed value, in a scratch buffer that the next call overwrites: put at once. */
  close(table: string, key: Buffer, value: unknown): Buffer
  open(table: string, key: Buffer, stored: unknown): unknown
  /** The sealed member, in a scratch buffer that the next call overwrites: put or removed at once. */
  closeMember(table: string, key: Buffer, member: string): Buffer
  openMember(table: string, key: Buffer, stored: unknown): string
}

// The tags of a value's payload. Those of an earlier seal (an HMAC-SHA-256: J, B) are told apart,
// so that a store an earlier jobld wrote is emptied for that reason, not as one edited.
const JSON_TAG = 0x6a // j
const BYTES_TAG = 0x62 // b
const EARLIER_TAGS = new Set([0x4a, 0x42])

function seal(mac: Mac, dir: string): Sealer {
  const doubt = () => new StoreDoubt(`an entry of ${dir} does not match its seal (edited?)`)
  const earlier = () => new StoreDoubt(`${dir} was written by an earlier version of jobld`)
  const digest = (table: string, key: Buffer, payload: string) => mac(`${table}\u0000${key.toString('latin1')}\u0000${payload}`)
  return {
    // Written into one scratch buffer (LMDB copies it as it is put) and read in place: a store's
    // values are sealed and opened millions of times in a large export.
    close(table, key, value) {
      const binary = value instanceof Uint8Array
      const payload = binary ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1') : JSON.stringify(value)
      const encoding = binary ? 'latin1' : 'utf8'
      const sealed = scratch(1 + MAC_LENGTH + Buffer.byteLength(payload, encoding))
      sealed[0] = binary ? BYTES_TAG : JSON_TAG
      sealed.write(digest(table, key, payload), 1, MAC_LENGTH, 'latin1')
      sealed.write(payload, 1 + MAC_LENGTH, encoding)
      return sealed
    },
    open(table, key, stored) {
      if (stored === undefined) return undefined
      if (!Buffer.isBuffer(stored) || stored.length < 1 + MAC_LENGTH) throw doubt()
      const tag = stored[0] as number
      if (EARLIER_TAGS.has(tag)) throw earlier()
      const payload = stored.toString(tag === BYTES_TAG ? 'latin1' : 'utf8', 1 + MAC_LENGTH)
      if ((tag !== JSON_TAG && tag !== BYTES_TAG) || stored.toString('latin1', 1, 1 + MAC_LENGTH) !== digest(table, key, payload)) throw doubt()
      return tag === BYTES_TAG ? Buffer.from(payload, 'latin1') : JSON.parse(payload)
    },
    // A member of an index is its text, a NUL and its digest: the order of members stays that of their texts.
    closeMember(table, key, member) {
      const text = `${member}\u0000${digest(table, key, member)}`
      const sealed = scratch(Buffer.byteLength(text, 'utf8'))
      sealed.write(text, 0, 'utf8')
      return sealed
    },
    openMember(table, key, stored) {
      const text = Buffer.isBuffer(stored) ? stored.toString('utf8') : ''
      const at = text.lastIndexOf('\u0000')
      const member = text.slice(0, Math.max(at, 0))
      if (at < 0 || text.slice(at + 1) !== digest(table, key, member)) throw doubt()
      return member
    },
  }
}

function openAt(dir: string, sealer: Sealer, pageSize: number | undefined): LmdbStore {
  // remapChunks: the file is mapped in chunks as it grows. Without it the package starts with a
  // small map and maps the whole file again each time it outgrows it, keeping the earlier maps
  // (buffers may still point into them): their pages counted in the process's memory two or three
  // times over (1.9 GB of mapped pages for a 1 GB store at 300,000 documents).
  //
  // noSync: a commit is not flushed to the disk on its own; the store is flushed once, when it is
  // closed (below). A run that is killed loses nothing a commit wrote (the pages are the system's
  // then); only the system crashing during a run can lose or damage its store, which the next run
  // then doubts and empties (a full export). Flushing each of a run's hundreds of commits wrote
  // the store's pages to the disk again and again (half the file writes of a full export).
  //
  // Pages of 2 KB for a large source (the system's 4 KB otherwise): the package maps the file in
  // chunks of 16 pages and keeps up to about 8,000 chunks mapped before it unmaps those no reader
  // holds; the kernel maps a chunk's pages all at once when they are cached, so the store's pages
  // resident in the process rose to about 512 MB in a 300,000-document export (a 1 GB store),
  // counted in its RSS. Chunks of 2 KB pages are half as large: about 300 MB at the same size. A
  // small store never fills the chunks (about 160 MB at 30,000 documents), and there the twice as
  // many chunks cost about 5 s more system CPU of 15-20 s for no memory: it keeps 4 KB pages. Keys
  // and sorted values (an index's members) may be up to 954 bytes long with 2 KB pages (1,978 with
  // 4 KB): the longest `_id`, `_type` or reference jobld takes is bounded for the smaller
  // (maxIdLength, scripts/core/constants.ts), whichever the store has. A store keeps the page
  // size it was made with.
  const env: RootDatabase = open({ path: dir, compression: false, maxDbs: 32, remapChunks: true, noSync: true, ...(pageSize === undefined ? {} : { pageSize }) })
  // Keys and index values are UTF-8 bytes, compared as bytes: any string is a key (the package's
  // own key encoding reads a string that holds a NUL character back as an array).
  const plain = (name: string) => env.openDB({ name, keyEncoding: 'binary', encoding: 'binary' })
  const multiDb = (name: string) => env.openDB({ name, dupSort: true, keyEncoding: 'binary', encoding: 'binary' })
  const dbs = {
    meta: plain('meta'),
    docs: plain('docs'),
    strays: plain('strays'),
    units: plain('units'),
    unitIssues: plain('unitIssues'),
    pages: plain('pages'),
    dirty: plain('dirty'),
    pageIssues: plain('pageIssues'),
    loader: plain('loader'),
  }
  const multis = {
    referrers: multiDb('referrers'),
    slugs: multiDb('slugs'),
    expiry: multiDb('expiry'),
    unknown: multiDb('unknown'),
    paths: multiDb('paths'),
    loader: multiDb('loaderMulti'),
  }
  return {
    dir,
    meta: tableOf<unknown>(dbs.meta, sealer, 'meta'),
    docs: tableOf<DocRecord>(dbs.docs, sealer, 'docs'),
    strays: tableOf<StoredEntry>(dbs.strays, sealer, 'strays'),
    units: tableOf<UnitRecord>(dbs.units, sealer, 'units'),
    unitIssues: tableOf<UnitIssues>(dbs.unitIssues, sealer, 'unitIssues'),
    pages: tableOf<PageRecord>(dbs.pages, sealer, 'pages'),
    dirty: tableOf<true>(dbs.dirty, sealer, 'dirty'),
    pageIssues: tableOf<true>(dbs.pageIssues, sealer, 'pageIssues'),
    referrers: multiOf(multis.referrers, sealer, 'referrers'),
    slugs: multiOf(multis.slugs, sealer, 'slugs'),
    expiry: multiOf(multis.expiry, sealer, 'expiry'),
    unknown: multiOf(multis.unknown, sealer, 'unknown'),
    paths: multiOf(multis.paths, sealer, 'paths'),
    table: <V,>(name: string) => tableOf<V>(dbs.loader, sealer, 'loader', `${name}${SEPARATOR}`),
    multi: (name) => multiOf(multis.loader, sealer, 'loaderMulti', `${name}${SEPARATOR}`),
    counts() {
      const counts: Record<string, number> = {}
      // LMDB keeps each database's count of entries (key and value pairs): read at no cost.
      for (const [name, db] of [...Object.entries(dbs), ...Object.entries(multis).map(([name, db]): [string, Database] => [`${name}[]`, db])]) if (name !== 'meta') counts[name] = entryCount(db)
      return counts
    },
    transaction: (write) => env.transactionSync(write),
    clear() {
      for (const db of [...Object.values(dbs), ...Object.values(multis)]) db.clearSync()
    },
    async close() {
      // The one flush of the run's commits (noSync above); `sync` is the package's, not in its types.
      const flush = (env as unknown as { sync(done: (error?: unknown) => void): void }).sync
      await new Promise<void>((resolve, reject) => flush.call(env, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())))
      await env.close()
    },
  }
}

/** A table over a database, or over the keys of one that start with `prefix`. */
function tableOf<V>(db: Database, sealer: Sealer, table: string, prefix = ''): Table<V> {
  // Sealed by jobld with this cache folder's key: what opens is what jobld wrote, of the type it wrote.
  const read = (key: Buffer, stored: unknown) => sealer.open(table, key, stored) as V | undefined
  return {
    get: (key) => {
      const bytes = scratchKey(prefix, key)
      return read(bytes, lent(db, bytes))
    },
    put: (key, value) => {
      const bytes = scratchKey(prefix, key)
      db.putSync(bytes, sealer.close(table, bytes, value))
    },
    remove: (key) => {
      db.removeSync(scratchKey(prefix, key))
    },
    *entries(range = {}) {
      for (const { key, value } of db.getRange(rangeOf(prefix, range))) yield [textOf(key, prefix), read(Buffer.isBuffer(key) ? key : Buffer.from(String(key)), value) as V]
    },
    // Counted and listed by LMDB without reading values: keys are not sealed (a value is bound to its key).
    // A whole database's count is the one LMDB keeps (a range's is counted key by key: 1.8 s for
    // the 300,000 `_id`s a Content Lake delta compares with the dataset's count).
    count: (range = {}) => (!prefix && range.start === undefined && range.end === undefined ? wholeCount(db) : db.getCount(rangeOf(prefix, range))),
    *keys({ offset, limit, ...range } = {}) {
      for (const key of db.getKeys({ ...rangeOf(prefix, range), ...(offset ? { offset } : {}), ...(limit !== undefined ? { limit } : {}) })) yield textOf(key, prefix)
    },
  }
}

/** An index over a database with sorted duplicate values, or over its keys that start with `prefix`. */
function multiOf(db: Database, sealer: Sealer, table: string, prefix = ''): MultiTable {
  return {
    // A range rather than getValues: in lmdb 3.5 getValues inside a write transaction, after a get,
    // misreads its keys; a range over the one key reads them right.
    values: (key) => {
      const found: string[] = []
      const bytes = keyOf(prefix, key)
      for (const { key: at, value } of db.getRange({ start: bytes, end: Buffer.concat([bytes, ZERO]) })) if (Buffer.isBuffer(at) && at.equals(bytes)) found.push(sealer.openMember(table, bytes, value))
      return found
    },
    add: (key, value) => {
      const bytes = scratchKey(prefix, key)
      db.putSync(bytes, sealer.closeMember(table, bytes, value))
    },
    remove: (key, value) => {
      const bytes = scratchKey(prefix, key)
      db.removeSync(bytes, sealer.closeMember(table, bytes, value))
    },
    *entries(range = {}) {
      for (const { key, value } of db.getRange(rangeOf(prefix, range))) yield [textOf(key, prefix), sealer.openMember(table, Buffer.isBuffer(key) ? key : Buffer.from(String(key)), value)]
    },
  }
}

const ZERO = Buffer.from([0])

/** The count of a whole database without a prefix, as LMDB keeps it (in the write transaction, when in one); counted key by key when LMDB does not say. */
function wholeCount(db: Database): number {
  const kept = entryCount(db)
  return kept >= 0 ? kept : db.getCount()
}

/** A database's number of entries, from LMDB's statistics. */
function entryCount(db: Database): number {
  const stats: unknown = db.getStats()
  return typeof stats === 'object' && stats !== null && 'entryCount' in stats && typeof stats.entryCount === 'number' ? stats.entryCount : -1
}

function keyOf(prefix: string, key: string): Buffer {
  return Buffer.from(prefix + key, 'utf8')
}

// Scratch buffers for the key and the sealed value of one get, put or remove, which LMDB copies
// (or, for a get, reads) before the call returns: a buffer made for each of the millions of them
// is cut from Node's pooled 8 KB blocks, held until V8 collects every buffer cut from the same block,
// and left the main thread's malloc heap about 100 MB larger after the checks across documents at
// 300,000 documents, through the build (an engineer's per-arena trace of glibc's heap). A range
// read keeps its own keys (keyOf): LMDB may read them after the call.
let scratchBytes = Buffer.allocUnsafeSlow(16_384)
const keyBytes = Buffer.allocUnsafeSlow(4096)

/** A scratch buffer of `length` bytes, valid until the next call. */
function scratch(length: number): Buffer {
  if (length > scratchBytes.length) scratchBytes = Buffer.allocUnsafeSlow(Math.max(length, scratchBytes.length * 2))
  return scratchBytes.subarray(0, length)
}

/** The key's bytes in the key's scratch buffer, valid until the next call (a key too long for it gets its own). */
function scratchKey(prefix: string, key: string): Buffer {
  const text = prefix + key
  // Three bytes at most for each UTF-16 unit: what fits is never cut short.
  if (text.length * 3 > keyBytes.length) return keyOf(prefix, key)
  return keyBytes.subarray(0, keyBytes.write(text, 0, 'utf8'))
}

/** A value as LMDB lends it, in its own buffer until the next read (opened at once), without the copy `get` makes of each. */
function lent(db: Database, key: Buffer): Buffer | undefined {
  const bytes = db.getBinaryFast(key)
  // The package's lent buffer keeps its full size; the value's is the database's lastSize.
  return bytes === undefined ? undefined : Buffer.from(bytes.buffer, bytes.byteOffset, (db as unknown as { lastSize: number }).lastSize)
}

function textOf(key: unknown, prefix: string): string {
  const text = Buffer.isBuffer(key) ? key.toString('utf8') : String(key)
  return text.slice(prefix.length)
}

/** The byte range of keys from `start` to `end` within a prefix (all keys of the prefix without bounds). */
function rangeOf(prefix: string, range: { start?: string | undefined; end?: string | undefined }): { start?: Buffer; end?: Buffer } {
  const start = range.start !== undefined || prefix ? keyOf(prefix, range.start ?? '') : undefined
  // Past every key of the prefix: the prefix's last byte plus one (the prefix ends in a space).
  const end = range.end !== undefined ? keyOf(prefix, range.end) : prefix ? Buffer.from(prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1), 'utf8') : undefined
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) }
}
