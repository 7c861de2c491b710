import { isDeepStrictEqual } from 'node:util'
import { isExpired } from '../../core/rules/lib/isExpired.ts'
import { ldJsonScripts } from './ldJsonScripts.ts'
import type { NotificationType } from './notifyState.ts'

/** What the site answered for a page's URL, as far as the live check reads it. */
export interface LivePage {
  /** The HTTP status of the last answer (after redirects within the site). */
  status: number
  /** The page's HTML, for a 2xx answer. */
  html?: string | undefined
}

/** What a notification needs the live page to show. */
export type LiveExpectation =
  /** The page must carry exactly this graph (the exported `.jsonld`, parsed). */
  | { type: Extract<NotificationType, 'URL_UPDATED'>; graph: unknown }
  /** The page must be gone: 404 or 410, or none of the JSON-LD jobld exported for it (an expired JobPosting counts as gone). */
  | { type: Extract<NotificationType, 'URL_DELETED'> }

/** Whether the site shows what a notification is about to announce, and if not, why. */
export type LiveVerdict = { live: true } | { live: false; reason: string }

/**
 * Decides whether a page on the site matches what jobld is about to tell a search engine: for
 * `URL_UPDATED`, a `<script type="application/ld+json">` of the page holds the graph jobld
 * exported for it (compared as JSON values, so whitespace, key order and `\u003c` escapes do not
 * matter); for `URL_DELETED`, the page answers 404 or 410, or carries no node of jobld's for its
 * URL (an `@id` of `<url>#…`, or a `url` of the URL itself), or only a JobPosting whose
 * `validThrough` has passed.
 * @param page the site's answer
 * @param expectation what the notification needs
 * @param url the page's public URL
 * @param now the clock an expired JobPosting is judged by
 * @returns live, or the reason it is not (one clause, for a report line)
 */
export function liveVerdict(page: LivePage, expectation: LiveExpectation, url: string, now: Date): LiveVerdict {
  const gone = page.status === 404 || page.status === 410
  if (expectation.type === 'URL_DELETED' && gone) return { live: true }
  if (page.status < 200 || page.status > 299) return { live: false, reason: `the page answers HTTP ${page.status}` }
  const scripts = ldJsonScripts(page.html ?? '')
  const values: unknown[] = []
  let unreadable = 0
  for (const text of scripts) {
    try {
      values.push(JSON.parse(text))
    } catch {
      unreadable += 1
    }
  }
  if (expectation.type === 'URL_UPDATED') {
    if (values.some((value) => isDeepStrictEqual(value, expectation.graph))) return { live: true }
    if (scripts.length === 0) return { live: false, reason: 'the page carries no JSON-LD' }
    if (values.length === 0) return { live: false, reason: `the page's JSON-LD does not parse` }
    return { live: false, reason: `the page's JSON-LD is not the exported graph (an older version?)` }
  }
  const own = values.flatMap(nodesOf).filter((node) => isFor(node, url))
  const current = own.filter((node) => !expiredJobPosting(node, now))
  if (current.length === 0 && unreadable === 0) return { live: true }
  if (current.length === 0) return { live: false, reason: `the page's JSON-LD does not parse` }
  const types = [...new Set(current.flatMap(typesOf))]
  return { live: false, reason: `the page still carries its ${types.length ? types.join(', ') : 'JSON-LD'}` }
}

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The nodes of a JSON-LD value: itself, the items of a top-level array, and the items of `@graph`. */
function nodesOf(value: unknown): JsonObject[] {
  const tops = Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : []
  return tops.flatMap((top) => [top, ...(Array.isArray(top['@graph']) ? top['@graph'].filter(isObject) : [])])
}

/** A node jobld exported for this page: its `@id` is `<url>#…` (or the URL), or its `url` is the URL. */
function isFor(node: JsonObject, url: string): boolean {
  const id = node['@id']
  return (typeof id === 'string' && (id === url || id.startsWith(`${url}#`))) || node.url === url
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  return typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : []
}

/** A JobPosting the site still shows, but as expired by the export's own rule: Google drops it from job search. */
function expiredJobPosting(node: JsonObject, now: Date): boolean {
  return typesOf(node).includes('JobPosting') && isExpired(node.validThrough, now)
}
