/**
 * The .tar.gz loader (`--from export.tar.gz`): a `sanity dataset export` archive, its
 * `data.ndjson` streamed out one line at a time (streamTarGz) and written into the store as it
 * comes: each line is hashed, a line with the bytes of a line the store already holds keeps its
 * entry (the line table, as for an NDJSON file), and a line with new bytes is appended to the
 * store's document file and checked on the workers in batches while the archive is read on. At
 * no time are the archive, its documents or their values held: the heap holds the lines of the
 * batches in flight and, per entry, its line number. An archive found as it was (same device,
 * inode, size and time stamps) is not read at all. Documents are read again from the document
 * file when a page is built.
 */
import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import type { Issue } from '../../../core/issue.ts'
import type { Limits } from '../../../core/limits.ts'
import type { DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import { holdsSecret as holdsSecretText } from '../../../core/secrets/holdsSecret.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { notUtf8Error, parseNdjsonLine, type NdjsonRawLine } from '../../../sources/readNdjson.ts'
import { streamTarGz } from '../../../sources/streamTarGz.ts'
import { entryId } from '../../lib/engine/entryId.ts'
import type { EntryChange, LoadContext, Loader } from '../../lib/engine/types.ts'
import { refuseSecretLine } from './refuseSecretLine.ts'
import { LINE_TOO_LONG, LINE_UNTERMINATED } from '../engine/scanNdjson.ts'
import { documentFile, type DocumentFile } from '../store/documentFile.ts'
import { fileStamp } from './fileStamp.ts'
import { lineMatcher } from './lineMatcher.ts'
import { lineTable, type LineRow } from './lineTable.ts'

/** Lines checked per worker task. */
const BATCH = 2000
/** The table names of this loader in the store. */
const TABLE = 'tarGz'

/** Options of the .tar.gz loader. */
export interface TarGzLoaderOptions {
  /** Line length and the archive's unpacked size and ratio. */
  limits: Limits
  /** The store's folder, where its document file is. */
  storeDir: string
  /** The API token: a line holding it is refused at once (its bytes are never written) and nothing of the run is kept. */
  secret?: string | undefined
  types?: DocumentTypeNames | undefined
  /** Told about each batch of lines handed to the workers: how many lines the archive had given so far (for tests). */
  onBatch?: ((batch: { size: number; linesRead: number }) => void) | undefined
}

/** What the loader keeps besides its line table. */
interface TarGzState {
  /** How the archive was when the table was made (fileStamp). */
  stamp: string | undefined
  /** The name positions use: `<archive>!/<inner path of data.ndjson>`. */
  name: string
  /** Issues of the input itself (lines too long), as the last read found them. */
  issues: Issue[]
}

/**
 * A loader for a `sanity dataset export` archive.
 * @param file the .tar.gz archive, as named on the command line
 * @param options limits, the store's folder, secret and type names
 * @returns the loader
 */
export function tarGzLoader(file: string, options: TarGzLoaderOptions): Loader {
  let name = file
  let issues: Issue[] = []
  let holdsSecret = false
  let documents: DocumentFile | undefined
  // Per entry number, for this run: its line, and whether it is a last line without newline.
  let lineOf = new Uint32Array(0)
  let unterminated = new Uint8Array(0)
  const place = (n: number, row: LineRow) => {
    if (n >= lineOf.length) {
      const size = Math.max(n + 1, lineOf.length * 2, 1024)
      const lines = new Uint32Array(size)
      lines.set(lineOf)
      lineOf = lines
      const flags = new Uint8Array(size)
      flags.set(unterminated)
      unterminated = flags
    }
    lineOf[n] = row.line
    unterminated[n] = row.flags & LINE_UNTERMINATED ? 1 : 0
  }
  return {
    kind: 'tarGz',
    identity: '',
    get name() {
      return name
    },
    get holdsSecret() {
      return holdsSecret
    },
    async load(context) {
      const file_ = documentFile(options.storeDir, context.store)
      documents = file_
      const table = lineTable(context.store, TABLE)
      const state = context.store.table<TarGzState>(TABLE).get('state')
      const stamp = await fileStamp(file)
      if (!context.full && state && stamp !== undefined && state.stamp === stamp) {
        // The archive is as it was: its table says where everything is.
        for (const row of table.rows()) if (row.n > 0) place(row.n, row)
        issues = state.issues
        name = state.name
        return
      }
      const read = await readArchive(file, options, context, file_, table, place)
      issues = read.issues
      holdsSecret = read.holdsSecret
      name = read.name
      context.store.transaction(() => context.store.table<TarGzState>(TABLE).put('state', { stamp, name, issues }))
    },
    position: (entry) => ({ file: name, line: lineOf[entry.n] ?? 0 }),
    order: (entry) => lineOf[entry.n] ?? 0,
    locate: (entry) => ({
      file: documents?.path ?? '',
      offset: entry.at?.[0] ?? 0,
      length: entry.at?.[1] ?? 0,
      name,
      line: lineOf[entry.n],
      unterminated: unterminated[entry.n] === 1,
    }),
    issues: () => issues,
    close: () => documents?.close(),
  }
}

/** Streams the archive's lines into the store, compares them with the stored table, and reports the changed entries. */
async function readArchive(
  file: string,
  options: TarGzLoaderOptions,
  context: LoadContext,
  documents: DocumentFile,
  table: ReturnType<typeof lineTable>,
  place: (n: number, row: LineRow) => void,
): Promise<{ issues: Issue[]; holdsSecret: boolean; name: string }> {
  const { store, full } = context
  const issues: Issue[] = []
  let holdsSecret = false
  const form = options.secret ? secretForm(options.secret) : ''
  const known = lineMatcher(store, TABLE, table, full)
  const writer = table.writer()
  const lanes = Math.max(2, context.workers.size * 2)
  const pending: Array<Promise<void>> = []
  let batch: LineRow[] = []
  let lines = 0

  /** Checks lines whose new bytes were appended to the document file, and puts their entries. */
  const check = async (rows: LineRow[], at: string) => {
    // The workers read the bytes from the file: its end is recorded first.
    store.transaction(() => documents.record())
    const checks = await context.workers.check(
      rows.map((row) => ({ at: { file: documents.path, offset: row.offset, length: row.length, name: at, line: row.line, unterminated: (row.flags & LINE_UNTERMINATED) !== 0 } })),
    )
    const changes: EntryChange[] = []
    rows.forEach((row, i) => {
      const verdict = checks[i]
      if (verdict) changes.push({ put: { n: row.n, hash: Buffer.from(row.hash).toString('base64url'), check: verdict, at: [row.offset, row.length] }, id: entryId(verdict) })
    })
    store.transaction(() => {
      for (const change of changes) if ('put' in change) known.file(change.put.n, change.id, change.put.hash)
    })
    context.apply(changes)
  }
  const flush = async (at: string) => {
    if (batch.length === 0) return
    const rows = batch
    batch = []
    options.onBatch?.({ size: rows.length, linesRead: lines })
    const checking = check(rows, at)
    // Its failure is taken where it is awaited; until then it must not count as unhandled.
    checking.catch(() => undefined)
    pending.push(checking)
    context.progress(`Read ${lines} lines`)
    // Reading waits while the workers have enough to do: lines in flight stay bounded.
    if (pending.length >= lanes) await pending.shift()
  }

  const take = async (raw: NdjsonRawLine, at: string) => {
    lines += 1
    const row: LineRow = { hash: new Uint8Array(32), n: 0, line: raw.line, offset: 0, length: 0, flags: raw.unterminated ? LINE_UNTERMINATED : 0 }
    if (raw.tooLong) {
      const parsed = parseNdjsonLine(raw, at)
      if (parsed.kind === 'issue') issues.push(parsed.issue)
      row.flags |= LINE_TOO_LONG
      writer.push(row)
      return
    }
    if (!isUtf8(raw.bytes)) throw notUtf8Error(at, raw.line)
    row.hash = createHash('sha256').update(raw.bytes).digest()
    if (form !== '' && holdsSecretText(raw.bytes.toString('utf8'), form)) {
      // Refused before any other check, whose messages could quote it; its bytes are written nowhere and nothing of the run is kept.
      holdsSecret = true
      const entry = refuseSecretLine(raw, at, options, context, issues)
      if (entry) {
        row.n = entry.n
        place(row.n, row)
        context.apply([{ put: entry, id: entryId(entry.check) }])
      }
      row.hash = new Uint8Array(32)
      writer.push(row)
      return
    }
    const match = known.match(row.hash)
    if (match) {
      // Bytes the store holds already: the same entry, where the document file has it.
      row.n = match.n
      row.offset = match.offset
      row.length = match.length
      if (match.changes.length) context.apply(match.changes)
      place(row.n, row)
      writer.push(row)
      return
    }
    // New bytes: into the document file, and checked with the next batch.
    row.n = context.nextEntry()
    ;[row.offset, row.length] = documents.append(raw.bytes)
    place(row.n, row)
    writer.push(row)
    batch.push(row)
    if (batch.length >= BATCH) await flush(at)
  }

  let read: Awaited<ReturnType<typeof streamTarGz>>
  try {
    let at = file
    read = await streamTarGz(file, options.limits, async (raw, name) => {
      at = name
      await take(raw, name)
    })
    await flush(at)
  } finally {
    // Nothing runs on after the read, also when it failed.
    await Promise.allSettled(pending)
  }
  await Promise.all(pending)

  // Entries of the stored table that no line has now: their bytes in the document file are no longer used.
  known.removeRest(
    (changes) => context.apply(changes),
    (length) => documents.release(length),
  )
  writer.finish()
  store.transaction(() => documents.record())
  return { issues, holdsSecret, name: read.name }
}
