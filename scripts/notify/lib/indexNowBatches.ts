import type { QueuedNotification } from './notifyState.ts'

/**
 * The IndexNow protocol takes at most 10,000 URLs in one POST (https://www.indexnow.org/documentation).
 */
export const INDEXNOW_BATCH_LIMIT = 10_000

/** One POST to IndexNow: URLs of one host. */
export interface IndexNowBatch {
  host: string
  items: QueuedNotification[]
}

/**
 * Groups queued IndexNow notifications into POSTs: per host (a submission names one host and
 * every URL must belong to it), in queue order, at most `limit` URLs each.
 * @param items the queued IndexNow items, oldest first
 * @param limit URLs per POST
 * @returns the batches, in the order of their first item
 */
export function indexNowBatches(items: ReadonlyArray<QueuedNotification>, limit = INDEXNOW_BATCH_LIMIT): IndexNowBatch[] {
  const batches: IndexNowBatch[] = []
  const open = new Map<string, IndexNowBatch>()
  for (const item of items) {
    const host = new URL(item.url).host
    let batch = open.get(host)
    if (!batch || batch.items.length >= limit) {
      batch = { host, items: [] }
      batches.push(batch)
      open.set(host, batch)
    }
    batch.items.push(item)
  }
  return batches
}
