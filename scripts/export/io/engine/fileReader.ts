import { closeSync, openSync, readSync } from 'node:fs'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import { renamesTypes } from '../../../core/typeNamesSource.ts'
import type { DocumentLocation, DocumentReader } from '../../lib/engine/types.ts'
import { memoryReader } from '../../lib/engine/memoryReader.ts'
import { parseNdjsonLine } from '../../../sources/readNdjson.ts'
import { parseChecked } from './parseChecked.ts'
import { STORE_DOCUMENTS } from '../store/documentFile.ts'

/** A reader of documents in files, with the files it opened. */
export interface FileReader extends DocumentReader {
  /** Reads the bytes of spans of one file: one read of the span they lie in when they fill at least half of it. */
  bytes(spans: ReadonlyArray<Extract<DocumentLocation, { file: string }>>): (span: Extract<DocumentLocation, { file: string }>) => Buffer
  close(): void
}

/**
 * Reads documents where the store says they are: a span of a file (a line of the source, or of
 * the store's document file), or a value in memory. Bytes read again for a page are checked
 * against the hash they were validated under; documents of a Studio that renamed jobld's types
 * read under jobld's names (normaliseTypes), here as in every thread.
 * @param options the Studio's type names (`--types`)
 * @returns the reader; `close()` closes its files
 */
export function fileReader(options: { types?: DocumentTypeNames | undefined } = {}): FileReader {
  const names = renamesTypes(options.types) ? options.types : undefined
  const mapped = (value: Record<string, unknown>) => (names ? normaliseTypes(value, names) : value)
  const inMemory = memoryReader()
  const files = new Map<string, number>()
  const fd = (file: string) => {
    let found = files.get(file)
    if (found === undefined) {
      found = openSync(file, 'r')
      files.set(file, found)
    }
    return found
  }
  const readSpan = (span: Extract<DocumentLocation, { file: string }>) => {
    const bytes = Buffer.allocUnsafe(span.length)
    readSync(fd(span.file), bytes, 0, span.length, span.offset)
    return bytes
  }
  return {
    parse(item) {
      const at = item.at
      if ('value' in at) return { value: mapped(at.value) }
      const parsed = parseNdjsonLine({ bytes: readSpan(at), line: at.line ?? 0, offset: at.offset, unterminated: at.unterminated === true }, at.name)
      return parsed.kind === 'issue' ? { issue: parsed.issue } : { value: mapped(parsed.document.value) }
    },
    read(doc) {
      if ('value' in doc.at) return mapped(inMemory.read(doc))
      return mapped(parseChecked(readSpan(doc.at), doc.hash, doc.at.name, doc.at.file.endsWith(STORE_DOCUMENTS) ? doc.at.file : undefined))
    },
    bytes(spans) {
      if (spans.length === 0) return readSpan
      let start = Number.POSITIVE_INFINITY
      let end = 0
      let needed = 0
      const file = spans[0]?.file
      for (const span of spans) {
        if (span.file !== file) return readSpan
        start = Math.min(start, span.offset)
        end = Math.max(end, span.offset + span.length)
        needed += span.length
      }
      if (file === undefined || needed * 2 < end - start) return readSpan
      const range = Buffer.allocUnsafe(end - start)
      readSync(fd(file), range, 0, range.length, start)
      return (span) => (span.file === file && span.offset >= start && span.offset + span.length <= end ? range.subarray(span.offset - start, span.offset - start + span.length) : readSpan(span))
    },
    close() {
      for (const descriptor of files.values()) closeSync(descriptor)
      files.clear()
    },
  }
}
