import type { QueuedNotification } from './notifyState.ts'

/** How long a page that is not live yet waits before the next check: at least the first delay, at most the last. */
export const LIVE_BACKOFF = { firstMs: 500, maxMs: 60 * 60_000 } as const

/**
 * A queued notification after a live check found its page not matching yet: it stays queued,
 * with the reason, the number of checks, and the time a timer looks again: as long from now as
 * it has waited so far (half a second at least, an hour at most), so that the checks a timer makes
 * double their spacing (0.5 s, 0.5 s, 1 s, 2 s, …), however often a webhook request looked in
 * between. The first check comes soon: a site that was told to revalidate is usually live already.
 * @param item the queued notification
 * @param reason why the page does not match ("the page answers HTTP 404")
 * @param now the time of the check
 * @returns the item, waiting
 */
export function markWaiting(item: QueuedNotification, reason: string, now: Date): QueuedNotification {
  const checks = (item.waiting?.checks ?? 0) + 1
  const since = item.waiting?.since ?? now.toISOString()
  const waited = Math.max(0, now.getTime() - Date.parse(since))
  const delay = Math.min(Math.max(waited, LIVE_BACKOFF.firstMs), LIVE_BACKOFF.maxMs)
  return { ...item, waiting: { reason, checks, since, next: new Date(now.getTime() + delay).toISOString() } }
}
