/**
 * The content store on disk: LMDB through the `lmdb` package (the memory-mapped, transactional
 * key-value store Parcel's and Gatsby's caches use), one named database per table. A run reads
 * only the keys it needs, so memory does not grow with the dataset; a transaction is written
 * whole or (the run killed) not at all. The package ships prebuilt binaries for Linux, macOS and
 * Windows on every Node that jobld supports (Node-API); nothing is compiled when it installs.
 */
import { mkdir, open as open_, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { open, type Database, type RootDatabase } from 'lmdb'
import type { ContentStore, DocRecord, MultiTable, PageRecord, StoredEntry, Table, UnitIssues, UnitRecord } from '../../lib/store/contentStore.ts'

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
 * @returns the store
 */
export async function openLmdbStore(dir: string): Promise<LmdbStore> {
  await mkdir(dir, { recursive: true })
  try {
    if (!(await looksLikeLmdb(join(dir, 'data.mdb')))) throw new Error('Unexpected content store file, expected one LMDB wrote')
    return openAt(dir)
  } catch {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    return openAt(dir)
  }
}

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

function openAt(dir: string): LmdbStore {
  const env: RootDatabase = open({ path: dir, compression: false, maxDbs: 32 })
  // Keys and index values are UTF-8 bytes, compared as bytes: any string is a key (the package's
  // own key encoding reads a string that holds a NUL character back as an array).
  const plain = (name: string) => env.openDB({ name, keyEncoding: 'binary' })
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
    meta: tableOf<unknown>(dbs.meta),
    docs: tableOf<DocRecord>(dbs.docs),
    strays: tableOf<StoredEntry>(dbs.strays),
    units: tableOf<UnitRecord>(dbs.units),
    unitIssues: tableOf<UnitIssues>(dbs.unitIssues),
    pages: tableOf<PageRecord>(dbs.pages),
    dirty: tableOf<true>(dbs.dirty),
    pageIssues: tableOf<true>(dbs.pageIssues),
    referrers: multiOf(multis.referrers),
    slugs: multiOf(multis.slugs),
    expiry: multiOf(multis.expiry),
    unknown: multiOf(multis.unknown),
    paths: multiOf(multis.paths),
    table: <V,>(name: string) => tableOf<V>(dbs.loader, `${name}${SEPARATOR}`),
    multi: (name) => multiOf(multis.loader, `${name}${SEPARATOR}`),
    transaction: (write) => env.transactionSync(write),
    clear() {
      for (const db of [...Object.values(dbs), ...Object.values(multis)]) db.clearSync()
    },
    close: () => env.close(),
  }
}

/** A table over a database, or over the keys of one that start with `prefix`. */
function tableOf<V>(db: Database, prefix = ''): Table<V> {
  return {
    // The store holds what jobld wrote in it; a record of another shape only means a full export at worst.
    get: (key) => db.get(keyOf(prefix, key)),
    put: (key, value) => {
      db.putSync(keyOf(prefix, key), value)
    },
    remove: (key) => {
      db.removeSync(keyOf(prefix, key))
    },
    *entries(range = {}) {
      for (const { key, value } of db.getRange(rangeOf(prefix, range))) yield [textOf(key, prefix), value]
    },
  }
}

/** An index over a database with sorted duplicate values, or over its keys that start with `prefix`. */
function multiOf(db: Database, prefix = ''): MultiTable {
  return {
    // A range rather than getValues: in lmdb 3.5 getValues inside a write transaction, after a get,
    // misreads its keys; a range over the one key reads them right.
    values: (key) => {
      const found: string[] = []
      const bytes = keyOf(prefix, key)
      for (const { key: at, value } of db.getRange({ start: bytes, end: Buffer.concat([bytes, ZERO]) })) if (Buffer.isBuffer(at) && at.equals(bytes) && Buffer.isBuffer(value)) found.push(value.toString('utf8'))
      return found
    },
    add: (key, value) => {
      db.putSync(keyOf(prefix, key), Buffer.from(value, 'utf8'))
    },
    remove: (key, value) => {
      db.removeSync(keyOf(prefix, key), Buffer.from(value, 'utf8'))
    },
    *entries(range = {}) {
      for (const { key, value } of db.getRange(rangeOf(prefix, range))) if (Buffer.isBuffer(value)) yield [textOf(key, prefix), value.toString('utf8')]
    },
  }
}

const ZERO = Buffer.from([0])

function keyOf(prefix: string, key: string): Buffer {
  return Buffer.from(prefix + key, 'utf8')
}

function textOf(key: unknown, prefix: string): string {
  const text = Buffer.isBuffer(key) ? key.toString('utf8') : String(key)
  return text.slice(prefix.length)
}

/** The byte range of keys from `start` to `end` within a prefix (all keys of the prefix without bounds). */
function rangeOf(prefix: string, range: { start?: string; end?: string }): { start?: Buffer; end?: Buffer } {
  const start = range.start !== undefined || prefix ? keyOf(prefix, range.start ?? '') : undefined
  // Past every key of the prefix: the prefix's last byte plus one (the prefix ends in a space).
  const end = range.end !== undefined ? keyOf(prefix, range.end) : prefix ? Buffer.from(prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1), 'utf8') : undefined
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) }
}
