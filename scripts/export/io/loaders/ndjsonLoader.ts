/**
 * The NDJSON loader (`--from export.ndjson`): a Sanity export, one document per line. The store
 * keeps the file's line table (each non-blank line's hash, entry and place); a run that finds the
 * file as it was (same device, inode, size and time stamps) reads nothing, and any other run
 * reads and hashes the lines on every core (scanNdjson, in ranges) and compares them with the
 * table in order: a line with the bytes of the line the table has there, or of a line elsewhere
 * in it, is the same entry and is not parsed again; only new bytes are checked. Documents are
 * read again from the file, at their place in it, when a page is built.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { readFileSpan } from '../engine/readFileSpan.ts'
import { stat } from 'node:fs/promises'
import type { Issue } from '../../../core/issue.ts'
import type { DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import { entryId } from '../../lib/engine/entryId.ts'
import type { EntryChange, LoadContext, Loader } from '../../lib/engine/types.ts'
import type { StoredEntry } from '../../lib/store/contentStore.ts'
import { refuseSecretLine } from './refuseSecretLine.ts'
import { emptyNdjsonError, ndjsonReadError, notUtf8Error, parseNdjsonLine } from '../../../sources/readNdjson.ts'
import { LINE_HOLDS_SECRET, LINE_NOT_UTF8, LINE_TOO_LONG, LINE_UNTERMINATED, scanNdjson, type ScanRange, type ScanResult } from '../engine/scanNdjson.ts'
import { lineTable, type LineRow } from './lineTable.ts'
import { lineMatcher } from './lineMatcher.ts'
import { fileStamp } from './fileStamp.ts'

/** Bytes per scanned range: a worker's task. */
const RANGE_BYTES = 16 * 1024 * 1024
/** Lines checked per worker task when only some changed. */
const CHECK_BATCH = 2000

/** Options of the NDJSON loader. */
export interface NdjsonLoaderOptions {
  /** The name positions and messages use (as given on the command line). */
  name: string
  maxLineBytes: number
  /** The API token: a line holding it is refused at once and nothing of the run is kept. */
  secret?: string | undefined
  types?: DocumentTypeNames | undefined
  /** Scans a range on a worker thread (default: in this thread). */
  scan?: ((range: ScanRange) => Promise<ScanResult>) | undefined
  /** Ranges scanned at once. */
  lanes?: number | undefined
}

/** What the loader keeps besides its table. */
interface NdjsonState {
  /** How the file was when the table was made (fileStamp): the same again means the same bytes. */
  stamp: string | undefined
  /** Issues of the input itself (lines too long), as the last scan found them. */
  issues: Issue[]
}

/**
 * A loader for an NDJSON file.
 * @param file the file
 * @param options name, limits, secret, type names and how ranges are scanned
 * @returns the loader
 */
export function ndjsonLoader(file: string, options: NdjsonLoaderOptions): Loader {
  const { name } = options
  let issues: Issue[] = []
  let holdsSecret = false
  // Per entry number, for this run: its line, offset, length and whether it is a last line without newline.
  let lineOf = new Uint32Array(0)
  let offsetOf = new Float64Array(0)
  let lengthOf = new Uint32Array(0)
  let unterminated = new Uint8Array(0)
  const place = (n: number, row: LineRow) => {
    if (n >= lineOf.length) {
      const size = Math.max(n + 1, lineOf.length * 2, 1024)
      lineOf = grow(lineOf, new Uint32Array(size))
      offsetOf = grow(offsetOf, new Float64Array(size))
      lengthOf = grow(lengthOf, new Uint32Array(size))
      unterminated = grow(unterminated, new Uint8Array(size))
    }
    lineOf[n] = row.line
    offsetOf[n] = row.offset
    lengthOf[n] = row.length
    unterminated[n] = row.flags & LINE_UNTERMINATED ? 1 : 0
  }
  return {
    kind: 'ndjson',
    identity: '',
    name,
    get holdsSecret() {
      return holdsSecret
    },
    async load(context) {
      const table = lineTable(context.store)
      const state = context.store.table<NdjsonState>('ndjson').get('state')
      const stamp = await fileStamp(file)
      if (!context.full && state && stamp !== undefined && state.stamp === stamp) {
        // The file is as it was: its table says where everything is.
        for (const row of table.rows()) if (row.n > 0) place(row.n, row)
        issues = state.issues
        return
      }
      const found = await scanFile(file, options, context, table, place)
      issues = found.issues
      holdsSecret = found.holdsSecret
      context.store.transaction(() => context.store.table<NdjsonState>('ndjson').put('state', { stamp, issues }))
    },
    position: (entry) => ({ file: name, line: lineOf[entry.n] ?? 0 }),
    order: (entry) => lineOf[entry.n] ?? 0,
    locate: (entry) => ({ file, offset: offsetOf[entry.n] ?? 0, length: lengthOf[entry.n] ?? 0, name, line: lineOf[entry.n], unterminated: unterminated[entry.n] === 1 }),
    issues: () => issues,
    close: () => undefined,
  }
}

