import { Buffer, isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import type { Issue } from '../core/issue.ts'
import { defaultLimits, limitDefinitions } from '../core/limits.ts'
import type { RawDocument, SourceResult } from '../core/rawDocument.ts'
import { SourceError } from './sourceError.ts'

/** One non-blank NDJSON line: the object it holds, or the issue that keeps it from being one. */
export type NdjsonEntry =
  | { kind: 'document'; line: number; document: RawDocument }
  | { kind: 'issue'; line: number; issue: Issue }

const LF = 0x0a
const CR = 0x0d
const EXCERPT_LENGTH = 40
// Big reads: JSON.parse dominates, and fewer chunks mean fewer partial lines to stitch.
const HIGH_WATER_MARK = 1 << 20

/**
 * Reads an NDJSON file line by line, keeping every object and reporting every bad line.
 * @param file path of the .ndjson file, used as given in positions and messages
 * @returns the documents with their `file:line` positions, and one issue per bad line
 */
export async function readNdjson(file: string, maxLineBytes = defaultLimits.ndjsonLineBytes): Promise<SourceResult> {
  const documents: RawDocument[] = []
  const issues: Issue[] = []
  for await (const raw of readNdjsonRawLines(file, maxLineBytes)) {
    const entry = parseNdjsonLine(raw, file)
    if (entry.kind === 'document') documents.push(entry.document)
    else issues.push(entry.issue)
  }
  if (documents.length === 0 && issues.length === 0) throw emptyNdjsonError(file)
  return { documents, issues }
}

/** One non-blank NDJSON line before parsing: its bytes and where they are. */
export interface NdjsonRawLine {
  line: number
  /** The line without byte order mark, CR and LF. */
  bytes: Buffer
  /** Where `bytes` start in the stream, in bytes. */
  offset: number
  /** True for a last line that has no newline. */
  unterminated: boolean
  /** Set when the line was longer than the limit (in bytes); then `bytes` is empty. */
  tooLong?: { limit: number }
}

/**
 * Streams the non-blank lines of an NDJSON file without parsing them (an export can then skip
 * lines it has seen before), turning read errors into SourceErrors as readNdjson does. A range
 * that starts after a newline reads the lines in it: offsets are the file's, line numbers count
 * from the range's start.
 * @param file path of the .ndjson file
 * @param maxLineBytes the longest line kept; longer ones come as `tooLong` (see ndjsonRawLines)
 * @param range the bytes to read, `start` inclusive, `end` exclusive (default: all)
 * @returns an async generator of lines, in file order; it returns how many lines the range has, blank ones included
 */
export async function* readNdjsonRawLines(
  file: string,
  maxLineBytes = defaultLimits.ndjsonLineBytes,
  range?: { start: number; end: number },
): AsyncGenerator<NdjsonRawLine, number, undefined> {
  if (range && range.end <= range.start) return 0
  const stream = createReadStream(file, { highWaterMark: HIGH_WATER_MARK, ...(range ? { start: range.start, end: range.end - 1 } : {}) })
  try {
    return yield* ndjsonRawLines(stream, file, maxLineBytes, { offset: range?.start ?? 0 })
  } catch (error) {
    throw ndjsonReadError(error, file)
  } finally {
    stream.destroy()
  }
}

/**
 * The error for a line whose bytes are not UTF-8.
 * @param file the name positions use
 * @param line its line number
 * @returns the error to throw
 */
export function notUtf8Error(file: string, line: number): SourceError {
  return new SourceError('ENCODING', `Unexpected bytes that are not UTF-8 in "${file}" on line ${line}, expected UTF-8 text`, { file, line })
}

/** The error for an NDJSON file without a single non-blank line. */
export function emptyNdjsonError(file: string): SourceError {
  return new SourceError('EMPTY', `Unexpected empty file "${file}", expected one JSON object per line`)
}

/**
 * Splits a byte stream into NDJSON lines and parses each one, without ever holding more than one line.
 * Strips a UTF-8 byte order mark, accepts CRLF and skips blank lines; line numbers count every line.
 * @param stream bytes of the NDJSON text (a file stream, a tar entry, a response body)
 * @param file name for positions and messages (`export.tar.gz!/data.ndjson`)
 * @param maxLineBytes the longest line parsed; a longer one is an issue at its line
 * @returns an async generator of parsed documents and issues, in file order
 */
export async function* ndjsonLines(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  maxLineBytes = defaultLimits.ndjsonLineBytes,
): AsyncGenerator<NdjsonEntry, void, undefined> {
  for await (const raw of ndjsonRawLines(stream, file, maxLineBytes)) yield parseNdjsonLine(raw, file)
}

/**
 * Splits a byte stream into its non-blank NDJSON lines, unparsed. A line longer than
 * `maxLineBytes` is never held: it comes out as an empty line with `tooLong` set as soon as it
 * passes the limit (a stream that never sends its newline is caught at once), and the rest of
 * it is dropped unread, so that a file with one runaway line still reports every other line.
 * @param stream bytes of the NDJSON text
 * @param file name for messages
 * @param maxLineBytes the longest line kept
 * @param from where the stream starts in its file (a byte order mark is looked for at 0 only)
 * @returns an async generator of lines with their byte offsets; it returns how many lines there were, blank ones included
 */
export async function* ndjsonRawLines(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  maxLineBytes = defaultLimits.ndjsonLineBytes,
  from: { offset: number } = { offset: 0 },
): AsyncGenerator<NdjsonRawLine, number, undefined> {
  const bom = from.offset === 0
  // Lines completed so far.
  let line = 0
  // Pieces of a line that spans chunks; joined once, when its newline arrives.
  let pending: Buffer[] = []
  let pendingLength = 0
  let pendingStart = 0
  // True while the rest of a line over the limit is dropped.
  let skipping = false
  let consumed = from.offset
  const runaway = (start: number): NdjsonRawLine => ({
    line: line + 1,
    bytes: Buffer.alloc(0),
    offset: start,
    unterminated: false,
    tooLong: { limit: maxLineBytes },
  })
  for await (const chunk of stream) {
    const bytes = toBuffer(chunk)
    let start = 0
    let newline = bytes.indexOf(LF, start)
    while (newline !== -1) {
      const piece = bytes.subarray(start, newline)
      const lineStart = pending.length === 0 && !skipping ? consumed + start : pendingStart
      if (!skipping && pendingLength + piece.length > maxLineBytes) yield runaway(lineStart)
      else if (!skipping) {
        const raw = trimLine(pending.length === 0 ? piece : Buffer.concat([...pending, piece]), line + 1, lineStart, file, false, bom)
        if (raw) yield raw
      }
      line += 1
      pending = []
      pendingLength = 0
      skipping = false
      start = newline + 1
      newline = bytes.indexOf(LF, start)
    }
    if (start < bytes.length && !skipping) {
      if (pending.length === 0) pendingStart = consumed + start
      const rest = bytes.subarray(start)
      if (pendingLength + rest.length > maxLineBytes) {
        yield runaway(pendingStart)
        skipping = true
        pending = []
        pendingLength = 0
      } else {
        pending.push(rest)
        pendingLength += rest.length
      }
    }
    consumed += bytes.length
  }
  if (pending.length > 0) {
    const raw = trimLine(Buffer.concat(pending), line + 1, pendingStart, file, true, bom)
    if (raw) yield raw
    line += 1
  } else if (skipping) line += 1
  return line
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8')
  if (Buffer.isBuffer(chunk)) return chunk
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

function trimLine(raw: Buffer, line: number, offset: number, file: string, unterminated: boolean, bom: boolean): NdjsonRawLine | undefined {
  let bytes = raw
  let start = offset
  if (line === 1 && bom) {
    bytes = stripByteOrderMark(bytes, file)
    start += raw.length - bytes.length
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1)
  if (isBlank(bytes)) return undefined
  return { line, bytes, offset: start, unterminated }
}

/**
 * Parses one NDJSON line into a document, or the issue that keeps it from being one.
 * @param raw the line from ndjsonRawLines
 * @param file name for positions and messages
 * @returns the document with its `file:line` position, or the issue
 */
export function parseNdjsonLine({ bytes, line, unterminated, tooLong }: NdjsonRawLine, file: string): NdjsonEntry {
  if (tooLong !== undefined) {
    const { env } = limitDefinitions.ndjsonLineBytes
    return issue(
      'ndjson.line_too_long',
      `Unexpected line longer than ${tooLong.limit.toLocaleString('en')} bytes, expected one document of at most that size per line (raise ${env} for longer ones)`,
      { file, line },
    )
  }
  if (!isUtf8(bytes)) throw notUtf8Error(file, line)
  const text = bytes.toString('utf8')
  const position = { file, line }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const what = unterminated ? 'end of file inside' : 'text that is not JSON:'
    return issue('ndjson.invalid_json', `Unexpected ${what} ${excerpt(text)}, expected one JSON object per line`, position)
  }
  if (!isRecord(value)) {
    return issue('ndjson.not_object', `Unexpected ${describe(value)} ${excerpt(text)}, expected one JSON object per line`, position)
  }
  return { kind: 'document', line, document: { value, position } }
}

function stripByteOrderMark(bytes: Buffer, file: string): Buffer {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError(
      'ENCODING',
      `Unexpected UTF-16 byte order mark in "${file}", expected UTF-8 text (re-save the file as UTF-8)`,
      { file, line: 1 },
    )
  }
  return bytes
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== CR) return false
  }
  return true
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'JSON null'
  if (Array.isArray(value)) return 'JSON array'
  return `JSON ${typeof value}`
}

function excerpt(text: string): string {
  const trimmed = text.trim()
  const cut = [...trimmed.slice(0, EXCERPT_LENGTH * 2)].slice(0, EXCERPT_LENGTH).join('')
  return `\`${cut}${cut.length < trimmed.length ? '…' : ''}\``
}

function issue(code: string, message: string, position: { file: string; line: number }): NdjsonEntry {
  return {
    kind: 'issue',
    line: position.line,
    issue: {
      severity: 'error',
      code,
      docId: `(line ${position.line})`,
      docType: '(unknown)',
      path: [],
      message,
      position,
    },
  }
}

/**
 * A failure to read an NDJSON file as the readers report it: a missing file, or one that cannot be
 * read, named; anything else as it is.
 * @param error what reading threw
 * @param file the file, as named in messages
 * @returns the error to throw
 */
export function ndjsonReadError(error: unknown, file: string): unknown {
  if (error instanceof SourceError) return error
  const code = errorCode(error)
  if (code === 'ENOENT') {
    return new SourceError('ENOENT', `Unexpected missing file "${file}", expected an NDJSON file`)
  }
  if (code !== undefined) {
    return new SourceError('READ', `Unexpected ${code} while reading "${file}", expected a readable NDJSON file`)
  }
  return error
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
