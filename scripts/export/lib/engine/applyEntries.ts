import { referenceTargets } from '../../../core/validate/checkAcross.ts'
import type { ContentStore, DocRecord, MultiTable, StoredEntry, Table } from '../store/contentStore.ts'
import type { EntryChange, Loader } from './types.ts'

/** The keys a document puts into the store's indexes. */
export interface IndexKeys {
  refs: string[]
  slugKey: string | undefined
  expiryKey: string | undefined
  unknownType: string | undefined
  /** Strings of its entries cleaned of stega encoding. */
  stega: number
  /** Whether the first entry is a translation metadata document (then `refs` are its members). */
  translations: boolean
}

/** What changes to entries touched, for the checks across documents to follow (not kept for a full export). */
export interface ChangeLog {
  /** `_id`s whose entries changed. */
  ids: Set<string>
  /** Slug keys a changed document had or has: their other owners may gain or lose a duplicate. */
  slugKeys: Set<string>
  /** Members a changed translation metadata document had or has: their pages' languages and originals may change. */
  members: Set<string>
}

const NO_KEYS: IndexKeys = { refs: [], slugKey: undefined, expiryKey: undefined, unknownType: undefined, stega: 0, translations: false }

/**
 * The key of the slug index (`ContentStore.slugs`) for a type's slug.
 * @param type `jobProfile` or `vacancy`
 * @param slug the slug
 * @returns `<type>:<slug>`
 */
export function slugKey(type: string, slug: string): string {
  return `${type}:${slug}`
}

/**
 * Every key of the slug index for one type, as a range: the type, a colon, then anything (`;` follows `:`).
 * @param type `jobProfile` or `vacancy`
 * @returns the range
 */
export function slugsOfType(type: string): { start: string; end: string } {
  return { start: `${type}:`, end: `${type};` }
}

/**
 * The store's table of `_id`s whose entries carried stega encoding, with how many strings: the
 * one notice that it was cleaned is made from it (stegaNotice), the same after any run.
 * @param store the store
 * @returns the table
 */
export function stegaTable(store: Pick<ContentStore, 'table'>): Table<number> {
  return store.table<number>('stega')
}

/**
 * The store's index of translation groups: a member's `_id` → the translation metadata documents
 * that name it (each a single entry). A page's language and original are read from it
 * (pageTranslation) rather than from every document that refers to the page's head.
 * @param store the store
 * @returns the index
 */
export function translationGroups(store: Pick<ContentStore, 'multi'>): MultiTable {
  return store.multi('translations')
}

/**
 * Applies a loader's entry changes to the store: the entries of each `_id` (in source order),
 * entries without one, and the indexes that follow from an `_id`'s valid document (who refers
 * to whom, slugs, expiry dates, types jobld does not export; a translation metadata document
 * refers to its members, so that a change to one checks the group again), and the strings
 * cleaned of stega encoding. Runs inside the caller's
 * transaction.
 * @param store the store
 * @param loader orders entries (the first of an `_id` is its document)
 * @param changes the changes, in any order
 * @param log where the touched `_id`s and slug keys are recorded (undefined: a full export, where everything is touched)
 */
export function applyEntries(store: ContentStore, loader: Pick<Loader, 'order'>, changes: ReadonlyArray<EntryChange>, log: ChangeLog | undefined): void {
  const touched = new Map<string, { before: IndexKeys; record: DocRecord }>()
  const recordOf = (id: string) => {
    let found = touched.get(id)
    if (!found) {
      const record = store.docs.get(id) ?? { entries: [] }
      found = { before: indexKeys(record), record: { entries: [...record.entries] } }
      touched.set(id, found)
    }
    return found.record
  }
  for (const change of changes) {
    if ('remove' in change) {
      if (change.id === undefined) store.strays.remove(strayKey(change.remove))
      else {
        const record = recordOf(change.id)
        record.entries = record.entries.filter((entry) => entry.n !== change.remove)
      }
      continue
    }
    if (change.id === undefined) {
      store.strays.put(strayKey(change.put.n), change.put)
      continue
    }
    // Drafts and release versions are never exported, nor compared with anything.
    if (change.put.check.kind === 'unpublished') continue
    const record = recordOf(change.id)
    const order = loader.order(change.put)
    const entries = record.entries.filter((entry) => entry.n !== change.put.n)
    const at = entries.findIndex((entry) => loader.order(entry) > order)
    entries.splice(at === -1 ? entries.length : at, 0, change.put)
    record.entries = entries
  }
  for (const [id, { before, record }] of touched) {
    if (record.entries.length === 0) store.docs.remove(id)
    else store.docs.put(id, record)
    const after = indexKeys(record)
    updateIndexes(store, id, before, after)
    if (log) {
      log.ids.add(id)
      if (before.slugKey !== undefined) log.slugKeys.add(before.slugKey)
      if (after.slugKey !== undefined) log.slugKeys.add(after.slugKey)
      for (const keys of [before, after]) if (keys.translations) for (const member of keys.refs) log.members.add(member)
    }
  }
}

