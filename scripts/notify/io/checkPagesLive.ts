import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { liveVerdict, type LiveExpectation } from '../lib/liveVerdict.ts'
import { notifyPagePath } from '../lib/notifyPageUrl.ts'
import type { QueuedNotification } from '../lib/notifyState.ts'
import { fetchLivePage, type LiveFetchOptions } from './fetchLivePage.ts'

/** Where the live check reads what jobld exported, and how it reads the site. */
export interface LiveCheckSettings extends LiveFetchOptions {
  /** The output folder whose `.jsonld` files hold the graphs the pages must carry. */
  out: string
  /** The clock an expired JobPosting on the site is judged by. */
  now: () => Date
}

/** Pages fetched at once: a site is asked politely, and a queue of thousands still moves. */
const AT_ONCE = 4

/**
 * The live check before notifications: fetches each item's page from the site and decides
 * whether it shows what the item announces (liveVerdict): for an update, the graph in the
 * output's `.jsonld` file of the page, which must still be the version the item was planned
 * for; for a removal, the page gone or without its JobPosting. One fetch per URL and target,
 * four at a time, in queue order; once `wanted` items are found live the rest are left unchecked
 * (Google's daily quota: no use checking pages that cannot be sent today).
 * @param items the items due, in sending order
 * @param settings the output folder, the base URL and the bounds of each fetch
 * @param wanted how many live items are enough (default: all)
 * @returns per checked item id, null when its page matches, else the reason it does not
 */
export async function checkPagesLive(items: ReadonlyArray<QueuedNotification>, settings: LiveCheckSettings, wanted = Number.POSITIVE_INFINITY): Promise<Map<number, string | null>> {
  const results = new Map<number, string | null>()
  const byTarget = new Map<string, Promise<string | null>>()
  let live = 0
  let next = 0
  const check = (item: QueuedNotification) => {
    const key = `${item.type} ${item.url} ${item.sha256 ?? ''}`
    let verdict = byTarget.get(key)
    if (!verdict) {
      verdict = checkOne(item, settings)
      byTarget.set(key, verdict)
    }
    return verdict
  }
  const lane = async () => {
    while (next < items.length && live < wanted) {
      const item = items[next++]
      if (!item) break
      const reason = await check(item)
      results.set(item.id, reason)
      if (reason === null) live += 1
    }
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, lane))
  return results
}

async function checkOne(item: QueuedNotification, settings: LiveCheckSettings): Promise<string | null> {
  let expectation: LiveExpectation
  if (item.type === 'URL_DELETED') expectation = { type: 'URL_DELETED' }
  else {
    const graph = await exportedGraph(item, settings)
    if ('reason' in graph) return graph.reason
    expectation = { type: 'URL_UPDATED', graph: graph.value }
  }
  const answer = await fetchLivePage(item.url, settings)
  if (answer.kind === 'failure') return answer.reason
  const verdict = liveVerdict(answer, expectation, item.url, settings.now())
  return verdict.live ? null : verdict.reason
}

/** The graph the output holds for an item's page, when it is the version the item announces. */
async function exportedGraph(item: QueuedNotification, settings: LiveCheckSettings): Promise<{ value: unknown } | { reason: string }> {
  const path = notifyPagePath(item.url, settings.baseUrl)
  const stale = { reason: 'the output holds another version of the page than the one planned (the next run plans it again)' }
  if (path === undefined) return { reason: `the URL is not a page under ${settings.baseUrl}` }
  const bytes = await readFile(join(settings.out, path)).catch(() => undefined)
  if (bytes === undefined || createHash('sha256').update(bytes).digest('hex') !== item.sha256) return stale
  try {
    return { value: JSON.parse(bytes.toString('utf8')) }
  } catch {
    return stale
  }
}
