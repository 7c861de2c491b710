import { describe, expect, it } from 'vitest'
import { pageUrl } from '../scripts/core/jsonld/ids.ts'
import {
  applyJournal,
  classifyAnswer,
  emptyNotifyState,
  googleReceived,
  indexNowBatches,
  notificationLine,
  notifyPageUrl,
  pacificDay,
  planNotifications,
  settleInDoubt,
  type NotifyPage,
  type NotifyState,
  type QueuedNotification,
} from '../scripts/notify/lib/index.ts'

const BASE = 'https://www.example.nl/beroepen'
const both = { google: true, indexNow: true }

const vacancy = (slug: string, sha = `${slug}-1`): NotifyPage => ({ url: `${BASE}/vacatures/${slug}`, kind: 'vacancy', sha256: sha })
const profile = (slug: string, sha = `${slug}-1`): NotifyPage => ({ url: `${BASE}/${slug}`, kind: 'profile', sha256: sha })
const lines = (queue: ReadonlyArray<QueuedNotification>) => queue.map(notificationLine)
/** The state after every queued notification went out. */
const allSent = (state: NotifyState): NotifyState => ({ ...state, queue: [] })

const first = [profile('kok'), vacancy('kok-utrecht'), vacancy('kok-remote')]

describe('planNotifications', () => {
  it('announces every vacancy to Google and every page to IndexNow on the first run, never a profile to Google', () => {
    const { state, added } = planNotifications(emptyNotifyState(), first, both)
    expect(lines(added)).toEqual([
      `URL_UPDATED ${BASE}/vacatures/kok-remote`,
      `URL_UPDATED ${BASE}/vacatures/kok-utrecht`,
      `INDEXNOW ${BASE}/kok`,
      `INDEXNOW ${BASE}/vacatures/kok-remote`,
      `INDEXNOW ${BASE}/vacatures/kok-utrecht`,
    ])
    expect(state.notified.google).toEqual({ [`${BASE}/vacatures/kok-remote`]: 'kok-remote-1', [`${BASE}/vacatures/kok-utrecht`]: 'kok-utrecht-1' })
    expect(Object.keys(state.notified.indexNow)).toHaveLength(3)
    expect(added.map((item) => item.id)).toEqual([0, 1, 2, 3, 4])
    expect(state.nextId).toBe(5)
  })

  it('plans URL_UPDATED for a new and an edited vacancy, URL_DELETED for an expired one, removals first', () => {
    const before = allSent(planNotifications(emptyNotifyState(), first, both).state)
    // kok-utrecht edited, kok-remote expired (absent from the manifest), kok-amsterdam new; the profile unchanged.
    const after = [profile('kok'), vacancy('kok-utrecht', 'kok-utrecht-2'), vacancy('kok-amsterdam')]
    const { added } = planNotifications(before, after, both)
    expect(lines(added)).toEqual([
      `URL_DELETED ${BASE}/vacatures/kok-remote`,
      `URL_UPDATED ${BASE}/vacatures/kok-amsterdam`,
      `URL_UPDATED ${BASE}/vacatures/kok-utrecht`,
      `INDEXNOW ${BASE}/vacatures/kok-remote`,
      `INDEXNOW ${BASE}/vacatures/kok-amsterdam`,
      `INDEXNOW ${BASE}/vacatures/kok-utrecht`,
    ])
    expect(added.map((item) => [item.type, item.from, item.sha256])).toEqual([
      ['URL_DELETED', 'kok-remote-1', null],
      ['URL_UPDATED', null, 'kok-amsterdam-1'],
      ['URL_UPDATED', 'kok-utrecht-1', 'kok-utrecht-2'],
      ['URL_DELETED', 'kok-remote-1', null],
      ['URL_UPDATED', null, 'kok-amsterdam-1'],
      ['URL_UPDATED', 'kok-utrecht-1', 'kok-utrecht-2'],
    ])
  })

  it('tells only IndexNow about an edited or deleted profile page', () => {
    const before = allSent(planNotifications(emptyNotifyState(), first, both).state)
    expect(lines(planNotifications(before, [profile('kok', 'kok-2'), ...first.slice(1)], both).added)).toEqual([`INDEXNOW ${BASE}/kok`])
    expect(lines(planNotifications(before, first.slice(1), both).added)).toEqual([`INDEXNOW ${BASE}/kok`])
  })

  it('plans nothing when nothing changed', () => {
    const before = allSent(planNotifications(emptyNotifyState(), first, both).state)
    const { state, added } = planNotifications(before, first, both)
    expect(added).toEqual([])
    expect(state).toEqual(before)
  })

  it('keeps queued notifications first and adds new ones behind them', () => {
    const queued = planNotifications(emptyNotifyState(), [vacancy('a')], { google: true, indexNow: false }).state
    const { state } = planNotifications(queued, [vacancy('a'), vacancy('b')], { google: true, indexNow: false })
    expect(lines(state.queue)).toEqual([`URL_UPDATED ${BASE}/vacatures/a`, `URL_UPDATED ${BASE}/vacatures/b`])
  })

  it('updates a queued notification in its place when the page changes again, so it is sent once', () => {
    const base = allSent(planNotifications(emptyNotifyState(), [vacancy('a'), vacancy('b')], both).state)
    const edited = planNotifications(base, [vacancy('a', 'a-2'), vacancy('b')], both).state
    const again = planNotifications(edited, [vacancy('a', 'a-3'), vacancy('b', 'b-2')], both)
    expect(lines(again.state.queue)).toEqual([
      `URL_UPDATED ${BASE}/vacatures/a`,
      `INDEXNOW ${BASE}/vacatures/a`,
      `URL_UPDATED ${BASE}/vacatures/b`,
      `INDEXNOW ${BASE}/vacatures/b`,
    ])
    expect(again.state.queue[0]).toMatchObject({ id: edited.queue[0]?.id, from: 'a-1', sha256: 'a-3' })
    // Removed while still queued: the same item now says URL_DELETED.
    const removed = planNotifications(again.state, [vacancy('b', 'b-2')], both).state
    expect(removed.queue[0]).toMatchObject({ id: edited.queue[0]?.id, type: 'URL_DELETED', from: 'a-1', sha256: null })
  })

  it('drops a queued notification when the page goes back to what the engine last heard', () => {
    const base = allSent(planNotifications(emptyNotifyState(), [vacancy('a')], both).state)
    const edited = planNotifications(base, [vacancy('a', 'a-2')], both).state
    expect(edited.queue).toHaveLength(2)
    expect(planNotifications(edited, [vacancy('a')], both).state.queue).toEqual([])
    // New and gone again before anything was sent: nothing to tell either.
    const fresh = planNotifications(base, [vacancy('a'), vacancy('n')], both).state
    expect(planNotifications(fresh, [vacancy('a')], both).state.queue).toEqual([])
  })

  it('leaves a channel that is not configured as it was, queue included', () => {
    const google = planNotifications(emptyNotifyState(), [vacancy('a')], { google: true, indexNow: false }).state
    const { state } = planNotifications(google, [vacancy('a', 'a-2')], { google: false, indexNow: true })
    expect(state.notified.google).toEqual(google.notified.google)
    expect(lines(state.queue)).toEqual([`URL_UPDATED ${BASE}/vacatures/a`, `INDEXNOW ${BASE}/vacatures/a`])
  })
})

