/**
 * A worker thread of the export (threadWorkers.ts): scans ranges of an NDJSON source, checks
 * documents and builds pages, reading the documents where the store says they are (the source
 * file, or the store's document file), so that only hashes, verdicts and pages travel back. It
 * writes nothing: threads that create files in one folder at once slow each other down many
 * times over (200,000 files: 27 s on two threads, 5 s on one), so the main thread writes them
 * all. Tinypool calls the default export (a tool's requirement) with one task at a time.
 */
import { readFileSync } from 'node:fs'
import Tinypool from 'tinypool'
import { join } from 'node:path'
import { buildTaskPages } from '../../lib/engine/buildTask.ts'
import { checkSlim } from '../../lib/engine/checkSlim.ts'
import { trustValidated } from '../../lib/engine/trustValidated.ts'
import type { BuildTask, BuiltPage, CheckItem } from '../../lib/engine/types.ts'
import { createRenderMemo } from '../../../core/jsonld/renderMemo.ts'
import type { IdOptions } from '../../../core/jsonld/ids.ts'
import type { DocumentTypeNames } from '../../../core/model/documentTypes.ts'
import type { ContentDocument } from '../../../core/model/index.ts'
import type { DocumentCheck } from '../../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../../core/model/slimDocument.ts'
import { fileReader } from './fileReader.ts'
import { nodeSha256 } from './nodeSha256.ts'
import { parseChecked } from './parseChecked.ts'
import { STORE_DOCUMENTS } from '../store/documentFile.ts'
import { scanNdjson, type ScanRange, type ScanResult } from './scanNdjson.ts'

/** What the main thread asks of a worker. */
export type WorkerTask =
  | { kind: 'check'; items: CheckItem[]; types?: DocumentTypeNames | undefined }
  | { kind: 'build'; task: BuildTask; ids: IdOptions; secret?: string | undefined; types?: DocumentTypeNames | undefined }
  | { kind: 'scan'; range: ScanRange }

const memo = createRenderMemo()

/**
 * Runs one task.
 * @param task the task
 * @returns the verdicts (check), the built pages (build) or the lines of a range (scan), in the order asked
 */
export default async function runTask(task: WorkerTask): Promise<Array<DocumentCheck<SlimDocument>> | BuiltPage[] | ScanResult> {
  if (task.kind === 'scan') return scanNdjson(task.range)
  // Descriptors belong to the process, not the thread: each task opens its files and closes them.
  const reader = fileReader({ types: task.types })
  try {
    if (task.kind === 'check')
      return task.items.map((item): DocumentCheck<SlimDocument> => {
        const parsed = reader.parse(item)
        return 'issue' in parsed ? { kind: 'unreadable', issue: parsed.issue } : checkSlim(parsed.value)
      })
    return moved(build(task, reader)) as BuiltPage[]
  } finally {
    reader.close()
  }
}

function build({ ids, secret, task }: Extract<WorkerTask, { kind: 'build' }>, reader: ReturnType<typeof fileReader>): Array<BuiltPage<string>> {
  const byId = new Map(task.documents.map((doc) => [doc.id, doc]))
  const spans = task.documents.flatMap((doc) => ('file' in doc.at ? [doc.at] : []))
  const bytes = reader.bytes(spans)
  // Each document is read and parsed once per task, however many of its pages use it.
  const parsed = new Map<string, ContentDocument | undefined>()
  const get = (id: string) => {
    if (parsed.has(id)) return parsed.get(id)
    const doc = byId.get(id)
    if (!doc) return undefined
    const at = doc.at
    const value = 'file' in at ? reader.read({ ...doc, at: { value: parseChecked(bytes(at), doc.hash, at.name, at.file.endsWith(STORE_DOCUMENTS) ? at.file : undefined) } }) : reader.read(doc)
    const found = trustValidated(value, id)
    parsed.set(id, found)
    return found
  }
  const pages = buildTaskPages(task, get, ids, memo, nodeSha256)
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

/**
 * The pages with their files' text encoded here, all into one buffer that moves to the main thread
 * without a copy: the main thread then neither copies nor encodes the text (an export's pages are
 * about 5 KB of text per document, all of it held by the main thread's heap until written).
 * @param pages the built pages, their files' content as text
 * @returns the pages, each file's content a view of the one buffer, ready to be moved
 */
function moved(pages: ReadonlyArray<BuiltPage<string>>): unknown {
  let size = 0
  for (const page of pages) for (const file of page.files) size += Buffer.byteLength(file.content)
  const buffer = new ArrayBuffer(size)
  const bytes = Buffer.from(buffer)
  let at = 0
  const out = pages.map((page): BuiltPage<Uint8Array> => ({
    ...page,
    files: page.files.map((file) => {
      const length = bytes.write(file.content, at, 'utf8')
      const content = new Uint8Array(buffer, at, length)
      at += length
      return { path: file.path, content }
    }),
  }))
  // Tinypool's way to hand a result over with a transfer list (the typings name its symbols' unique types, not these getters').
  const movable = { [Tinypool.transferableSymbol]: [buffer], [Tinypool.valueSymbol]: out }
  return Tinypool.move(movable as unknown as Parameters<typeof Tinypool.move>[0])
}

function sameBytes(file: string, content: string): boolean {
  try {
    return readFileSync(file).equals(Buffer.from(content))
  } catch {
    return false
  }
}
