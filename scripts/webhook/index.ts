/**
 * `jobld/webhook`: receive Sanity's webhook in a Next.js route handler, a serverless function or
 * any server that speaks Web `Request`/`Response` (Node only: it keeps the output and its queue on
 * disk).
 *
 *   import { createWebhookHandler } from 'jobld/webhook'
 *   export const POST = createWebhookHandler({ out: 'jsonld', baseUrl: 'https://www.example.nl/beroepen', notify: true })
 */
export { createWebhookHandler, handleWebhook } from './io/createWebhookHandler.ts'
export { expireVacancies } from './io/expireVacancies.ts'
export type { WebhookHandlerOptions } from './io/webhookConfig.ts'
export { openWebhookRunner, type RunSummary, type WebhookEnv, type WebhookLogEvent, type WebhookRunner, type WebhookSetting } from './io/webhookRunner.ts'
export { WebhookBody } from './lib/webhookEvent.ts'