describe('notifyPageUrl', () => {
  it('builds the same URL as the JSON-LD url of the page', () => {
    expect(notifyPageUrl('customer-service-medewerker.jsonld', BASE)).toBe(`${BASE}/customer-service-medewerker`)
    expect(notifyPageUrl('vacatures/kok-utrecht.jsonld', `${BASE}/`)).toBe(`${BASE}/vacatures/kok-utrecht`)
    expect(notifyPageUrl('vacatures/kok-utrecht.jsonld', BASE)).toBe(pageUrl({ baseUrl: BASE }, 'kok-utrecht', 'vacatures'))
    expect(notifyPageUrl('../x.jsonld', BASE)).toBeUndefined()
    expect(notifyPageUrl('manifest.json', BASE)).toBeUndefined()
  })
})

describe('applyJournal', () => {
  const planned = planNotifications(emptyNotifyState(), [vacancy('a'), vacancy('b'), vacancy('c')], { google: true, indexNow: false }).state
  const [a, b, c] = planned.queue

  it('removes sent items, keeps refused ones, and marks an intent without an outcome in doubt', () => {
    const state = applyJournal(planned, [
      { op: 'intent', ids: [a?.id ?? -1], at: '2026-11-26T10:00:00.000Z', day: '2026-11-26' },
      { op: 'sent', ids: [a?.id ?? -1], notifyTime: '2026-11-26T10:00:00.123456Z' },
      { op: 'intent', ids: [b?.id ?? -1], at: '2026-11-26T10:00:01.000Z', day: '2026-11-26' },
      { op: 'notSent', ids: [b?.id ?? -1] },
      { op: 'intent', ids: [c?.id ?? -1], at: '2026-11-26T10:00:02.000Z', day: '2026-11-26' },
    ])
    expect(lines(state.queue)).toEqual([`URL_UPDATED ${BASE}/vacatures/b`, `URL_UPDATED ${BASE}/vacatures/c`])
    expect(state.queue[0]?.inDoubt).toBeUndefined()
    expect(state.queue[1]?.inDoubt).toEqual({ at: '2026-11-26T10:00:02.000Z', type: 'URL_UPDATED', sha256: 'c-1' })
    expect(state.google.notifyTimes).toEqual({ [`${BASE}/vacatures/a`]: { URL_UPDATED: '2026-11-26T10:00:00.123456Z' } })
    expect(state.google.day).toEqual({ date: '2026-11-26', used: 3 })
  })

  it('counts a new Pacific day from zero', () => {
    const yesterday = { ...planned, google: { ...planned.google, day: { date: '2026-11-25', used: 200 } } }
    expect(applyJournal(yesterday, [{ op: 'intent', ids: [a?.id ?? -1], at: 'x', day: '2026-11-26' }]).google.day).toEqual({ date: '2026-11-26', used: 1 })
  })
})

