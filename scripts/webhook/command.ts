/**
 * `jobld listen`: serves Sanity's webhook at `POST /` on a port, with the export's options, and
 * keeps the queue moving between deliveries (pages waiting for the site, expiries every hour).
 * `jobld expire`: the same work once, for a scheduler (a serverless host's cron): applies what the
 * inbox holds, takes out the vacancies whose validThrough has passed, tells the site, and sends
 * what the site shows. Their options are the declaration's (scripts/core/config/optionDefinitions.ts).
 * Exit codes: listen 0 when stopped, 2 for usage and I/O errors; expire 0 when done (pages may
 * still wait for the site), 1 when content was refused, 2 when the Content Lake, the site or a
 * search engine failed (what was not done stays queued).
 */
import type { CommandDef, ParsedArgs } from 'citty'
import { commandArgs } from '../cli/commandArgs.ts'
import { defineJobldCommand } from '../cli/defineJobldCommand.ts'
import { readConfig } from '../cli/readConfig.ts'
import type { Session } from '../cli/session.ts'
import { LIVE_CHECK_OFF } from '../notify/io/notifyExport.ts'
import { EXPIRY_INTERVAL_MS, serveWebhooks } from './io/serveWebhooks.ts'
import { openWebhookRunner, type WebhookLogEvent, type WebhookRunner } from './io/webhookRunner.ts'

/**
 * `jobld listen`.
 * @param session the run
 * @returns the citty command
 */
export function listenCommand(session: Session): CommandDef {
  return defineJobldCommand(
    {
      name: 'listen',
      args: commandArgs('listen'),
      run: async (args, io) => {
        const { runner, config } = await open(args, 'listen', io)
        const server = await serveWebhooks(runner, {
          host: config.host,
          port: config.port,
          waitForSiteMs: config.waitForSite,
        })
        await server.started
        io.stderr.write(
          `Listening on ${server.url} for Sanity's webhook: output ${config.out}, base URL ${config.baseUrl ?? ''}${config.notify ? '' : ' (no --notify: search engines are not told)'}; expiries checked every ${EXPIRY_INTERVAL_MS / 60_000} minutes.\n`,
        )
        if (config.notify && !config.liveCheck) io.stderr.write(`${LIVE_CHECK_OFF}\n`)
        await new Promise<void>((resolve) => {
          if (!io.signal || io.signal.aborted) return resolve()
          io.signal.addEventListener('abort', () => resolve(), { once: true })
        })
        await server.close()
        io.stderr.write('Stopped; what was pending stays in the inbox for the next start.\n')
        return 0
      },
    },
    session,
  )
}

/**
 * `jobld expire`.
 * @param session the run
 * @returns the citty command
 */
export function expireCommand(session: Session): CommandDef {
  return defineJobldCommand(
    {
      name: 'expire',
      args: commandArgs('expire'),
      run: async (args, io) => {
        const { runner, config } = await open(args, 'expire', io)
        if (config.notify && !config.liveCheck) io.stderr.write(`${LIVE_CHECK_OFF}\n`)
        const summary = await runner.expire(config.waitForSite)
        if (summary.busy) {
          io.stderr.write("Another jobld process is applying this output's deliveries (jobld listen, or a webhook request); it does this work too.\n")
          return 0
        }
        for (const line of summary.sent) io.stdout.write(`${line}\n`)
        const parts = [
          `${summary.applied} pending deliver${summary.applied === 1 ? 'y' : 'ies'} applied`,
          `${summary.pages.filter((page) => page.action === 'removed').length} pages removed`,
          `${summary.pages.filter((page) => page.action === 'written').length} written`,
          `${summary.sent.length} notifications sent`,
          `${summary.waiting.length} waiting for the site`,
        ]
        io.stderr.write(`${parts.join(', ')}.\n`)
        if (summary.refused.length) return 1
        return summary.failures.length ? 2 : 0
      },
    },
    session,
  )
}

/** The configuration of the command line and the webhook of its output, set up; the log goes to stderr (JSON lines to stdout with --format json). */
async function open(args: ParsedArgs, command: 'listen' | 'expire', session: Session): Promise<{ runner: WebhookRunner; config: ReturnType<typeof readConfig> }> {
  const config = readConfig(args, command, session, new Date())
  // A fixed --now (tests, reproducible runs) or the time of each change: a listener runs for days.
  const fixed = args.now === undefined ? undefined : config.now
  const format = config.format
  const log = (event: WebhookLogEvent) => {
    if (format === 'json') session.stdout.write(`${JSON.stringify(event)}\n`)
    else session.stderr.write(`${event.at} ${event.event}: ${event.detail}\n`)
  }
  const runner = await openWebhookRunner(config, {
    cwd: session.cwd,
    env: session.env,
    clock: () => fixed ?? new Date(),
    log,
  })
  return { runner, config }
}