/**
 * The key of an entry without `_id` in the strays table: its number, zero-padded so that keys
 * sort as numbers.
 * @param n the entry's number
 * @returns the key
 */
export function strayKey(n: number): string {
  return String(n).padStart(12, '0')
}

/**
 * The index key of a `validThrough`: its time in ms, shifted and zero-padded so that keys sort as
 * times (undefined when it is no date).
 * @param validThrough the vacancy's `validThrough`
 * @returns the key, or undefined
 */
export function expiryKey(validThrough: string | undefined): string | undefined {
  if (validThrough === undefined) return undefined
  const ms = Date.parse(validThrough)
  if (Number.isNaN(ms)) return undefined
  return String(ms + 1e16).padStart(18, '0')
}

/** The keys an `_id`'s entries put into the indexes: a valid document's references, slug and expiry; a first entry's unknown type. */
function indexKeys(record: DocRecord): IndexKeys {
  const first: StoredEntry | undefined = record.entries[0]
  if (!first) return NO_KEYS
  const check = first.check
  const unknownType = check.kind === 'unknownType' ? check.typeKey : undefined
  let stega = 0
  for (const entry of record.entries) stega += entry.check.stega ?? 0
  if (record.entries.length === 1 && check.kind === 'translations') return { ...NO_KEYS, refs: [...new Set(check.members.map((member) => member.id))], stega, translations: true }
  if (record.entries.length !== 1 || check.kind !== 'valid') return { ...NO_KEYS, unknownType, stega }
  const doc = check.doc
  return {
    refs: [...new Set(referenceTargets(doc))],
    slugKey: doc._type === 'jobProfile' || doc._type === 'vacancy' ? slugKey(doc._type, doc.slug.current) : undefined,
    expiryKey: doc._type === 'vacancy' ? expiryKey(doc.validThrough) : undefined,
    unknownType,
    stega,
    translations: false,
  }
}

function updateIndexes(store: ContentStore, id: string, before: IndexKeys, after: IndexKeys): void {
  for (const target of before.refs) if (!after.refs.includes(target)) store.referrers.remove(target, id)
  for (const target of after.refs) if (!before.refs.includes(target)) store.referrers.add(target, id)
  const wasGroup = before.translations ? before.refs : []
  const isGroup = after.translations ? after.refs : []
  if (wasGroup.length || isGroup.length) {
    const groups = translationGroups(store)
    for (const member of wasGroup) if (!isGroup.includes(member)) groups.remove(member, id)
    for (const member of isGroup) if (!wasGroup.includes(member)) groups.add(member, id)
  }
  swap(store.slugs, id, before.slugKey, after.slugKey)
  swap(store.expiry, id, before.expiryKey, after.expiryKey)
  swap(store.unknown, id, before.unknownType, after.unknownType)
  if (after.stega > 0) {
    if (after.stega !== before.stega) stegaTable(store).put(id, after.stega)
  } else if (before.stega > 0) stegaTable(store).remove(id)
}

function swap(index: ContentStore['slugs'], id: string, before: string | undefined, after: string | undefined): void {
  if (before === after) return
  if (before !== undefined) index.remove(before, id)
  if (after !== undefined) index.add(after, id)
}
