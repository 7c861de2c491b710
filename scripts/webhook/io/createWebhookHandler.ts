import { readBodyBounded } from '../../sources/http/readBodyBounded.ts'
import { ignoredWebhook } from '../lib/classifyWebhook.ts'
import { SIGNATURE_HEADER, verifySignature } from '../lib/verifySignature.ts'
import { WebhookBody, webhookEvent } from '../lib/webhookEvent.ts'
import { resolveWebhookOptions, type WebhookHandlerOptions } from './webhookConfig.ts'
import { openWebhookRunner, type RunSummary, type WebhookRunner } from './webhookRunner.ts'

/**
 * A handler for Sanity's GROQ-powered webhook (projection `{_id, _type, "operation":
 * delta::operation()}`), as a Web-standard `(request: Request) => Promise<Response>`: a Next.js
 * route handler (`export const POST = createWebhookHandler({…})`), a serverless function, or
 * `jobld listen`. Each request's signature is verified (SANITY_WEBHOOK_SECRET, on the raw body,
 * within five minutes) before anything is read from it; a valid delivery is kept in the output's
 * inbox on disk, and then the change is read from the Content Lake (the document and what refers
 * to it), checked with every rule, written into the output for the pages that depend on it, the
 * site is told (`revalidateUrl`), and each page is announced once the site shows it (`notify`).
 * Needs a file system that lasts between requests: the output folder and its cache folder.
 * @param options the export's options (out, baseUrl, strict, types, …) and the webhook's
 * @returns the handler
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  let runner: Promise<WebhookRunner> | undefined
  return async (request) => {
    runner ??= (async () => {
      const { config, setting } = resolveWebhookOptions(options)
      return openWebhookRunner(config, setting)
    })()
    let ready: WebhookRunner
    try {
      ready = await runner
    } catch (error) {
      // Set up again on the next request: the environment or the folder may have been fixed.
      runner = undefined
      const message = error instanceof Error ? error.message : 'unknown failure'
      const secret = (options.env ?? process.env).SANITY_WEBHOOK_SECRET
      return json(500, {
        ok: false,
        error: secret && secret.length >= 8 ? message.split(secret).join('[redacted]') : message,
      })
    }
    return handleWebhook(ready, request, ready.waitForSite)
  }
}

/**
 * Answers one webhook request with a runner that is set up.
 * @param runner the output's webhook
 * @param request the request
 * @param waitMs how long to wait for the site
 * @returns 200 applied, ignored or duplicate; 202 queued (another run holds the output); 401 bad
 *   signature; 400 not the projection; 405 not a POST; 413 too large; 503 queued but the Content Lake failed
 */
export async function handleWebhook(runner: WebhookRunner, request: Request, waitMs: number): Promise<Response> {
  const reply = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => json(status, JSON.parse(runner.blank(JSON.stringify(body))), headers)
  if (request.method !== 'POST')
    return reply(
      405,
      {
        ok: false,
        error: `Unexpected ${request.method.slice(0, 16)} request, expected a POST from Sanity's webhook`,
      },
      { allow: 'POST' },
    )
  const body = await readBodyBounded(request, runner.limits.webhookBytes)
  if (body === undefined) {
    runner.log('rejected', `a body of more than ${runner.limits.webhookBytes} bytes`)
    return reply(413, {
      ok: false,
      error: `Unexpected request body of more than ${runner.limits.webhookBytes.toLocaleString('en')} bytes, expected the webhook's projection {_id, _type, operation} (JOBLD_MAX_WEBHOOK_BYTES)`,
    })
  }
  const signature = await verifySignature(body, request.headers.get(SIGNATURE_HEADER), runner.secret, Date.now())
  if (!signature.ok) {
    runner.log('rejected', `a request whose ${signature.reason.replace(/^its /, '')}`)
    return reply(401, {
      ok: false,
      error: `Unexpected webhook request: ${signature.reason}, expected one signed with SANITY_WEBHOOK_SECRET in the last five minutes`,
    })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch {
    parsed = undefined
  }
  const payload = WebhookBody.safeParse(parsed)
  if (!payload.success)
    return reply(400, {
      ok: false,
      error: 'Unexpected webhook body, expected the projection {_id, _type, "operation": delta::operation()} as JSON',
    })
  const { _id, operation } = payload.data
  const document = { _id, operation }
  const ignored = ignoredWebhook(payload.data, runner.typeNames)
  if (ignored) {
    runner.log('ignored', `${operation} ${_id}: ${ignored}`)
    return reply(200, {
      ok: true,
      status: 'ignored',
      document,
      reason: ignored,
    })
  }
  const event = webhookEvent(payload.data, request.headers, signature.value, new Date())
  const kept = await runner.inbox.add(event)
  if (kept === 'applied') {
    runner.log('duplicate', `${operation} ${_id}: the same delivery again, applied before`)
    return reply(200, { ok: true, status: 'duplicate', document })
  }
  // Sent again while still in the inbox (Sanity retrying after a 503): the run below applies it.
  runner.log(
    kept === 'added' ? 'received' : 'duplicate',
    `${operation} ${payload.data._type} ${_id}${event.time ? ` (transaction of ${event.time})` : ''}${kept === 'pending' ? ': the same delivery again, still in the inbox' : ''}`,
  )
  const summary = await runner.run(waitMs)
  if (summary.busy)
    return reply(202, {
      ok: true,
      status: 'queued',
      document,
      reason: "another run is applying this output's deliveries; it takes this one too",
    })
  const pending = (await runner.inbox.pending()).some((item) => item.event.key === event.key)
  if (pending)
    return reply(
      503,
      {
        ok: false,
        status: 'queued',
        document,
        error: summary.failures.join(' '),
      },
      { 'retry-after': '30' },
    )
  return reply(200, {
    ok: summary.refused.length === 0,
    status: 'applied',
    document,
    ...report(summary),
  })
}

/** What a run did, for the response. */
function report(summary: RunSummary): Record<string, unknown> {
  return {
    deliveries: summary.applied,
    documentsRead: summary.documentsRead,
    pages: summary.pages.map((page) => ({
      url: page.url,
      path: page.path,
      action: page.action,
    })),
    ...(summary.refused.length ? { refused: summary.refused } : {}),
    revalidated: summary.revalidated,
    sent: summary.sent,
    waiting: summary.waiting,
    ...(summary.failures.length ? { failures: summary.failures } : {}),
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  })
}
