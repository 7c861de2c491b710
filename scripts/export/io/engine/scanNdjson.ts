import { Buffer, isUtf8 } from 'node:buffer'
import { hash } from 'node:crypto'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { checkSlim } from '../../lib/engine/checkSlim.ts'
import { parseNdjsonLine, readNdjsonRawLines } from '../../../sources/readNdjson.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { holdsSecret as holdsSecretText } from '../../../core/secrets/holdsSecret.ts'

/** A part of an NDJSON file to scan: from just after a newline (or the start) to just after one (or the end). */
export interface ScanRange {
  file: string
  /** The source's name, for messages. */
  name: string
  start: number
  end: number
  maxLineBytes: number
  /** Check every line that needs no other care (a full export: none has a verdict yet). */
  check: boolean
  /** The API token: a line that holds it is flagged, never checked here. */
  secret?: string | undefined
  types?: DocumentTypeNames | undefined
}

/** What a line needs besides its hash. */
export const LINE_TOO_LONG = 1
export const LINE_NOT_UTF8 = 2
export const LINE_HOLDS_SECRET = 4
export const LINE_UNTERMINATED = 8

/** The non-blank lines of a range, column by column. */
export interface ScanResult {
  /** Lines in the range, blank ones included: the next range's lines count on from here. */
  lineCount: number
  /** Each non-blank line's number, counted from the range's start (1 for its first line). */
  lines: Uint32Array
  offsets: Float64Array
  lengths: Uint32Array
  /** LINE_* flags. */
  flags: Uint8Array
  /** 32 bytes of SHA-256 per line. */
  hashes: Uint8Array
  /** Verdicts of the lines checked (`check`), in line order; undefined for a line with a flag. */
  checks: Array<DocumentCheck<SlimDocument> | undefined> | undefined
}

/**
 * Reads a range of an NDJSON file once: each non-blank line's place, its SHA-256 and, when asked,
 * its own verdict. A worker thread scans one range while another scans the next, so that reading
 * and hashing a large source runs on every core; the store then tells which lines changed.
 * @param range the range and what to do with its lines
 * @returns the lines, column by column
 */
export async function scanNdjson(range: ScanRange): Promise<ScanResult> {
  const lines: number[] = []
  const offsets: number[] = []
  const lengths: number[] = []
  const flags: number[] = []
  const hashes: Buffer[] = []
  const checks: Array<DocumentCheck<SlimDocument> | undefined> | undefined = range.check ? [] : undefined
  // In any case or disguise (invisible characters, JSON escapes): a line is read as text for that.
  const form = range.secret ? secretForm(range.secret) : ''
  const empty = Buffer.alloc(32)
  const reader = readNdjsonRawLines(range.file, range.maxLineBytes, { start: range.start, end: range.end })
  let lineCount = 0
  for (;;) {
    const next = await reader.next()
    if (next.done) {
      lineCount = next.value
      break
    }
    const raw = next.value
    lines.push(raw.line)
    offsets.push(raw.offset)
    lengths.push(raw.bytes.length)
    let flag = raw.unterminated ? LINE_UNTERMINATED : 0
    if (raw.tooLong) flag |= LINE_TOO_LONG
    else if (!isUtf8(raw.bytes)) flag |= LINE_NOT_UTF8
    else if (form && holdsSecretText(raw.bytes.toString('utf8'), form)) flag |= LINE_HOLDS_SECRET
    flags.push(flag)
    hashes.push(flag & (LINE_TOO_LONG | LINE_NOT_UTF8) ? empty : hash('sha256', raw.bytes, 'buffer'))
    if (checks) {
      if (flag & (LINE_TOO_LONG | LINE_NOT_UTF8 | LINE_HOLDS_SECRET)) checks.push(undefined)
      else {
        const parsed = parseNdjsonLine(raw, range.name)
        checks.push(parsed.kind === 'issue' ? { kind: 'unreadable', issue: parsed.issue } : checkSlim(range.types ? normaliseTypes(parsed.document.value, range.types) : parsed.document.value))
      }
    }
  }
  return {
    lineCount,
    lines: Uint32Array.from(lines),
    offsets: Float64Array.from(offsets),
    lengths: Uint32Array.from(lengths),
    flags: Uint8Array.from(flags),
    hashes: new Uint8Array(Buffer.concat(hashes)),
    checks,
  }
}
