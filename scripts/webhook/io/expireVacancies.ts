import { resolveWebhookOptions, type WebhookHandlerOptions } from './webhookConfig.ts'
import { openWebhookRunner, type RunSummary } from './webhookRunner.ts'

/**
 * The work of `jobld expire`, for a scheduled function of a serverless host (a cron route):
 * applies what the webhook inbox still holds, takes out of the output every vacancy whose
 * `validThrough` has passed (re-read from the Content Lake, so an extended date keeps it), tells
 * the site, and sends the notifications whose pages the site shows (URL_DELETED once a page is
 * gone or expired there). Call it at least once an hour.
 * @param options the same options as createWebhookHandler
 * @returns what it did; `busy` when another process was doing it
 * @throws CliError for options that cannot work (no secret, no base URL, no Content Lake)
 */
export async function expireVacancies(options: WebhookHandlerOptions): Promise<RunSummary> {
  const { config, setting } = resolveWebhookOptions(options)
  const runner = await openWebhookRunner(config, setting)
  return runner.expire(config.waitForSite)
}
