import { Buffer, isUtf8 } from 'node:buffer'
import { hash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import type { DocumentSource, SourceEntry } from '../../lib/engine/types.ts'
import type { Issue } from '../../../core/issue.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { holdsSecret } from '../../../core/secrets/holdsSecret.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { emptyNdjsonError, parseNdjsonLine, readNdjsonRawLines } from '../../../sources/readNdjson.ts'
import { SourceError } from '../../../sources/sourceError.ts'

/** Lines per batch handed to the pipeline: large enough for a worker task, small enough to keep both cores busy. */
const LINES_PER_BATCH = 2000

/** Options of an NDJSON file source. */
export interface NdjsonFileSourceOptions {
  /** The name positions and messages use (`data.ndjson`, `sanity://project/dataset`). */
  name: string
  /** Verdicts of documents seen before, by the hash of their bytes. */
  known?: ReadonlyMap<string, DocumentCheck<SlimDocument>> | undefined
  /** The API token: a line holding it is refused at once and never cached. */
  secret?: string | undefined
  maxLineBytes: number
}

/**
 * An NDJSON file (an export, or the local copy of the Content Lake) as a source: streamed once, a
 * hash per line; each document read again by its offset, its bytes checked against that hash.
 * Lines that are not UTF-8 stop the export (a SourceError at the line); lines that are not JSON
 * objects are left to the workers, which report them as issues at their line.
 * @param file the file to read
 * @param options name, known verdicts, secret and line limit
 * @returns the source
 */
export function ndjsonFileSource(file: string, options: NdjsonFileSourceOptions): DocumentSource {
  const { name, known, secret, maxLineBytes } = options
  const form = secret ? secretForm(secret) : ''
  const issues: Issue[] = []
  let fd: number | undefined
  const readBytes = (entry: SourceEntry) => {
    const handle = entry.handle
    if (!('offset' in handle)) throw new Error('Unexpected value handle in a file source, expected an offset')
    fd ??= openSync(file, 'r')
    const bytes = Buffer.allocUnsafe(handle.length)
    readSync(fd, bytes, 0, handle.length, handle.offset)
    return { bytes, handle }
  }
  return {
    issues,
    file,
    async *scan() {
      let batch: SourceEntry[] = []
      let count = 0
      for await (const raw of readNdjsonRawLines(file, maxLineBytes)) {
        count += 1
        const position = { file: name, line: raw.line }
        if (raw.tooLong) {
          const parsed = parseNdjsonLine(raw, name)
          if (parsed.kind === 'issue') issues.push(parsed.issue)
          continue
        }
        if (!isUtf8(raw.bytes))
          throw new SourceError('ENCODING', `Unexpected bytes that are not UTF-8 in "${name}" on line ${raw.line}, expected UTF-8 text`, position)
        const hashed = hash('sha256', raw.bytes, 'base64url')
        // The last line without a newline reads as cut off when it is not JSON.
        const handle = raw.unterminated ? { offset: raw.offset, length: raw.bytes.length, unterminated: true } : { offset: raw.offset, length: raw.bytes.length }
        // In any case or disguise (invisible characters, JSON escapes): a line is read as text for that.
        if (form && holdsSecret(raw.bytes.toString('utf8'), form)) {
          // Refused before any other check, whose messages could quote it; never cached.
          const parsed = parseNdjsonLine(raw, name)
          if (parsed.kind === 'issue') issues.push(parsed.issue)
          else {
            const refused = secretVerdict(parsed.document.value, secret ?? '')
            if ('check' in refused) batch.push({ hash: hashed, position, handle, check: refused.check, private: true })
            else issues.push(...refused.issues)
          }
        } else {
          batch.push({ hash: hashed, position, handle, check: known?.get(hashed) })
        }
        if (batch.length >= LINES_PER_BATCH) {
          yield batch
          batch = []
        }
      }
      if (batch.length) yield batch
      if (count === 0) throw emptyNdjsonError(name)
    },
    parse(entry) {
      const { bytes, handle } = readBytes(entry)
      const parsed = parseNdjsonLine({ bytes, line: entry.position?.line ?? 0, offset: handle.offset, unterminated: handle.unterminated === true }, name)
      return parsed.kind === 'issue' ? { issue: parsed.issue } : { value: parsed.document.value }
    },
    read(entry) {
      return parseChecked(readBytes(entry).bytes, entry.hash, name)
    },
    close() {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
    },
  }
}

/**
 * Parses a document read again from its file, after checking that the bytes are those validated.
 * @param bytes the line
 * @param expected the hash it was validated under
 * @param name the file's name for the message
 * @returns the document
 * @throws SourceError (READ) when the file changed during the export
 */
export function parseChecked(bytes: Buffer, expected: string, name: string): Record<string, unknown> {
  const changed = () => new SourceError('READ', `Unexpected change to "${name}" during the export, expected the file to stay as it was; run the export again`)
  if (expected && hash('sha256', bytes, 'base64url') !== expected) throw changed()
  const value: unknown = JSON.parse(bytes.toString('utf8'))
  if (!isRecord(value)) throw changed()
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
