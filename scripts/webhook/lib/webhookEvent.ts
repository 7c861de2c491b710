import { z } from 'zod'

/**
 * The body jobld asks Sanity to send: the projection `{_id, _type, "operation": delta::operation()}`
 * (https://www.sanity.io/docs/content-lake/webhooks). Nothing else in it is read: what changed is
 * read from the Content Lake, so an old or repeated delivery can never write old content.
 */
export const WebhookBody = z.object({
  _id: z.string().min(1).max(256),
  _type: z.string().min(1).max(256),
  operation: z.enum(['create', 'update', 'delete']),
})
export type WebhookBody = z.infer<typeof WebhookBody>

/** One delivery, as kept in the webhook inbox until its change is in the output. */
export const WebhookEvent = z.object({
  /** What identifies the delivery: Sanity's idempotency key, else its transaction and document, else the signature. */
  key: z.string(),
  id: z.string(),
  type: z.string(),
  operation: WebhookBody.shape.operation,
  /** When the transaction happened (Sanity's `sanity-transaction-time`), when given: older deliveries of a document are stale. */
  time: z.string().optional(),
  /** When it arrived (ISO 8601). */
  receivedAt: z.string(),
})
export type WebhookEvent = z.infer<typeof WebhookEvent>

/** The request headers an event reads besides the signature. */
export interface WebhookHeaders {
  get(name: string): string | null
}

/**
 * The inbox event of a verified delivery: its body's document and operation, the transaction's
 * time, and the key that recognises the same delivery sent again (Sanity's `idempotency-key`,
 * else `sanity-transaction-id` with the document, else the signature).
 * @param body the parsed body
 * @param headers the request's headers
 * @param signature the verified signature's value
 * @param receivedAt when it arrived
 * @returns the event
 */
export function webhookEvent(body: WebhookBody, headers: WebhookHeaders, signature: string, receivedAt: Date): WebhookEvent {
  const idempotency = headers.get('idempotency-key')
  const transaction = headers.get('sanity-transaction-id')
  const key = idempotency ? `idempotency:${idempotency}` : transaction ? `transaction:${transaction}:${body._id}:${body.operation}` : `signature:${signature}`
  const time = headers.get('sanity-transaction-time')
  const stamp = time !== null && !Number.isNaN(Date.parse(time)) ? new Date(Date.parse(time)).toISOString() : undefined
  return {
    key: key.slice(0, 512),
    id: body._id,
    type: body._type,
    operation: body.operation,
    ...(stamp ? { time: stamp } : {}),
    receivedAt: receivedAt.toISOString(),
  }
}
