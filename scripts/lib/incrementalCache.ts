/**
 * The export cache: what an export remembers of the documents it read and the pages it wrote, so
 * that the next export re-validates and rewrites only the pages whose inputs changed.
 */
import { createHash } from 'node:crypto'
import type { PagePlan } from './buildPages.ts'
import type { Issue } from './issue.ts'
import type { ManifestEntry } from './renderFiles.ts'
import type { DocumentCheck } from './validate/checkDocument.ts'
import type { SlimDocument } from './validate/slimDocument.ts'

/** One page as the previous export wrote it. */
export interface CachedPage {
  /** pageSignature of the inputs it was built from. */
  sig: string
  entry: ManifestEntry
  /** Its JSON-LD issues, before `--strict`. */
  issues: Issue[]
}

/** The contents of the cache file. */
export interface ExportCache {
  format: 'jobld-export-cache'
  /** Fingerprint of the code that wrote it: another version of jobld starts afresh. */
  tool: string
  /** The base URL the pages were built with. */
  baseUrl: string | null
  /** Name of the version folder the pages are in. */
  version: string
  /** Content hash of each document line → its own verdict, with slim documents. */
  documents: Array<[string, DocumentCheck<SlimDocument>]>
  pages: CachedPage[]
}

const kinds = new Set(['missingId', 'unpublished', 'unknownType', 'invalid', 'valid'])

/**
 * Reads a cache file's text, refusing one that is damaged or was written by other code or options.
 * @param text the file's text
 * @param expected the current code fingerprint and base URL
 * @returns the cache, or undefined when it cannot be trusted (then the export starts afresh)
 */
export function parseExportCache(text: string, expected: { tool: string; baseUrl: string | null }): ExportCache | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(value) || value.format !== 'jobld-export-cache' || value.tool !== expected.tool || value.baseUrl !== expected.baseUrl) return undefined
  const { version, documents, pages } = value
  if (typeof version !== 'string' || !Array.isArray(documents) || !Array.isArray(pages)) return undefined
  const checked: ExportCache['documents'] = []
  for (const item of documents) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !isCheck(item[1])) return undefined
    checked.push([item[0], item[1]])
  }
  const cachedPages: CachedPage[] = []
  for (const page of pages) {
    if (!isCachedPage(page)) return undefined
    cachedPages.push(page)
  }
  return { format: 'jobld-export-cache', tool: expected.tool, baseUrl: expected.baseUrl, version, documents: checked, pages: cachedPages }
}

/**
 * The signature of a page's inputs: its plan and the content hash of every source document, and
 * the base URL. Equal signatures give byte-identical files.
 * @param plan the page's plan
 * @param hashOf content hash of a document by `_id`
 * @param baseUrl the base URL, if any
 * @returns a hex sha256
 */
export function pageSignature(plan: PagePlan, hashOf: (id: string) => string | undefined, baseUrl: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([baseUrl ?? null, plan, plan.sourceIds.map((id) => hashOf(id) ?? null)]))
    .digest('base64url')
}

// The checks below are deliberately shallow: the file is written whole and renamed into place by
// the export itself, and any surprise later makes the export start afresh.
function isCheck(value: unknown): value is DocumentCheck<SlimDocument> {
  if (!isRecord(value) || typeof value.kind !== 'string' || !kinds.has(value.kind)) return false
  if (value.kind === 'missingId') return typeof value.docType === 'string' && typeof value.idText === 'string'
  if (typeof value.id !== 'string') return false
  if (value.kind === 'invalid') return typeof value.type === 'string' && Array.isArray(value.issues) && value.issues.every(isIssue)
  if (value.kind === 'valid') return typeof value.type === 'string' && isRecord(value.doc) && value.doc._type === value.type && value.doc._id === value.id
  return true
}

function isIssue(value: unknown): value is Issue {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string' && typeof value.docId === 'string' && Array.isArray(value.path)
}

function isCachedPage(value: unknown): value is CachedPage {
  if (!isRecord(value) || typeof value.sig !== 'string' || !Array.isArray(value.issues) || !value.issues.every(isIssue)) return false
  const entry = value.entry
  return isRecord(entry) && typeof entry.path === 'string' && typeof entry.html === 'string' && typeof entry.sha256 === 'string' && Array.isArray(entry.sourceIds)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
