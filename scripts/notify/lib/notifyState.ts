/**
 * The notification state kept beside an output's cache: per channel, the manifest digests the
 * search engine has been (or is queued to be) told about, and the queue of notifications not
 * sent yet. The state is a value; scripts/notify/io/notifyStateStore.ts makes it durable.
 *
 * Invariant, per channel and URL: either no notification is queued and `notified[url]` is what
 * the engine last heard, or exactly one is queued, whose `from` is what the engine last heard
 * and whose `sha256` equals `notified[url]` (absent: the page is gone).
 */
import { z } from 'zod'

/** Where a notification goes: Google's Indexing API (vacancies only) or IndexNow (every page). */
export const Channel = z.enum(['google', 'indexNow'])
export type Channel = z.infer<typeof Channel>

/** The two events of Google's Indexing API; IndexNow has one kind of submission, the type says why. */
export const NotificationType = z.enum(['URL_UPDATED', 'URL_DELETED'])
export type NotificationType = z.infer<typeof NotificationType>

/** A send whose answer never arrived: the engine may or may not have it. */
export const InDoubt = z.object({
  /** Wall-clock time the request was about to leave (ISO 8601). */
  at: z.string(),
  /** What the request said. */
  type: NotificationType,
  sha256: z.string().nullable(),
  /** Google's notifyTime of the last notification of this type we know of, to tell ours from it. */
  before: z.string().optional(),
})
export type InDoubt = z.infer<typeof InDoubt>

/** A notification whose page the site does not show yet (the live check): when it was last checked, why it waits, and when to look again. */
export const Waiting = z.object({
  /** Why the page does not match yet, as a report clause ("the page answers HTTP 404"). */
  reason: z.string(),
  /** Live checks that found it not yet live. */
  checks: z.number().int().positive(),
  /** When it was first found waiting (ISO 8601). */
  since: z.string(),
  /** When a timer should look again (ISO 8601): the backoff. A run started by hand looks at once. */
  next: z.string(),
})
export type Waiting = z.infer<typeof Waiting>

/** One notification waiting to be sent. */
export const QueuedNotification = z.object({
  /** Unique for the life of the state (never reused), so journal lines name exactly one item. */
  id: z.number().int().nonnegative(),
  channel: Channel,
  type: NotificationType,
  url: z.string(),
  /** sha256 of the page this notification announces; null when it announces the page's removal. */
  sha256: z.string().nullable(),
  /** What the engine last heard about the URL: a page digest, or null (nothing, or a removal). */
  from: z.string().nullable(),
  inDoubt: InDoubt.optional(),
  /** Set while the site does not show what this notification announces (the live check). */
  waiting: Waiting.optional(),
})
export type QueuedNotification = z.infer<typeof QueuedNotification>

/** Google's daily publish count, per Pacific-time day (when Google's quota resets). */
export const QuotaDay = z.object({ date: z.string(), used: z.number().int().nonnegative() })
export type QuotaDay = z.infer<typeof QuotaDay>

/** Google's `notifyTime` of the last notification of each type we sent for a URL. */
export const NotifyTimes = z.object({ URL_UPDATED: z.string().optional(), URL_DELETED: z.string().optional() })
export type NotifyTimes = z.infer<typeof NotifyTimes>

/** The whole state. */
export const NotifyState = z.object({
  version: z.literal(1),
  /** Bumped by every commit; the journal of a generation applies to that generation only. */
  generation: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  /** URL → sha256 of the page as last planned, per channel. */
  notified: z.object({
    google: z.record(z.string(), z.string()),
    indexNow: z.record(z.string(), z.string()),
  }),
  /** Oldest first; sent in this order. */
  queue: z.array(QueuedNotification),
  google: z.object({
    notifyTimes: z.record(z.string(), NotifyTimes),
    day: QuotaDay.optional(),
  }),
})
export type NotifyState = z.infer<typeof NotifyState>

/**
 * One line of the write-ahead journal: an intent is written (and flushed) before a request
 * leaves, its outcome after the answer arrived.
 */
export const JournalEntry = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('intent'),
    ids: z.array(z.number().int().nonnegative()).min(1),
    at: z.string(),
    /** Google only: the Pacific day the request counts against. */
    day: z.string().optional(),
  }),
  z.object({
    op: z.literal('sent'),
    ids: z.array(z.number().int().nonnegative()).min(1),
    /** Google only: the notifyTime its answer gave. */
    notifyTime: z.string().optional(),
  }),
  /** The engine answered no (4xx), or the request never left (connection refused): not sent. */
  z.object({ op: z.literal('notSent'), ids: z.array(z.number().int().nonnegative()).min(1) }),
])
export type JournalEntry = z.infer<typeof JournalEntry>

/**
 * The state of an output that was never notified.
 * @returns an empty state, generation 0
 */
export function emptyNotifyState(): NotifyState {
  return { version: 1, generation: 0, nextId: 0, notified: { google: {}, indexNow: {} }, queue: [], google: { notifyTimes: {} } }
}
