/**
 * A worker thread of the export (threadWorkers.ts): checks documents and builds pages, reading
 * the documents from the source file itself, so that only verdicts and pages travel back. It
 * writes nothing: threads that create files in one folder at once slow each other down many times
 * over (200,000 files: 27 s on two threads, 5 s on one), so the main thread writes them all.
 * Tinypool calls the default export (a tool's requirement) with one task at a time.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { buildTaskPages } from '../../lib/engine/buildTask.ts'
import { checkSlim } from '../../lib/engine/checkSlim.ts'
import { trustValidated } from '../../lib/engine/trustValidated.ts'
import type { BuildTask, BuiltPage } from '../../lib/engine/types.ts'
import { createRenderMemo } from '../../../core/jsonld/renderMemo.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import type { ContentDocument } from '../../../core/model/index.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { parseNdjsonLine } from '../../../sources/readNdjson.ts'
import { nodeSha256 } from './nodeSha256.ts'
import { parseChecked } from './ndjsonFileSource.ts'

/** A line to check: where it is in the file and which line it is. */
export interface CheckItem {
  offset: number
  length: number
  line: number
  unterminated?: boolean | undefined
}

/** What the main thread asks of a worker. */
export type WorkerTask =
  | { kind: 'check'; file: string; name: string; types?: DocumentTypeNames | undefined; items: CheckItem[] }
  | { kind: 'build'; file: string; name: string; baseUrl: string | undefined; secret?: string | undefined; types?: DocumentTypeNames | undefined; task: BuildTask }

const memo = createRenderMemo()

/**
 * Runs one task.
 * @param task the task
 * @returns the verdicts of the lines (check) or the built pages (build), in the order asked
 */
export default function runTask(task: WorkerTask): Array<DocumentCheck<SlimDocument>> | BuiltPage[] {
  // Descriptors belong to the process, not the thread: each task opens the file and closes it.
  const fd = openSync(task.file, 'r')
  try {
    return task.kind === 'check' ? check(task, fd) : build(task, fd)
  } finally {
    closeSync(fd)
  }
}

function check({ name, types, items }: Extract<WorkerTask, { kind: 'check' }>, fd: number): Array<DocumentCheck<SlimDocument>> {
  const read = reader(fd, items)
  return items.map((item) => {
    const parsed = parseNdjsonLine({ bytes: read(item), line: item.line, offset: item.offset, unterminated: item.unterminated === true }, name)
    return parsed.kind === 'issue' ? { kind: 'unreadable', issue: parsed.issue } : checkSlim(types ? normaliseTypes(parsed.document.value, types) : parsed.document.value)
  })
}

function build({ name, baseUrl, secret, types, task }: Extract<WorkerTask, { kind: 'build' }>, fd: number): BuiltPage[] {
  const byId = new Map(task.documents.map((doc) => [doc.id, doc]))
  const spans = task.documents.flatMap((doc) => ('offset' in doc.handle ? [doc.handle] : []))
  const readBytes = reader(fd, spans)
  // Each document is read and parsed once per task, however many of its pages use it.
  const parsed = new Map<string, ContentDocument | undefined>()
  const get = (id: string) => {
    if (parsed.has(id)) return parsed.get(id)
    const doc = byId.get(id)
    if (!doc || !('offset' in doc.handle)) return undefined
    const read = parseChecked(readBytes(doc.handle), doc.hash, name)
    const value = trustValidated(types ? normaliseTypes(read, types) : read, id)
    parsed.set(id, value)
    return value
  }
  const pages = buildTaskPages(task, get, { baseUrl }, memo, nodeSha256)
  // Documents holding the token were refused by their bytes; this catches one that spelled it in JSON escapes.
  if (secret)
    for (const page of pages)
      for (const file of page.files ?? [])
        if (file.content.includes(secret)) throw new Error(`Unexpected API token in ${file.path}, expected output without secrets; nothing was written`)
  const current = task.current
  if (!current) return pages
  const held = new Set(current.paths)
  // Compared here, in parallel; written by the main thread alone.
  return pages.map((page) => {
    const kept: string[] = []
    const files = page.files.filter((file) => {
      const same = held.has(file.path) && sameBytes(join(current.dir, file.path), file.content)
      if (same) kept.push(file.path)
      return !same
    })
    return { ...page, files, kept }
  })
}

/** Reads lines: one read of the span they lie in when they fill at least half of it, else one read each. */
function reader(fd: number, items: ReadonlyArray<{ offset: number; length: number }>): (item: { offset: number; length: number }) => Buffer {
  if (items.length === 0) return () => Buffer.alloc(0)
  let start = Number.POSITIVE_INFINITY
  let end = 0
  let needed = 0
  for (const item of items) {
    start = Math.min(start, item.offset)
    end = Math.max(end, item.offset + item.length)
    needed += item.length
  }
  if (needed * 2 >= end - start) {
    const range = Buffer.allocUnsafe(end - start)
    readSync(fd, range, 0, range.length, start)
    return (item) => range.subarray(item.offset - start, item.offset - start + item.length)
  }
  return (item) => {
    const bytes = Buffer.allocUnsafe(item.length)
    readSync(fd, bytes, 0, item.length, item.offset)
    return bytes
  }
}

function sameBytes(file: string, content: string): boolean {
  try {
    return readFileSync(file).equals(Buffer.from(content))
  } catch {
    return false
  }
}
