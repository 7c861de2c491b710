import type { ManifestEntry } from '../../export/lib/renderFiles.ts'
import type { Channel, NotifyState, QueuedNotification } from './notifyState.ts'
import { planningQueue, queueChange, type PlanningQueue } from './queueChange.ts'

/** A page of the current export as planning sees it. */
export interface NotifyPage {
  /** Public URL ({@link notifyPageUrl}). */
  url: string
  kind: ManifestEntry['kind']
  /** sha256 of the page's `.jsonld` (the manifest's digest). */
  sha256: string
}

/** Which channels are configured for this run. */
export type EnabledChannels = Readonly<Record<Channel, boolean>>

/** The new state and the notifications this plan added to the queue. */
export interface NotificationPlan {
  state: NotifyState
  /** The queue's new items, in queue order (they follow the items queued by earlier runs). */
  added: QueuedNotification[]
}

/**
 * Plans what to tell each enabled channel: compares the current export's pages with the pages
 * last planned for that channel, and merges the differences into the queue. Google's channel
 * sees vacancy pages only (its Indexing API is for job postings): `URL_UPDATED` for new and
 * changed ones, `URL_DELETED` for ones that disappeared (expired, unpublished or deleted: an
 * expired vacancy is simply absent from the manifest). IndexNow sees every page.
 *
 * Nothing is told twice: a URL has at most one queued notification per channel. A further
 * change to a URL that is still queued updates that item in its place (queued items keep going
 * first); a change back to what the engine last heard removes it. Within one plan, removals
 * come before updates (expired jobs should leave the results first), each in URL order.
 * @param state the recovered state (journal folded in, doubts resolved where possible)
 * @param pages every page of the current export
 * @param channels the channels to plan for; a disabled channel's baseline and queue are kept as they are
 * @returns the new state and the added notifications
 */
export function planNotifications(state: NotifyState, pages: ReadonlyArray<NotifyPage>, channels: EnabledChannels): NotificationPlan {
  const planning = planningQueue(state)
  const notified = { google: { ...state.notified.google }, indexNow: { ...state.notified.indexNow } }
  for (const channel of ['google', 'indexNow'] as const) {
    if (!channels[channel]) continue
    const current = new Map<string, string>()
    for (const page of pages) if (channel === 'indexNow' || page.kind === 'vacancy') current.set(page.url, page.sha256)
    const previous = state.notified[channel]
    const removed = Object.keys(previous).filter((url) => !current.has(url))
    const changed = [...current].filter(([url, sha256]) => previous[url] !== sha256).map(([url]) => url)
    for (const url of [...removed.sort(), ...changed.sort()]) queueChange(planning, channel, url, current.get(url) ?? null, previous[url] ?? null)
    notified[channel] = Object.fromEntries([...current].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  return finishPlan(state, planning, notified)
}

/**
 * The state a plan leaves: the queue without the dropped items, the new baselines, and Google's
 * notifyTimes kept only for URLs still live or queued.
 * @param state the state planned on top of
 * @param planning the planned queue
 * @param notified the new baselines
 * @returns the plan
 */
export function finishPlan(state: NotifyState, planning: PlanningQueue, notified: NotifyState['notified']): NotificationPlan {
  const { queue, dropped, nextId } = planning
  const kept = queue.filter((item) => !dropped.has(item))
  // Google's notifyTimes matter only for URLs that are still live or still queued.
  const live = new Set([...Object.keys(notified.google), ...kept.filter((item) => item.channel === 'google').map((item) => item.url)])
  const notifyTimes = Object.fromEntries(Object.entries(state.google.notifyTimes).filter(([url]) => live.has(url)))
  return { state: { ...state, nextId, notified, queue: kept, google: { ...state.google, notifyTimes } }, added: planning.added.filter((item) => !dropped.has(item)) }
}