/** Reads the whole file in ranges, compares its lines with the stored table, and reports the changed entries. */
async function scanFile(
  file: string,
  options: NdjsonLoaderOptions,
  context: LoadContext,
  table: ReturnType<typeof lineTable>,
  place: (n: number, row: LineRow) => void,
): Promise<{ issues: Issue[]; holdsSecret: boolean }> {
  const { store, full } = context
  const issues: Issue[] = []
  let holdsSecret = false
  const size = (
    await stat(file).catch((error: unknown) => {
      throw ndjsonReadError(error, options.name)
    })
  ).size
  const ranges = splitRanges(file, size)
  const scan = options.scan ?? scanNdjson
  const lanes = Math.max(1, options.lanes ?? 1)
  const lines = lineMatcher(store, 'ndjson', table, full)
  const fresh: LineRow[] = []
  const writer = table.writer()
  let base = 0
  let count = 0
  const pending: Array<Promise<ScanResult>> = []
  let next = 0
  const start = () => {
    const range = ranges[next++]
    if (range) pending.push(scan({ file, name: options.name, start: range.start, end: range.end, maxLineBytes: options.maxLineBytes, check: full, secret: options.secret, types: options.types }))
  }
  for (let i = 0; i < lanes; i++) start()
  while (pending.length) {
    const result = await pending.shift()
    start()
    if (!result) break
    const changes: EntryChange[] = []
    const filed: Array<[number, string | undefined, string]> = []
    for (let i = 0; i < result.lines.length; i++) {
      count += 1
      const row: LineRow = {
        hash: result.hashes.subarray(i * 32, i * 32 + 32),
        n: 0,
        line: base + (result.lines[i] ?? 0),
        offset: result.offsets[i] ?? 0,
        length: result.lengths[i] ?? 0,
        flags: result.flags[i] ?? 0,
      }
      if (row.flags & LINE_NOT_UTF8) throw notUtf8Error(options.name, row.line)
      if (row.flags & LINE_TOO_LONG) {
        const parsed = parseNdjsonLine({ bytes: Buffer.alloc(0), line: row.line, offset: row.offset, unterminated: false, tooLong: { limit: options.maxLineBytes } }, options.name)
        if (parsed.kind === 'issue') issues.push(parsed.issue)
        writer.push(row)
        continue
      }
      if (row.flags & LINE_HOLDS_SECRET) {
        // Refused before any other check, whose messages could quote it; nothing of this run is kept.
        holdsSecret = true
        const entry = refuseSecret(file, row, options, context, issues)
        if (entry) {
          row.n = entry.n
          changes.push({ put: entry, id: entryId(entry.check) })
          place(row.n, row)
        }
        writer.push(row)
        continue
      }
      const match = lines.match(row.hash)
      if (match) {
        row.n = match.n
        changes.push(...match.changes)
        place(row.n, row)
        writer.push(row)
        continue
      }
      // New bytes: a new entry (a full export's scan checked every line already; others are checked below).
      row.n = context.nextEntry()
      place(row.n, row)
      const check = result.checks?.[i]
      if (check) {
        changes.push({ put: { n: row.n, hash: Buffer.from(row.hash).toString('base64url'), check }, id: entryId(check) })
        filed.push([row.n, entryId(check), Buffer.from(row.hash).toString('base64url')])
      } else fresh.push({ ...row, hash: Uint8Array.from(row.hash) })
      writer.push(row)
    }
    base += result.lineCount
    if (filed.length) store.transaction(() => filed.forEach(([n, id, hashText]) => lines.file(n, id, hashText)))
    if (changes.length) context.apply(changes)
    context.progress(`Read ${count} lines`)
  }
  if (count === 0) throw emptyNdjsonError(options.name)
  // Lines with new bytes in a file the store had seen: checked in batches on the workers.
  for (let i = 0; i < fresh.length; i += CHECK_BATCH) {
    const batch = fresh.slice(i, i + CHECK_BATCH)
    const checks = await context.workers.check(
      batch.map((row) => ({ at: { file, offset: row.offset, length: row.length, name: options.name, line: row.line, unterminated: (row.flags & LINE_UNTERMINATED) !== 0 } })),
    )
    const changes: EntryChange[] = []
    batch.forEach((row, j) => {
      const check = checks[j]
      if (check) changes.push({ put: { n: row.n, hash: Buffer.from(row.hash).toString('base64url'), check }, id: entryId(check) })
    })
    store.transaction(() => {
      for (const change of changes) if ('put' in change) lines.file(change.put.n, change.id, change.put.hash)
    })
    context.apply(changes)
  }
  // Entries of the stored table that no line has now.
  lines.removeRest((changes) => context.apply(changes))
  writer.finish()
  return { issues, holdsSecret }
}

/** A line holding the token: its verdict (never checked further) or, for what is no document of jobld's, its issues. */
function refuseSecret(file: string, row: LineRow, options: NdjsonLoaderOptions, context: LoadContext, issues: Issue[]): StoredEntry | undefined {
  const bytes = readFileSpan(file, row.offset, row.length)
  return refuseSecretLine({ bytes, line: row.line, offset: row.offset, unterminated: (row.flags & LINE_UNTERMINATED) !== 0 }, options.name, options, context, issues)
}

/** Ranges of about RANGE_BYTES, each ending just after a newline (or at the end). */
function splitRanges(file: string, size: number): Array<{ start: number; end: number }> {
  if (size <= RANGE_BYTES) return [{ start: 0, end: size }]
  const ranges: Array<{ start: number; end: number }> = []
  const fd = openSync(file, 'r')
  const window = Buffer.allocUnsafe(64 * 1024)
  try {
    let start = 0
    while (start < size) {
      let end = Math.min(size, start + RANGE_BYTES)
      // Forward to just after the next newline; a line longer than a window is followed window by window.
      while (end < size) {
        const read = readSync(fd, window, 0, window.length, end)
        if (read <= 0) {
          end = size
          break
        }
        const at = window.subarray(0, read).indexOf(0x0a)
        if (at !== -1) {
          end += at + 1
          break
        }
        end += read
      }
      ranges.push({ start, end: Math.min(end, size) })
      start = end
    }
  } finally {
    closeSync(fd)
  }
  return ranges
}

function grow<T extends Uint32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from)
  return to
}
