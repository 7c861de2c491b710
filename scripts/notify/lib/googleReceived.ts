import type { InDoubt, NotifyTimes } from './notifyState.ts'

/** Google's clock as an answer's `Date` header gave it (whole seconds), and our clock around that answer. */
export interface GoogleClock {
  /** The header's time, ms since the epoch. */
  date: number
  /** Our clock when the request left (ms since the epoch). */
  sent: number
  /** Our clock when its answer arrived (ms since the epoch). */
  received: number
}

/**
 * Whether Google received a request whose answer never arrived, from the URL's metadata
 * (`urlNotifications/metadata`): the latest notification of the request's type must be another
 * than the one we knew of before sending, and stamped after our request left, on Google's clock.
 * Our send moment is put on Google's clock by the metadata answer's `Date`: Google's time when it
 * answered was at least that date, and our time then was at most when the answer arrived, so
 * Google's clock is at least `date - received` ahead of ours. A notification stamped before our
 * send so placed is someone else's (another run, another tool): the doubt stays and the
 * notification is sent (again). The only notifications mistaken for ours are those stamped within
 * the header's second and the metadata request's round trip before our send. Without a `Date`
 * there is no evidence, and the notification is sent again.
 * @param inDoubt the item's doubt
 * @param latest the metadata's notifyTime per type; undefined when Google knows nothing of the URL (404)
 * @param clock Google's clock from the metadata answer, when it had a Date header
 * @returns true when the notification is Google's already
 */
export function googleReceived(inDoubt: InDoubt, latest: NotifyTimes | undefined, clock: GoogleClock | undefined): boolean {
  const time = latest?.[inDoubt.type]
  if (time === undefined || time === inDoubt.before || clock === undefined) return false
  const stamped = Date.parse(time)
  const left = Date.parse(inDoubt.at)
  if (Number.isNaN(stamped) || Number.isNaN(left)) return false
  return stamped >= left + (clock.date - clock.received)
}
