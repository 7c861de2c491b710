import type { ManifestEntry } from '../../export/lib/renderFiles.ts'
import type { NotifyState } from './notifyState.ts'
import { finishPlan, type EnabledChannels, type NotificationPlan } from './planNotifications.ts'
import { planningQueue, queueChange } from './queueChange.ts'

/** One page a change touched, as it is now in the output. */
export interface PageChange {
  /** Public URL ({@link notifyPageUrl}). */
  url: string
  kind: ManifestEntry['kind']
  /** sha256 of the page's `.jsonld` now, or null when the output no longer has the page. */
  sha256: string | null
}

/**
 * Plans the notifications of the pages one change touched, and of those only: each is compared
 * with what its channel last planned for it, as planNotifications compares a whole manifest, so
 * that a change that was planned before (a webhook delivered twice, a run killed after it
 * planned) adds nothing, and a page changed back before its notification went is dropped from the
 * queue. The other pages' baselines are left as they are: the work is the change's, not the site's.
 * @param state the recovered state
 * @param changes the touched pages, each with its digest now (null: gone)
 * @param channels the channels to plan for
 * @returns the new state and the added notifications
 */
export function planPageChanges(state: NotifyState, changes: ReadonlyArray<PageChange>, channels: EnabledChannels): NotificationPlan {
  const planning = planningQueue(state)
  const notified = { google: { ...state.notified.google }, indexNow: { ...state.notified.indexNow } }
  // Removals first, then updates, each in URL order: as a whole plan orders them.
  const ordered = [...changes].sort((a, b) => Number(a.sha256 !== null) - Number(b.sha256 !== null) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  for (const channel of ['google', 'indexNow'] as const) {
    if (!channels[channel]) continue
    const baseline = notified[channel]
    for (const change of ordered) {
      if (channel === 'google' && change.kind !== 'vacancy') continue
      const previous = baseline[change.url] ?? null
      // A queued item's target is the baseline (notifyState.ts): equal means nothing new.
      if (previous === change.sha256) continue
      queueChange(planning, channel, change.url, change.sha256, previous)
      if (change.sha256 === null) delete baseline[change.url]
      else baseline[change.url] = change.sha256
    }
  }
  return finishPlan(state, planning, notified)
}
