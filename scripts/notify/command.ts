/**
 * `jobld notify`: tells search engines what changed in an exported folder since the last run:
 * Google's Indexing API for vacancy pages (URL_UPDATED / URL_DELETED) and IndexNow for every
 * page. See docs/notify.md. Exit 0: sent (or queued for quota only); 2: usage or I/O errors, or
 * a request failed (what was not sent stays queued for the next run). Run by scripts/jobld.ts
 * (scripts/cli/runCli.ts), which owns `process`.
 */
import { defineCommand, parseArgs, renderUsage, type ArgsDef } from 'citty'
import { CliError } from '../cli/cliError.ts'
import { notifyExport, type NotifyIo } from './io/notifyExport.ts'
import { channelOptions, notifyChannelArgs } from './args.ts'

export { notifyExport, type NotifyEnv, type NotifyIo, type NotifyOptions } from './io/notifyExport.ts'

const notifyArgs = {
  out: { type: 'string', description: 'The exported folder (its manifest.json is read)', default: 'jsonld' },
  'base-url': { type: 'string', description: 'Base URL of the pages, as given to the export (required; JOBLD_BASE_URL sets the same)' },
  'dry-run': { type: 'boolean', description: 'Print the plan, one line per notification; send and write nothing', default: false },
  now: { type: 'string', description: 'The clock Google\'s daily quota is counted by (default: now)' },
  'cache-dir': { type: 'string', description: 'Root of the cache folder, where the notification state is kept (default: JOBLD_CACHE_DIR, else node_modules/.cache/jobld)' },
  ...notifyChannelArgs,
  help: { type: 'boolean', alias: 'h', description: 'Show this help', default: false },
} as const satisfies ArgsDef

/** The command's declared arguments. */
export const notifyCommand = defineCommand({
  meta: { name: 'notify', description: 'Tell search engines which pages changed since the last run (Google Indexing API, IndexNow)' },
  args: notifyArgs,
})

/** What the command may touch; the export's CommandIo fits it. */
export type NotifyCommandIo = NotifyIo & { env: NotifyIo['env'] & { JOBLD_BASE_URL?: string | undefined } }

/**
 * Runs the notify command.
 * @param rawArgs arguments after the script name
 * @param io streams, environment and working folder
 * @returns the exit code
 */
export async function runNotify(rawArgs: string[], io: NotifyCommandIo): Promise<number> {
  try {
    const args = parseArgs<typeof notifyArgs>(rawArgs, notifyArgs)
    if (args.help) {
      io.stdout.write(`${await renderUsage(notifyCommand)}\n`)
      return 0
    }
    const unknown = Object.keys(args).filter((k) => k !== '_' && !(k in notifyArgs) && !ALIASES.has(k))
    if (unknown.length || args._.length)
      throw new CliError('USAGE', `Unexpected argument ${unknown.length ? `--${unknown[0]}` : `"${args._[0]}"`}, expected the options of --help`)
    const baseUrl = args['base-url'] ? String(args['base-url']) : io.env.JOBLD_BASE_URL
    if (!baseUrl) throw new CliError('USAGE', 'Unexpected notify without --base-url, expected the base URL the pages are published under')
    return await notifyExport({ out: String(args.out), baseUrl, dryRun: Boolean(args['dry-run']), ...channelOptions(args) }, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}

const ALIASES = new Set(['h', 'dryRun', 'baseUrl', 'cacheDir', 'indexnowKey', 'indexnowEndpoint', 'googleEndpoint', 'googleQuota', 'liveCheck'])

