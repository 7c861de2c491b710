import type { QueuedNotification } from './notifyState.ts'

/** How long a page that is not live yet waits before the next check: doubling from the first delay up to the last. */
export const LIVE_BACKOFF = { firstMs: 5_000, maxMs: 60 * 60_000 } as const

/**
 * A queued notification after a live check found its page not matching yet: it stays queued,
 * with the reason, the number of checks, and the time a timer looks again (5 s after the first
 * check, doubling up to an hour).
 * @param item the queued notification
 * @param reason why the page does not match ("the page answers HTTP 404")
 * @param now the time of the check
 * @returns the item, waiting
 */
export function markWaiting(item: QueuedNotification, reason: string, now: Date): QueuedNotification {
  const checks = (item.waiting?.checks ?? 0) + 1
  const delay = Math.min(LIVE_BACKOFF.firstMs * 2 ** (checks - 1), LIVE_BACKOFF.maxMs)
  return { ...item, waiting: { reason, checks, since: item.waiting?.since ?? now.toISOString(), next: new Date(now.getTime() + delay).toISOString() } }
}
