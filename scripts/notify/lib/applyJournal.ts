import type { JournalEntry, NotifyState, QueuedNotification } from './notifyState.ts'

/**
 * Folds a run's write-ahead journal into the state it was written against: sent items leave the
 * queue (Google's notifyTime is kept, to recognise our own notification later), refused ones
 * stay, and an intent without an outcome (the process died while its request was out) marks
 * its items in doubt. Google intents count against the day's quota.
 * @param state the state of the journal's generation
 * @param entries the journal's lines, in order
 * @returns the state with the journal applied (same generation; the caller commits it)
 */
export function applyJournal(state: NotifyState, entries: ReadonlyArray<JournalEntry>): NotifyState {
  const byId = new Map(state.queue.map((item) => [item.id, { ...item }]))
  const open = new Map<number, { at: string }>()
  const sent = new Set<number>()
  const notifyTimes = { ...state.google.notifyTimes }
  let day = state.google.day
  for (const entry of entries) {
    switch (entry.op) {
      case 'intent': {
        for (const id of entry.ids) open.set(id, { at: entry.at })
        if (entry.day !== undefined) {
          const used = day?.date === entry.day ? day.used : 0
          day = { date: entry.day, used: used + entry.ids.length }
        }
        break
      }
      case 'sent': {
        for (const id of entry.ids) {
          open.delete(id)
          sent.add(id)
          const item = byId.get(id)
          if (item?.channel === 'google' && entry.notifyTime !== undefined)
            notifyTimes[item.url] = { ...notifyTimes[item.url], [item.type]: entry.notifyTime }
        }
        break
      }
      case 'notSent': {
        for (const id of entry.ids) open.delete(id)
        break
      }
    }
  }
  const queue: QueuedNotification[] = []
  for (const item of byId.values()) {
    if (sent.has(item.id)) continue
    const intent = open.get(item.id)
    if (intent) {
      const before = item.channel === 'google' ? notifyTimes[item.url]?.[item.type] : undefined
      item.inDoubt = { at: intent.at, type: item.type, sha256: item.sha256, ...(before !== undefined ? { before } : {}) }
    }
    queue.push(item)
  }
  return { ...state, queue, google: { notifyTimes, ...(day ? { day } : {}) } }
}
