import type { QueuedNotification } from './notifyState.ts'

/**
 * An item in doubt once the doubt is settled: when the engine received the request it heard the
 * request's content, so that becomes the item's `from`; the item is dropped when it now has
 * nothing left to tell, else it is an ordinary queued item again (sent on).
 * @param item the item, with `inDoubt`
 * @param received whether the engine has the request
 * @returns the item to keep queued, or undefined when nothing is left to send
 */
export function settleInDoubt(item: QueuedNotification, received: boolean): QueuedNotification | undefined {
  const { inDoubt, ...rest } = item
  const from = received && inDoubt ? inDoubt.sha256 : item.from
  if (item.sha256 === from) return undefined
  return { ...rest, from }
}
