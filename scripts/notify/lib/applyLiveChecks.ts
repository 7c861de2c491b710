import { markWaiting } from './markWaiting.ts'
import type { NotifyState } from './notifyState.ts'

/**
 * Records a run's live checks in the state: an item whose page did not match stays queued as
 * waiting (its reason, its count of checks, when to look again); an item whose page matched but
 * that is still queued (a quota, a failed request) waits no more. Items not checked, and items
 * that left the queue, are as they were.
 * @param state the state after the run's sends
 * @param checks per item id: the reason its page does not match, or null when it matched
 * @param now the time of the checks
 * @returns the state with the checks applied
 */
export function applyLiveChecks(state: NotifyState, checks: ReadonlyMap<number, string | null>, now: Date): NotifyState {
  if (checks.size === 0) return state
  const queue = state.queue.map((item) => {
    if (!checks.has(item.id)) return item
    const reason = checks.get(item.id)
    if (reason === null || reason === undefined) {
      const { waiting: _done, ...rest } = item
      return rest
    }
    return markWaiting(item, reason, now)
  })
  return { ...state, queue }
}
