import { z } from 'zod'
import type { WebhookEvent } from './webhookEvent.ts'

/** How long a delivery's key and a document's transaction time are remembered: Sanity retries a delivery for less than a day. */
export const REMEMBER_MS = 24 * 60 * 60_000

/**
 * What the webhook remembers between deliveries, beside its inbox: the deliveries applied lately
 * (a repeated one changes nothing), per document the newest transaction applied (an older one
 * arriving late is stale), and the page paths the site has not yet been told to revalidate.
 */
export const WebhookState = z.object({
  version: z.literal(1),
  /** Delivery key → when it was applied. */
  applied: z.record(z.string(), z.string()),
  /** Document `_id` → the newest `sanity-transaction-time` applied for it. */
  times: z.record(z.string(), z.string()),
  /** Revalidation still owed to the site. */
  revalidate: z.object({
    paths: z.array(z.string()),
    attempts: z.number().int().nonnegative(),
    /** When to try again (ISO 8601), after a failed attempt. */
    next: z.string().optional(),
    /** Why the last attempt failed. */
    reason: z.string().optional(),
  }),
})
export type WebhookState = z.infer<typeof WebhookState>

/**
 * The state of an output that never received a webhook.
 * @returns an empty state
 */
export function emptyWebhookState(): WebhookState {
  return {
    version: 1,
    applied: {},
    times: {},
    revalidate: { paths: [], attempts: 0 },
  }
}

/**
 * Splits pending deliveries into those whose change is still to be read and those already
 * covered: a key applied before (a delivery sent twice), or a transaction older than the newest
 * one applied for the same document (a delivery that came late). What is left is coalesced: one
 * `_id` per document, however many deliveries named it.
 * @param events the pending deliveries, oldest first
 * @param state what was applied before
 * @returns the documents to read (in first-seen order), and the deliveries that need nothing
 */
export function coalesceEvents(events: ReadonlyArray<WebhookEvent>, state: WebhookState): { ids: string[]; covered: WebhookEvent[] } {
  const ids = new Set<string>()
  const covered: WebhookEvent[] = []
  for (const event of events) {
    const newest = state.times[event.id]
    if (state.applied[event.key] !== undefined || (event.time !== undefined && newest !== undefined && event.time < newest)) covered.push(event)
    else ids.add(event.id)
  }
  return { ids: [...ids], covered }
}

/**
 * The state once deliveries are applied: their keys and transaction times are remembered, and
 * what is older than a day is forgotten.
 * @param state the state before
 * @param events the applied deliveries
 * @param now the time they were applied
 * @returns the new state
 */
export function recordApplied(state: WebhookState, events: ReadonlyArray<WebhookEvent>, now: Date): WebhookState {
  const cutoff = new Date(now.getTime() - REMEMBER_MS).toISOString()
  const applied = Object.fromEntries(Object.entries(state.applied).filter(([, at]) => at >= cutoff))
  const times = Object.fromEntries(Object.entries(state.times).filter(([, at]) => at >= cutoff))
  for (const event of events) {
    applied[event.key] = now.toISOString()
    if (event.time !== undefined && (times[event.id] === undefined || (times[event.id] ?? '') < event.time)) times[event.id] = event.time
  }
  return { ...state, applied, times }
}