describe('doubts', () => {
  const doubt = { at: '2026-11-26T10:00:00.000Z', type: 'URL_UPDATED' as const, sha256: 'a-2', before: '2026-11-20T08:00:00.000001Z' }

  // Google's Date header read 10:05:00 while our clock said 10:05:00.2 to 10:05:00.4: the clocks agree to a second.
  const clock = { date: Date.parse('2026-11-26T10:05:00Z'), sent: Date.parse('2026-11-26T10:05:00.200Z'), received: Date.parse('2026-11-26T10:05:00.400Z') }

  it('takes a notification as Google\'s only when it is another than the known one and stamped after the send', () => {
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T10:00:00.050000Z' }, clock)).toBe(true)
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-20T08:00:00.000001Z' }, clock)).toBe(false)
    expect(googleReceived(doubt, { URL_DELETED: '2026-11-26T10:00:00.500000Z' }, clock)).toBe(false)
    expect(googleReceived(doubt, undefined, clock)).toBe(false)
  })

  it('takes no notification stamped before the send as Google\'s, not even one a few minutes or a second before', () => {
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T09:55:00.000000Z' }, clock)).toBe(false)
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T09:59:57.000000Z' }, clock)).toBe(false)
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T09:59:59.500000Z' }, clock)).toBe(false)
  })

  it('puts the send on Google\'s clock by the Date of its metadata answer, and without one takes nothing as received', () => {
    // Google's clock runs 3 minutes ahead of ours: its stamp 10:03:00.1 is 0.1 s after our send at 10:00.
    const ahead = { ...clock, date: clock.date + 180_000 }
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T10:03:00.100000Z' }, ahead)).toBe(true)
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T10:01:00.000000Z' }, ahead)).toBe(false)
    // Google's clock 3 minutes behind: its stamp 09:57:00.1 is ours.
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T09:57:00.100000Z' }, { ...clock, date: clock.date - 180_000 })).toBe(true)
    expect(googleReceived(doubt, { URL_UPDATED: '2026-11-26T10:00:00.500000Z' }, undefined)).toBe(false)
  })

  it('settles an item: received makes its content the engine\'s, so it drops out or goes on with the newer content', () => {
    const item: QueuedNotification = { id: 1, channel: 'google', type: 'URL_UPDATED', url: 'u', sha256: 'a-2', from: 'a-1', inDoubt: doubt }
    expect(settleInDoubt(item, true)).toBeUndefined()
    expect(settleInDoubt(item, false)).toEqual({ id: 1, channel: 'google', type: 'URL_UPDATED', url: 'u', sha256: 'a-2', from: 'a-1' })
    expect(settleInDoubt({ ...item, sha256: 'a-3' }, true)).toEqual({ id: 1, channel: 'google', type: 'URL_UPDATED', url: 'u', sha256: 'a-3', from: 'a-2' })
  })
})

describe('indexNowBatches', () => {
  it('splits at 10,000 URLs and by host, in queue order', () => {
    const items = Array.from({ length: 10_002 }, (_, i): QueuedNotification => ({
      id: i,
      channel: 'indexNow',
      type: 'URL_UPDATED',
      url: i === 5 ? `https://old.example.nl/x${i}` : `${BASE}/x${i}`,
      sha256: 's',
      from: null,
    }))
    const batches = indexNowBatches(items)
    expect(batches.map((b) => [b.host, b.items.length])).toEqual([
      ['www.example.nl', 10_000],
      ['old.example.nl', 1],
      ['www.example.nl', 1],
    ])
    expect(indexNowBatches(items.slice(0, 5), 2).map((b) => b.items.map((i) => i.id))).toEqual([[0, 1], [2, 3], [4]])
  })
})

describe('classifyAnswer', () => {
  it('tells sent, quota, refused and doubt apart', () => {
    expect(classifyAnswer(200)).toEqual({ kind: 'sent' })
    expect(classifyAnswer(202)).toEqual({ kind: 'sent' })
    expect(classifyAnswer(429, { error: { message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } })).toEqual({ kind: 'quota', message: 'Quota exceeded' })
    expect(classifyAnswer(403, { error: { message: 'Daily Limit Exceeded', errors: [{ reason: 'dailyLimitExceeded' }] } }).kind).toBe('quota')
    expect(classifyAnswer(403, { error: { message: 'Permission denied. Failed to verify the URL ownership.', status: 'PERMISSION_DENIED' } })).toEqual({
      kind: 'refused',
      message: 'Permission denied. Failed to verify the URL ownership.',
    })
    expect(classifyAnswer(422).kind).toBe('refused')
    expect(classifyAnswer(503).kind).toBe('doubt')
  })
})

describe('pacificDay', () => {
  it('counts days the way Google resets its quota, at midnight Pacific time', () => {
    expect(pacificDay(new Date('2026-11-26T07:59:59Z'))).toBe('2026-11-25')
    expect(pacificDay(new Date('2026-11-26T08:00:00Z'))).toBe('2026-11-26')
    expect(pacificDay(new Date('2026-07-01T06:59:59Z'))).toBe('2026-06-30')
  })
})
