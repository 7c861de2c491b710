import { readBodyBounded } from '../../sources/http/readBodyBounded.ts'
import type { LivePage } from '../lib/liveVerdict.ts'

/** How the live check reads a page: bounded in time and bytes, within the site's host. */
export interface LiveFetchOptions {
  /** The site's base URL: redirects are followed only within its host (and port). */
  baseUrl: string
  /** The whole fetch of one page (redirects and body included) may take this long. */
  timeoutMs: number
  /** Bytes of one page's body read at most; a longer page is not read (and not live). */
  maxBytes: number
  /** fetch implementation (default the global one). */
  fetch?: typeof globalThis.fetch | undefined
}

/** A page as the site answered it, or why there was no usable answer. */
export type LiveAnswer = ({ kind: 'page' } & LivePage) | { kind: 'failure'; reason: string }

const MAX_REDIRECTS = 5
const REDIRECT = new Set([301, 302, 303, 307, 308])

/**
 * Fetches a page of the site the way a crawler would see it, for the live check: a GET with no
 * credentials, redirects followed (at most five) only while they stay on the base URL's host and
 * port, the body read up to `maxBytes`, everything within `timeoutMs`. Written by hand around
 * fetch: no library bounds a response's bytes, and fetch's own redirect handling cannot be told
 * which hosts are allowed.
 * @param url the page's public URL
 * @param options base URL, time and size bounds
 * @returns the status and HTML, or the reason there is none (one clause for the report)
 */
export async function fetchLivePage(url: string, options: LiveFetchOptions): Promise<LiveAnswer> {
  const host = new URL(options.baseUrl).host
  const signal = AbortSignal.timeout(options.timeoutMs)
  const fetchFn = options.fetch ?? globalThis.fetch
  let target = url
  try {
    for (let hops = 0; ; hops += 1) {
      const response = await fetchFn(target, { redirect: 'manual', signal, headers: { accept: 'text/html', 'user-agent': 'jobld-live-check' } })
      if (REDIRECT.has(response.status)) {
        await response.body?.cancel()
        const location = response.headers.get('location')
        const next = location !== null && URL.canParse(location, target) ? new URL(location, target) : undefined
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) return { kind: 'failure', reason: `the page answers HTTP ${response.status} without a usable Location` }
        if (next.host !== host) return { kind: 'failure', reason: `the page redirects off the site, to ${next.host}` }
        if (hops + 1 >= MAX_REDIRECTS) return { kind: 'failure', reason: `the page redirects more than ${MAX_REDIRECTS - 1} times` }
        target = next.href
        continue
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel()
        return { kind: 'page', status: response.status }
      }
      const bytes = await readBodyBounded(response, options.maxBytes)
      if (bytes === undefined) return { kind: 'failure', reason: `the page is larger than ${options.maxBytes.toLocaleString('en')} bytes (JOBLD_MAX_LIVE_PAGE_BYTES)` }
      return { kind: 'page', status: response.status, html: new TextDecoder().decode(bytes) }
    }
  } catch (error) {
    if (signal.aborted) return { kind: 'failure', reason: `the site did not answer within ${options.timeoutMs} ms (JOBLD_HTTP_TIMEOUT_MS)` }
    const cause = error instanceof Error && error.cause instanceof Error && 'code' in error.cause ? String(error.cause.code) : undefined
    return { kind: 'failure', reason: `the site could not be reached (${cause ?? (error instanceof Error ? error.name : 'network failure')})` }
  }
}
