/**
 * `jobld listen`: serves Sanity's webhook at `POST /` on a port, with the export's flags, and keeps
 * the queue moving between deliveries (pages waiting for the site, expiries every hour).
 * `jobld expire`: the same work once, for a scheduler (a serverless host's cron): applies what the
 * inbox holds, takes out the vacancies whose validThrough has passed, tells the site, and sends
 * what the site shows. Both are run by scripts/jobld.ts (scripts/cli/runCli.ts), which owns
 * `process`. Exit codes: listen 0 when stopped, 2 for usage and I/O errors; expire 0 when done
 * (pages may still wait for the site), 1 when content was refused, 2 when the Content Lake, the
 * site or a search engine failed (what was not done stays queued).
 */
import { parseArgs, renderUsage, defineCommand, type ArgsDef } from 'citty'
import { CliError } from '../cli/cliError.ts'
import { unexpectedFailure } from '../cli/unexpectedFailure.ts'
import { parseTypesOption } from '../core/parseTypesOption.ts'
import type { CommandIo } from '../export/command.ts'
import { exportArgs } from '../export/command.ts'
import { channelOptions } from '../notify/args.ts'
import { SourceError } from '../sources/sourceError.ts'
import { EXPIRY_INTERVAL_MS, serveWebhooks } from './io/serveWebhooks.ts'
import { openWebhookRunner, type WebhookEnv, type WebhookLogEvent, type WebhookOptions } from './io/webhookRunner.ts'

const { from: _from, 'dry-run': _dryRun, ...shared } = exportArgs

const webhookArgs = {
  ...shared,
  'revalidate-url': { type: 'string', description: 'Tell the site which pages changed: POST {"paths": [...]} with Authorization: Bearer $JOBLD_REVALIDATE_SECRET' },
  'wait-for-site': { type: 'string', description: 'Milliseconds a delivery waits for the site to show its pages before it is answered (default 10000)' },
} as const satisfies ArgsDef

const listenArgs = {
  port: { type: 'string', description: 'The port to listen on (0: any free port, printed)', default: '8787' },
  host: { type: 'string', description: 'The address to listen on (0.0.0.0 for every interface)', default: '127.0.0.1' },
  ...webhookArgs,
  help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

const expireArgs = {
  ...webhookArgs,
  help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

/** `jobld listen`'s declared arguments. */
export const listenCommand = defineCommand({
  meta: { name: 'listen', description: "Serve Sanity's webhook at POST /: each change is written to the output, the site told, and Google told once the page is live" },
  args: listenArgs,
})

/** `jobld expire`'s declared arguments. */
export const expireCommand = defineCommand({
  meta: { name: 'expire', description: 'Once, for a scheduler: apply pending webhook deliveries, take out expired vacancies, and send what the site shows' },
  args: expireArgs,
})

/** What listen may touch besides the export's io: a signal that stops it (SIGINT, SIGTERM). */
export type ListenIo = CommandIo & { env: WebhookEnv; signal?: AbortSignal | undefined }

/**
 * Runs `jobld listen` until the signal stops it.
 * @param rawArgs arguments after the command name
 * @param io streams, environment, working folder and the stop signal
 * @returns the exit code
 */
export async function runListen(rawArgs: string[], io: ListenIo): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs<typeof listenArgs>(rawArgs, listenArgs)
    if (args.help) {
      io.stdout.write(`${await renderUsage(listenCommand)}\n`)
      return 0
    }
    checkUnknown(args, listenArgs)
    const port = /^\d{1,5}$/.test(String(args.port)) && Number(args.port) <= 65535 ? Number(args.port) : Number.NaN
    if (Number.isNaN(port)) throw new CliError('USAGE', `Unexpected --port ${String(args.port).slice(0, 20)}, expected a port number from 0 to 65535`)
    const { options, waitForSiteMs, format } = webhookOptions(args, io)
    const runner = await openWebhookRunner({ ...options, log: logger(io, format) })
    const server = await serveWebhooks(runner, { host: String(args.host), port, waitForSiteMs })
    await server.started
    io.stderr.write(
      `Listening on ${server.url} for Sanity's webhook: output ${options.out}, base URL ${options.baseUrl ?? ''}${options.notify ? '' : ' (no --notify: search engines are not told)'}; expiries checked every ${EXPIRY_INTERVAL_MS / 60_000} minutes.\n`,
    )
    if (options.notify && options.liveCheck === false) io.stderr.write('Live check off (--no-live-check): notifications go without checking that the site shows their pages.\n')
    await new Promise<void>((resolve) => {
      if (!io.signal || io.signal.aborted) return resolve()
      io.signal.addEventListener('abort', () => resolve(), { once: true })
    })
    await server.close()
    io.stderr.write('Stopped; what was pending stays in the inbox for the next start.\n')
    return 0
  })
}

