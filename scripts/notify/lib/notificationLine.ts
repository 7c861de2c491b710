import type { QueuedNotification } from './notifyState.ts'

/**
 * The line `--dry-run` prints for a notification (and a run prints for one it sent): Google's
 * event type and the URL, or `INDEXNOW` and the URL.
 * @param item the notification
 * @returns e.g. `URL_UPDATED https://www.example.nl/beroepen/vacatures/x`
 */
export function notificationLine(item: Pick<QueuedNotification, 'channel' | 'type' | 'url'>): string {
  return `${item.channel === 'google' ? item.type : 'INDEXNOW'} ${item.url}`
}
