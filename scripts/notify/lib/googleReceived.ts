import type { InDoubt, NotifyTimes } from './notifyState.ts'

/**
 * How far Google's clock may be behind ours when we compare its notifyTime with the moment our
 * request left: a notification stamped earlier than that is not ours.
 */
const CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * Whether Google received a request whose answer never arrived, from the URL's metadata
 * (`urlNotifications/metadata`): the latest notification of the request's type must be newer
 * than the one we knew of before sending, and not older than the send (less clock skew).
 * @param inDoubt the item's doubt
 * @param latest the metadata's notifyTime per type; undefined when Google knows nothing of the URL (404)
 * @returns true when the notification is Google's already
 */
export function googleReceived(inDoubt: InDoubt, latest: NotifyTimes | undefined): boolean {
  const time = latest?.[inDoubt.type]
  if (time === undefined || time === inDoubt.before) return false
  const stamped = Date.parse(time)
  return !Number.isNaN(stamped) && stamped >= Date.parse(inDoubt.at) - CLOCK_SKEW_MS
}