/**
 * Runs `jobld expire` once.
 * @param rawArgs arguments after the command name
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runExpire(rawArgs: string[], io: ListenIo): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs<typeof expireArgs>(rawArgs, expireArgs)
    if (args.help) {
      io.stdout.write(`${await renderUsage(expireCommand)}\n`)
      return 0
    }
    checkUnknown(args, expireArgs)
    const { options, waitForSiteMs, format } = webhookOptions(args, io)
    const runner = await openWebhookRunner({ ...options, log: logger(io, format) })
    const summary = await runner.expire(waitForSiteMs)
    if (summary.busy) {
      io.stderr.write('Another jobld process is applying this output\'s deliveries (jobld listen, or a webhook request); it does this work too.\n')
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
  })
}

type WebhookArgs = Partial<Record<keyof typeof webhookArgs, string | boolean | undefined>> & { _: string[] }

/** The webhook's options from the export's flags and its own. */
function webhookOptions(args: WebhookArgs, io: ListenIo): { options: WebhookOptions; waitForSiteMs: number; format: 'pretty' | 'json' } {
  const text = (name: keyof typeof webhookArgs) => (typeof args[name] === 'string' ? String(args[name]) : undefined)
  if (args.cache === false) throw new CliError('USAGE', 'Unexpected --no-cache, expected the cache: the webhook applies each change to it')
  const format = text('format') ?? 'pretty'
  if (format !== 'pretty' && format !== 'json') throw new CliError('USAGE', `Unexpected --format ${format}, expected pretty or json`)
  const types = parseTypesOption(text('types'))
  if ('error' in types) throw new CliError('USAGE', types.error)
  const workersText = text('workers')
  const workers = workersText === undefined ? undefined : /^\d{1,3}$/.test(workersText) ? Number(workersText) : Number.NaN
  if (Number.isNaN(workers)) throw new CliError('USAGE', `Unexpected --workers ${String(workersText).slice(0, 20)}, expected a number of threads such as 2, or 0 for none`)
  const waitText = text('wait-for-site') ?? '10000'
  if (!/^\d{1,7}$/.test(waitText)) throw new CliError('USAGE', `Unexpected --wait-for-site ${waitText.slice(0, 20)}, expected milliseconds such as 10000`)
  const channels = channelOptions({
    now: text('now'),
    'cache-dir': text('cache-dir'),
    'indexnow-key': text('indexnow-key'),
    'indexnow-endpoint': text('indexnow-endpoint'),
    'google-endpoint': text('google-endpoint'),
    'google-quota': text('google-quota'),
    'live-check': args['live-check'] !== false,
  })
  const options: WebhookOptions = {
    out: text('out') ?? 'jsonld',
    baseUrl: text('base-url') ?? io.env.JOBLD_BASE_URL,
    cacheDir: channels.cacheDir,
    strict: args.strict === true,
    types: types.names,
    workers,
    now: channels.now,
    notify: args.notify === true,
    indexNowKey: channels.indexNowKey,
    indexNowEndpoint: channels.indexNowEndpoint,
    googleEndpoint: channels.googleEndpoint,
    googleQuota: channels.googleQuota,
    liveCheck: channels.liveCheck,
    revalidateUrl: text('revalidate-url'),
    cwd: io.cwd,
    env: io.env,
  }
  return { options, waitForSiteMs: Number(waitText), format }
}

/** One line per event: `<time> <event> <detail>` on stderr, or JSON lines on stdout with --format json. */
function logger(io: ListenIo, format: 'pretty' | 'json'): (event: WebhookLogEvent) => void {
  return (event) => {
    if (format === 'json') io.stdout.write(`${JSON.stringify(event)}\n`)
    else io.stderr.write(`${event.at} ${event.event}: ${event.detail}\n`)
  }
}

function checkUnknown(args: Record<string, unknown> & { _: string[] }, declared: ArgsDef): void {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  const known = new Set(['_', 'h', ...Object.keys(declared), ...Object.keys(declared).map(camel)])
  const unknown = Object.keys(args).filter((key) => !known.has(key))
  if (unknown.length || args._.length) {
    const first = unknown[0]
    const hint = first === 'from' ? ' (the webhook reads the Content Lake: set SANITY_PROJECT_ID and SANITY_DATASET)' : ''
    throw new CliError('USAGE', `Unexpected argument ${first !== undefined ? `--${first}` : `"${args._[0]}"`}, expected the options of --help${hint}`)
  }
}

/** Expected failures print their message; anything else its stack. */
async function guarded(io: ListenIo, run: () => Promise<number>): Promise<number> {
  const secret = io.env.SANITY_WEBHOOK_SECRET
  const secrets = [secret, io.env.SANITY_API_TOKEN, io.env.JOBLD_REVALIDATE_SECRET].filter((value): value is string => typeof value === 'string' && value.length >= 8)
  const blank = (text: string) => secrets.reduce((safe, value) => safe.split(value).join('[redacted]'), text)
  try {
    return await run()
  } catch (error) {
    if (error instanceof CliError || error instanceof SourceError) {
      io.stderr.write(`${blank(error.message)}\n`)
      return error instanceof CliError ? error.exitCode : 2
    }
    io.stderr.write(blank(unexpectedFailure(error, io.env.SANITY_API_TOKEN)))
    return 2
  }
}
