/**
 * Sends Sanity's GROQ-powered webhook as Sanity does, for tests on loopback: the projection
 * `{_id, _type, "operation": delta::operation()}` as the body, signed with @sanity/webhook's own
 * encoder (so the receiver is checked against Sanity's toolkit, not against itself), with the
 * headers a delivery carries (`idempotency-key`, `sanity-transaction-id`, `sanity-transaction-time`,
 * `sanity-document-id`, `sanity-operation`, `sanity-dataset`, `sanity-project-id`).
 *
 * ```ts
 * const feed = webhookFeed(lake, url, secret)      // every published change of the emulator, delivered
 * await client.patch(id).set({ title }).commit()    // the feed posts the webhook
 * await feed.settled()                              // every delivery answered
 * ```
 */
import { randomUUID } from 'node:crypto'
import { encodeSignatureHeader } from '@sanity/webhook'
import type { ContentLake, DocumentChange } from './contentLakeServer.ts'

/** One delivery: what was sent and what came back. */
export interface Delivery {
  body: { _id: string; _type: string; operation: 'create' | 'update' | 'delete' }
  headers: Record<string, string>
  status: number
  response: unknown
  sentAt: number
  answeredAt: number
}

/** How to send one delivery; everything defaults to what Sanity would send. */
export interface SendOptions {
  secret: string
  transactionId?: string
  /** The transaction's time (ISO 8601). */
  time?: string
  idempotencyKey?: string
  /** The signature's time, ms since the epoch (default now). */
  timestamp?: number
  /** A signature header to send instead of the right one. */
  signature?: string
  /** A body to send instead of the projection's JSON (the signature is made over it). */
  rawBody?: string
  dataset?: string
  projectId?: string
}

/**
 * Sends one webhook delivery.
 * @param url the receiver
 * @param body the projection's result
 * @param options the secret and what to vary
 * @returns the delivery with the receiver's answer
 */
export async function sendWebhook(url: string, body: Delivery['body'], options: SendOptions): Promise<Delivery> {
  const payload = options.rawBody ?? JSON.stringify(body)
  const timestamp = options.timestamp ?? Date.now()
  const transactionId = options.transactionId ?? randomUUID()
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'sanity-webhook-signature': options.signature ?? (await encodeSignatureHeader(payload, timestamp, options.secret)),
    'idempotency-key': options.idempotencyKey ?? `idem-${transactionId}-${body._id}`,
    'sanity-transaction-id': transactionId,
    'sanity-transaction-time': options.time ?? new Date().toISOString(),
    'sanity-document-id': body._id,
    'sanity-operation': body.operation,
    'sanity-dataset': options.dataset ?? 'production',
    'sanity-project-id': options.projectId ?? 'jobld',
  }
  const sentAt = Date.now()
  const response = await fetch(url, { method: 'POST', headers, body: payload })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = text
  }
  return { body, headers, status: response.status, response: parsed, sentAt, answeredAt: Date.now() }
}

/** A webhook wired to the emulator's changes. */
export interface WebhookFeed {
  deliveries: Delivery[]
  /** Resolves once every delivery sent so far has been answered. */
  settled(): Promise<void>
  /** Holds further deliveries back (they are sent on `release`, in the order given). */
  hold(): void
  /** Sends the held deliveries, optionally reordered or repeated; all at once, or one after the other's answer. */
  release(arrange?: (held: DocumentChange[]) => DocumentChange[], options?: { oneByOne?: boolean }): Promise<void>
}

/**
 * Delivers every change the emulator commits to `url`, as Sanity's webhook would (one delivery
 * per published document a transaction changed, each signed), concurrently and unawaited, as
 * deliveries arrive.
 * @param lake the emulator
 * @param url the receiver (or a function giving it, for a receiver that restarts on another port)
 * @param secret the webhook's secret
 * @param options which changes the webhook's GROQ filter lets through (default: all), and whether to retry a delivery until it is answered 2xx (as Sanity does)
 * @returns the feed
 */
export function webhookFeed(
  lake: ContentLake,
  url: string | (() => string),
  secret: string,
  options: { filter?: (change: DocumentChange) => boolean; retry?: boolean } = {},
): WebhookFeed {
  const deliveries: Delivery[] = []
  const inFlight = new Set<Promise<unknown>>()
  const filter = options.filter ?? (() => true)
  let held: DocumentChange[] | undefined
  const target = typeof url === 'string' ? () => url : url
  const attempt = async (change: DocumentChange): Promise<Delivery> => {
    const body = { _id: change.documentId, _type: change.type, operation: change.operation }
    // The same delivery each time (Sanity keeps its idempotency key), signed anew.
    const send = () => sendWebhook(target(), body, { secret, transactionId: change.transactionId, time: change.time, dataset: lake.dataset, projectId: lake.projectId })
    for (let tries = 0; ; tries += 1) {
      try {
        const delivery = await send()
        // Sanity retries what is not a 2xx; so does the feed, when told to.
        if (!options.retry || (delivery.status >= 200 && delivery.status < 300)) return delivery
      } catch (error) {
        if (!options.retry) throw error
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** tries, 2000)))
    }
  }
  const deliver = (change: DocumentChange) => {
    const sending = attempt(change).then((delivery) => {
      deliveries.push(delivery)
    })
    inFlight.add(sending)
    void sending.finally(() => inFlight.delete(sending))
  }
  lake.onChange((changes) => {
    for (const change of changes.filter((item) => filter(item))) {
      if (held) held.push(change)
      else deliver(change)
    }
  })
  return {
    deliveries,
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight])
    },
    hold() {
      held ??= []
    },
    async release(arrange = (list) => list, options = {}) {
      const list = arrange(held ?? [])
      held = undefined
      for (const change of list) {
        deliver(change)
        if (options.oneByOne) while (inFlight.size > 0) await Promise.all([...inFlight])
      }
      while (inFlight.size > 0) await Promise.all([...inFlight])
    },
  }
}

/**
 * A signed delivery as a Web `Request`, for calling a handler directly (as Next.js would).
 * @param url the route's URL
 * @param body the projection's result
 * @param secret the webhook's secret
 * @returns the request
 */
export async function signedRequest(url: string, body: Delivery['body'], secret: string): Promise<Request> {
  const payload = JSON.stringify(body)
  const transactionId = randomUUID()
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(payload, Date.now(), secret),
      'idempotency-key': `idem-${transactionId}`,
      'sanity-transaction-id': transactionId,
      'sanity-transaction-time': new Date().toISOString(),
    },
    body: payload,
  })
}
