/**
 * The export cache: what an export remembers of the documents it read and the pages it wrote, so
 * that the next export re-validates and rewrites only the pages whose inputs changed. Stored as
 * NDJSON (a header line, then one line per document and per page) so that it is written and read
 * a line at a time, never as one string of hundreds of megabytes.
 */
import { createHash } from 'node:crypto'
import type { PagePlan } from './buildPages.ts'
import type { Issue } from './issue.ts'
import type { DocumentCheck } from './validate/checkDocument.ts'
import type { SlimDocument } from './validate/slimDocument.ts'

/** One page as the previous export wrote it: what its manifest entry needs beyond its plan. */
export interface CachedPage {
  /** pageSignature of the inputs it was built from. */
  sig: string
  types: string[]
  /** sha256 of its `.jsonld` file. */
  sha256: string
  /** Its JSON-LD issues, before `--strict`. */
  issues: Issue[]
}

/** The first line of the cache file. */
export interface CacheHeader {
  format: 'jobld-export-cache'
  /** Fingerprint of the code that wrote it: another version of jobld starts afresh. */
  tool: string
  /** The base URL the pages were built with. */
  baseUrl: string | null
  /** Name of the version folder the pages are in. */
  version: string
  /** How many document and page lines follow (a shorter file is incomplete). */
  documents: number
  pages: number
}

/** One line after the header. */
export type CacheRecord =
  | { kind: 'document'; hash: string; check: DocumentCheck<SlimDocument> }
  | { kind: 'page'; path: string; page: CachedPage }

const kinds = new Set(['missingId', 'unpublished', 'unknownType', 'invalid', 'valid'])

/**
 * Reads the header line, refusing a cache written by other code or with another base URL.
 * @param line the first line
 * @param expected the current code fingerprint and base URL
 * @returns the header, or undefined when the cache cannot be used
 */
export function parseCacheHeader(line: string, expected: { tool: string; baseUrl: string | null }): CacheHeader | undefined {
  const value = parse(line)
  if (!isRecord(value) || value.format !== 'jobld-export-cache' || value.tool !== expected.tool || value.baseUrl !== expected.baseUrl) return undefined
  const { version, documents, pages } = value
  if (typeof version !== 'string' || typeof documents !== 'number' || typeof pages !== 'number') return undefined
  return { format: 'jobld-export-cache', tool: expected.tool, baseUrl: expected.baseUrl, version, documents, pages }
}

/**
 * Reads one document or page line.
 * @param line the line
 * @returns the record, or undefined when the line is damaged
 */
export function parseCacheRecord(line: string): CacheRecord | undefined {
  const value = parse(line)
  if (!Array.isArray(value)) return undefined
  if (value[0] === 'd' && typeof value[1] === 'string' && isCheck(value[2])) return { kind: 'document', hash: value[1], check: value[2] }
  if (value[0] === 'p' && typeof value[1] === 'string') {
    const [, path, sig, types, sha256, issues] = value
    if (typeof sig === 'string' && isStrings(types) && typeof sha256 === 'string' && Array.isArray(issues) && issues.every(isIssue))
      return { kind: 'page', path, page: { sig, types, sha256, issues } }
  }
  return undefined
}

/** The header line. */
export function cacheHeaderLine(header: CacheHeader): string {
  return `${JSON.stringify(header)}\n`
}

/** The line of one document: its content hash and its own verdict. */
export function cacheDocumentLine(hash: string, check: DocumentCheck<SlimDocument>): string {
  return `${JSON.stringify(['d', hash, check])}\n`
}

/** The line of one page. */
export function cachePageLine(path: string, page: CachedPage): string {
  return `${JSON.stringify(['p', path, page.sig, page.types, page.sha256, page.issues])}\n`
}

/**
 * The signature of a page's inputs: its plan and the content hash of every source document, and
 * the base URL. Equal signatures give byte-identical files.
 * @param plan the page's plan
 * @param hashOf content hash of a document by `_id`
 * @param baseUrl the base URL, if any
 * @returns a base64url sha256
 */
export function pageSignature(plan: PagePlan, hashOf: (id: string) => string | undefined, baseUrl: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([baseUrl ?? null, plan, plan.sourceIds.map((id) => hashOf(id) ?? null)]))
    .digest('base64url')
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return undefined
  }
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

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
