/**
 * The export cache: what an export remembers of the documents it read and the pages it wrote, so
 * that the next export re-validates and rewrites only the pages whose inputs changed. Stored as
 * NDJSON (a header line, then one line per document and per page) so that it is written and read
 * a line at a time, never as one string of hundreds of megabytes.
 */
import type { PagePlan } from './planPages.ts'
import type { Issue } from '../../core/issue.ts'
import type { DocumentCheck } from '../../core/validate/checkDocument.ts'
import type { SlimDocument } from '../../core/model/slimDocument.ts'
import { sha256Hex, type Sha256Hex } from '../../core/sha256Hex.ts'

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
  /** SHA-256 of the manifest.json the export wrote: the output version the pages describe. */
  version: string
  /** How many pages the lines that follow hold (a file with fewer is incomplete). */
  pages: number
}

/** The first line of the document verdict log. */
export interface DocumentLogHeader {
  format: 'jobld-document-cache'
  tool: string
}


const kinds = new Set(['missingId', 'unreadable', 'unpublished', 'unknownType', 'invalid', 'valid'])

/**
 * Reads the header line, refusing a cache written by other code or with another base URL.
 * @param line the first line
 * @param expected the current code fingerprint and base URL
 * @returns the header, or undefined when the cache cannot be used
 */
export function parseCacheHeader(line: string, expected: { tool: string; baseUrl: string | null }): CacheHeader | undefined {
  const value = parse(line)
  if (!isRecord(value) || value.format !== 'jobld-export-cache' || value.tool !== expected.tool || value.baseUrl !== expected.baseUrl) return undefined
  const { version, pages } = value
  if (typeof version !== 'string' || typeof pages !== 'number') return undefined
  return { format: 'jobld-export-cache', tool: expected.tool, baseUrl: expected.baseUrl, version, pages }
}

/**
 * Reads one line of pages (a batch of them).
 * @param line the line
 * @returns the pages by path, or undefined when the line is damaged
 */
export function parseCachePages(line: string): Array<[string, CachedPage]> | undefined {
  const value = parse(line)
  if (!Array.isArray(value)) return undefined
  const pages: Array<[string, CachedPage]> = []
  for (const item of value) {
    if (!Array.isArray(item)) return undefined
    const [path, sig, types, sha256, issues] = item
    if (typeof path !== 'string' || typeof sig !== 'string' || !isStrings(types) || typeof sha256 !== 'string' || !Array.isArray(issues) || !issues.every(isIssue))
      return undefined
    pages.push([path, { sig, types, sha256, issues }])
  }
  return pages
}

/** The header line of the pages file. */
export function cacheHeaderLine(header: CacheHeader): string {
  return `${JSON.stringify(header)}\n`
}

/** One line holding a batch of pages. */
export function cachePagesLine(pages: ReadonlyArray<[string, CachedPage]>): string {
  return `${JSON.stringify(pages.map(([path, page]) => [path, page.sig, page.types, page.sha256, page.issues]))}\n`
}

/**
 * Reads the header line of the document verdict log.
 * @param line the first line
 * @param tool the current code fingerprint
 * @returns true when the log was written by the same code
 */
export function isDocumentLogHeader(line: string, tool: string): boolean {
  const value = parse(line)
  return isRecord(value) && value.format === 'jobld-document-cache' && value.tool === tool
}

/** The header line of the document verdict log. */
export function documentLogHeaderLine(tool: string): string {
  const header: DocumentLogHeader = { format: 'jobld-document-cache', tool }
  return `${JSON.stringify(header)}\n`
}

/**
 * Reads one line of document verdicts (a batch of them): `[hash, slim document]` for a valid
 * document (its verdict follows from it), `[hash, 0, verdict]` for any other.
 * @param line the line
 * @returns the verdicts by content hash, or undefined when the line is damaged
 */
export function parseDocumentLogLine(line: string): Array<[string, DocumentCheck<SlimDocument>]> | undefined {
  const value = parse(line)
  if (!Array.isArray(value)) return undefined
  const out: Array<[string, DocumentCheck<SlimDocument>]> = []
  for (const item of value) {
    if (!Array.isArray(item) || typeof item[0] !== 'string') return undefined
    if (item.length === 2) {
      const doc: unknown = item[1]
      if (!isSlimDocument(doc)) return undefined
      out.push([item[0], { kind: 'valid', id: doc._id, type: doc._type, doc }])
    } else if (isCheck(item[2])) out.push([item[0], item[2]])
    else return undefined
  }
  return out
}

/** One line holding a batch of document verdicts. */
export function documentLogLine(verdicts: ReadonlyArray<[string, DocumentCheck<SlimDocument>]>): string {
  return `${JSON.stringify(verdicts.map(([hash, check]) => (check.kind === 'valid' ? [hash, check.doc] : [hash, 0, check])))}\n`
}

/**
 * The signature of a page's inputs: its plan and the content hash of every source document, and
 * the base URL. Equal signatures give byte-identical files.
 * @param plan the page's plan
 * @param hashOf content hash of a document by `_id`
 * @param baseUrl the base URL, if any
 * @param hash SHA-256 (default: the pure JavaScript one)
 * @returns a hex sha256
 */
export function pageSignature(plan: PagePlan, hashOf: (id: string) => string | undefined, baseUrl: string | undefined, hash: Sha256Hex = sha256Hex): string {
  const parts = plan.kind === 'profile' ? [plan.profile, '[', ...plan.tiers, '[', ...plan.faq, '[', plan.publisher ?? ''] : [plan.vacancy, plan.profile, plan.tier ?? '', plan.employer]
  const sources = plan.sourceIds.map((id) => `${id}\u0000${hashOf(id) ?? ''}`)
  // Fields joined by NUL, which no id, slug or URL holds: cheaper than JSON for 100,000 pages.
  const text = [baseUrl ?? '', plan.kind, plan.path, plan.slug, ...parts, ']', ...sources].join('\u0000')
  return hash(text)
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
  if (value.kind === 'unreadable') return isIssue(value.issue)
  if (typeof value.id !== 'string') return false
  if (value.kind === 'invalid') return typeof value.type === 'string' && Array.isArray(value.issues) && value.issues.every(isIssue)
  if (value.kind === 'valid') return false // stored as the slim document alone
  return true
}

const documentTypes = new Set(['jobProfile', 'salaryTier', 'faqEntry', 'organization', 'vacancy'])

function isSlimDocument(value: unknown): value is SlimDocument {
  return isRecord(value) && typeof value._id === 'string' && typeof value._type === 'string' && documentTypes.has(value._type)
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
