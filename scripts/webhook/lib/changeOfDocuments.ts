import type { WebhookEvent } from './webhookEvent.ts'

/** What a change read brought: the published documents asked for, and the published documents that refer to them. */
export interface ReadDocuments {
  documents: ReadonlyArray<Record<string, unknown>>
  referrers: ReadonlyArray<Record<string, unknown>>
}

/** How far the Content Lake's `_updatedAt` may lag the webhook's transaction time and still count as the same moment. */
const SKEW_MS = 1000

/**
 * The change to apply to the output: every document read (the changed ones and their referrers,
 * each once), and as deleted every asked-for `_id` the Content Lake no longer has published.
 * @param ids the documents the deliveries named
 * @param read what the Content Lake answered
 * @returns upserts and deletes
 */
export function changeOfDocuments(ids: ReadonlyArray<string>, read: ReadDocuments): { upserts: Array<Record<string, unknown>>; deletes: string[] } {
  const upserts = new Map<string, Record<string, unknown>>()
  for (const doc of [...read.documents, ...read.referrers]) upserts.set(String(doc._id), doc)
  return {
    upserts: [...upserts.values()],
    deletes: ids.filter((id) => !upserts.has(id)),
  }
}

/**
 * The documents whose read is older than the delivery that named them: the Content Lake has not
 * caught up with the transaction yet (an update or create whose document is missing or older, a
 * delete whose document is still there and older). Read again shortly.
 * @param events the deliveries
 * @param read what the Content Lake answered
 * @returns the `_id`s read too early
 */
export function readTooEarly(events: ReadonlyArray<WebhookEvent>, read: ReadDocuments): string[] {
  const byId = new Map(read.documents.map((doc) => [String(doc._id), doc]))
  const early = new Set<string>()
  for (const event of events) {
    if (event.time === undefined) continue
    const doc = byId.get(event.id)
    const updated = typeof doc?._updatedAt === 'string' ? Date.parse(doc._updatedAt) : Number.NaN
    const older = Number.isNaN(updated) || updated + SKEW_MS < Date.parse(event.time)
    if (event.operation === 'delete' ? doc !== undefined && older : doc === undefined || older) early.add(event.id)
  }
  return [...early]
}
