/**
 * The Markdown loader (`--from content/`): articles and vacancies, each file giving documents that
 * are merged by `_id` across files (an employer named by two vacancies is one organisation). The
 * store keeps, per file, its time stamps, its messages and the documents it gave (their bytes in
 * the store's document file); a file whose size, time stamps and inode are as the store saw them is
 * neither read nor parsed. The documents of a changed, new or removed file are merged again with
 * what the other files give for their `_id`s, and only merged documents whose bytes changed are
 * checked again.
 */
import { hash } from 'node:crypto'
import { readFileSpan } from '../engine/readFileSpan.ts'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Issue, Position } from '../../../core/issue.ts'
import type { Limits } from '../../../core/limits.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { mergeDocuments } from '../../../import/lib/mergeDocuments.ts'
import { linkTranslations } from '../../../import/lib/linkTranslations.ts'
import { TRANSLATION_METADATA } from '../../../core/translations/translationGroups.ts'
import { messageToIssue } from '../../../import/lib/messageToIssue.ts'
import type { LoadContext, Loader } from '../../lib/engine/types.ts'
import type { StoredEntry } from '../../lib/store/contentStore.ts'
import { entryBatch } from './entryBatch.ts'
import { importMarkdownFile, listMarkdownFiles } from '../../../sources/readMarkdown.ts'
import { SourceError } from '../../../sources/sourceError.ts'
import { documentFile, type DocumentFile } from '../store/documentFile.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { holdsSecret as holdsSecretText } from '../../../core/secrets/holdsSecret.ts'

/** How a file was when it was read: the same again means the same bytes. */
interface FileStamp {
  ino: number
  size: number
  mtimeNs: string
  ctimeNs: string
}

/** A document a file gave, before merging: its bytes in the document file, its positions. */
interface FileDocument {
  id: string
  at: [number, number]
  position?: Position | undefined
  fields?: Array<[string, Position]> | undefined
}

/** What the store keeps of one file. */
interface FileRecord {
  stamp: FileStamp
  issues: Issue[]
  documents: FileDocument[]
}

/** Options of the Markdown loader. */
export interface MarkdownLoaderOptions {
  limits: Limits
  /** The store's folder, where its document file is. */
  storeDir: string
  secret?: string | undefined
  types?: DocumentTypeNames | undefined
}

/**
 * A loader for Markdown files and folders.
 * @param paths the files and folders given (folders recursively, `.md` only)
 * @param options limits, the store's folder, secret and type names
 * @returns the loader
 */
export function markdownLoader(paths: string[], options: MarkdownLoaderOptions): Loader {
  let issues: Issue[] = []
  let holdsSecret = false
  let file: DocumentFile | undefined
  return {
    kind: 'markdown',
    identity: paths.join('\u0000'),
    name: paths.join(', '),
    get holdsSecret() {
      return holdsSecret
    },
    async load(context) {
      file = documentFile(options.storeDir, context.store)
      const result = await loadFiles(paths, options, context, file)
      issues = result.issues
      holdsSecret = result.holdsSecret
    },
    position: (entry) => entry.position,
    order: () => 0,
    locate: (entry) => ({ file: file?.path ?? '', offset: entry.at?.[0] ?? 0, length: entry.at?.[1] ?? 0, name: entry.position?.file ?? '' }),
    issues: () => issues,
    close: () => file?.close(),
  }
}

