/**
 * `jobld/webhook`: receive Sanity's webhook in a Next.js route handler, a serverless function or
 * any server that speaks Web `Request`/`Response` (Node only: it keeps the output and its queue on
 * disk).
 *
 *   import { createWebhookHandler } from 'jobld/webhook'
 *   export const POST = createWebhookHandler({ out: 'jsonld', baseUrl: 'https://www.example.nl/beroepen', notify: true })
 */
export { createWebhookHandler, handleWebhook, type WebhookHandlerOptions } from './io/createWebhookHandler.ts'
export { expireVacancies } from './io/expireVacancies.ts'
export { openWebhookRunner, type RunSummary, type WebhookEnv, type WebhookLogEvent, type WebhookOptions, type WebhookRunner } from './io/webhookRunner.ts'
export { WebhookBody } from './lib/webhookEvent.ts'
