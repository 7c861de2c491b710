import type { Channel, NotifyState, QueuedNotification } from './notifyState.ts'

/** A queue being planned: the items by channel and URL, what the plan added, and what it dropped. */
export interface PlanningQueue {
  nextId: number
  queue: QueuedNotification[]
  byKey: Map<string, QueuedNotification>
  added: QueuedNotification[]
  dropped: Set<QueuedNotification>
}

/**
 * Opens a state's queue for planning: items are copied, so the state itself is never changed.
 * @param state the state planned on top of
 * @returns the queue being planned
 */
export function planningQueue(state: NotifyState): PlanningQueue {
  const queue = state.queue.map((item) => ({ ...item }))
  return { nextId: state.nextId, queue, byKey: new Map(queue.map((item) => [`${item.channel} ${item.url}`, item])), added: [], dropped: new Set() }
}

/**
 * Merges one page's change into the queue of a channel: a URL has at most one queued item per
 * channel, so a URL already queued has its item updated in its place (and dropped when it is back
 * to what the engine last heard, unless it is in doubt); any other URL gets a new item at the end.
 * @param planning the queue being planned
 * @param channel the channel
 * @param url the page's URL
 * @param target the page's digest now, or null when it is gone
 * @param previous what the engine last heard of the URL (the channel's baseline), or null
 */
export function queueChange(planning: PlanningQueue, channel: Channel, url: string, target: string | null, previous: string | null): void {
  const queued = planning.byKey.get(`${channel} ${url}`)
  if (queued) {
    if (queued.sha256 !== target) delete queued.waiting // a new target: the next live check is due at once
    queued.sha256 = target
    queued.type = target === null ? 'URL_DELETED' : 'URL_UPDATED'
    // Back to what the engine last heard: nothing to tell. An item in doubt stays, its
    // resolution decides (settleInDoubt.ts).
    if (!queued.inDoubt && queued.sha256 === queued.from) planning.dropped.add(queued)
    else planning.dropped.delete(queued)
    return
  }
  const item: QueuedNotification = { id: planning.nextId++, channel, type: target === null ? 'URL_DELETED' : 'URL_UPDATED', url, sha256: target, from: previous }
  planning.byKey.set(`${channel} ${url}`, item)
  planning.queue.push(item)
  planning.added.push(item)
}