async function loadFiles(paths: string[], options: MarkdownLoaderOptions, context: LoadContext, file: DocumentFile): Promise<{ issues: Issue[]; holdsSecret: boolean }> {
  const { store } = context
  const records = store.table<FileRecord>('markdown:files')
  const contributors = store.multi('markdown:ids')
  const mergeIssues = store.table<Issue[]>('markdown:merge')
  const listed = await listMarkdownFiles(paths)
  if (listed.length === 0) throw new SourceError('EMPTY', `Unexpected ${paths.join(', ')} without Markdown files, expected .md articles or vacancies`)
  const order = new Map(listed.map((path, i) => [path, i]))
  // `_id`s whose merged document may have changed.
  const touched = new Set<string>()
  const bytesOf = (at: [number, number]) => readFileSpan(file.path, at[0], at[1])

  // Files that are gone.
  for (const [path, record] of [...records.entries()]) {
    if (order.has(path)) continue
    store.transaction(() => {
      for (const doc of record.documents) {
        contributors.remove(doc.id, path)
        touched.add(doc.id)
        file.release(doc.at[1])
      }
      records.remove(path)
    })
  }
  // Files that are new or changed: read and imported again.
  for (const path of listed) {
    const stamp = await stampOf(path)
    const before = records.get(path)
    if (before && stamp && sameStamp(before.stamp, stamp)) continue
    const imported = await importMarkdownFile(path, '.', options.limits)
    const fileIssues = [...imported.file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => messageToIssue(message, imported.file.path))
    const documents = imported.documents.map((doc): FileDocument => {
      const text = JSON.stringify(doc.value)
      return { id: String(doc.value._id), at: file.append(Buffer.from(text)), position: doc.position, fields: doc.fieldPositions ? [...doc.fieldPositions] : undefined }
    })
    store.transaction(() => {
      for (const doc of before?.documents ?? []) {
        contributors.remove(doc.id, path)
        touched.add(doc.id)
        file.release(doc.at[1])
      }
      for (const doc of documents) {
        contributors.add(doc.id, path)
        touched.add(doc.id)
      }
      records.put(path, { stamp: stamp ?? { ino: 0, size: -1, mtimeNs: '', ctimeNs: '' }, issues: fileIssues, documents })
      file.record()
    })
  }

  // A translation's metadata document names its original (translationMetadataDocument): it is
  // linked again whenever the original changes.
  for (const id of [...touched]) if (contributors.values(`${TRANSLATION_METADATA}.${id}`).length) touched.add(`${TRANSLATION_METADATA}.${id}`)
  // What the files give for one `_id`, in file order.
  const given = (id: string): RawDocument[] => {
    const from = contributors.values(id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    const raw: RawDocument[] = []
    for (const path of from)
      for (const doc of records.get(path)?.documents ?? [])
        if (doc.id === id) raw.push({ value: JSON.parse(bytesOf(doc.at).toString('utf8')), position: doc.position, ...(doc.fields ? { fieldPositions: new Map(doc.fields) } : {}) })
    return raw
  }

  // The merged document of each touched `_id`, from every file that gives it, in file order.
  let holdsSecret = false
  const secretIssues: Issue[] = []
  const entries = entryBatch(context, file, secretIssues)
  for (const id of touched) {
    const raw = given(id)
    const merged = id.startsWith(`${TRANSLATION_METADATA}.`) ? linkedMetadata(id, raw, given(id.slice(TRANSLATION_METADATA.length + 1))) : mergeDocuments(raw)
    const before = store.docs.get(id)?.entries[0]
    const doc = merged.documents[0]
    store.transaction(() => {
      if (merged.issues.length) mergeIssues.put(id, merged.issues)
      else mergeIssues.remove(id)
    })
    if (!doc) {
      if (before) entries.remove(before, id)
      continue
    }
    const value = options.types ? normaliseTypes(doc.value, options.types) : doc.value
    const text = JSON.stringify(value)
    const digest = hash('sha256', text, 'base64url')
    const fields = doc.fieldPositions ? [...doc.fieldPositions] : undefined
    // The same bytes at the same place: nothing to do (a file changed elsewhere).
    if (before && before.hash === digest && JSON.stringify([before.position, before.fields]) === JSON.stringify([doc.position, fields])) continue
    const entry: StoredEntry = { n: context.nextEntry(), hash: digest, check: { kind: 'missingId', docType: '', idText: '' }, at: file.append(Buffer.from(text)), position: doc.position, fields }
    // Refused before any other check, whose messages could quote it; nothing of this run is kept.
    const refuse = options.secret ? holdsSecretText(text, secretForm(options.secret)) : false
    if (refuse) holdsSecret = true
    entries.add(entry, refuse ? secretVerdict(value, options.secret ?? '') : undefined, before && { entry: before, id })
  }
  // A verdict may name another `_id` than the one merged (an importer's document without one): filed under its own.
  const changes = await entries.check((entry) => ({ name: entry.position?.file ?? '' }))
  store.transaction(() => file.record())
  context.apply(changes)

  const fileIssues = listed.flatMap((path) => records.get(path)?.issues ?? [])
  const merged = [...mergeIssues.entries()].flatMap(([, list]) => list)
  return { issues: [...fileIssues, ...merged, ...secretIssues], holdsSecret }
}

/**
 * A translation metadata document as readMarkdown makes it: the items of every translation of one
 * original, after the original's own (linkTranslations); an error when the original is no page.
 */
function linkedMetadata(id: string, items: RawDocument[], original: RawDocument[]): { documents: RawDocument[]; issues: Issue[] } {
  const linked = linkTranslations([...mergeDocuments(original).documents, ...items])
  return { documents: linked.documents.filter((doc) => doc.value._id === id), issues: linked.issues }
}

async function stampOf(path: string): Promise<FileStamp | undefined> {
  const info = await stat(resolve(path), { bigint: true }).catch(() => undefined)
  return info ? { ino: Number(info.ino), size: Number(info.size), mtimeNs: String(info.mtimeNs), ctimeNs: String(info.ctimeNs) } : undefined
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs
}
