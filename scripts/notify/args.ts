/**
 * The flags `jobld notify` shares with `jobld export --notify`, and their reading: kept apart from
 * the notify clients so that the export's help and start-up never load them.
 */
import type { ArgsDef } from 'citty'
import { CliError } from '../cli/cliError.ts'
import { GOOGLE_DAILY_QUOTA, GOOGLE_INDEXING_ENDPOINT, INDEXNOW_ENDPOINT } from './io/endpoints.ts'
import type { NotifyOptions } from './io/notifyExport.ts'

/** The flags `notify` shares with `export --notify` (the export has its own --out, --base-url, --now, --dry-run). */
export const notifyChannelArgs = {
  'indexnow-key': { type: 'string', description: 'The site\'s IndexNow key (served as https://<host>/<key>.txt); without it, nothing goes to IndexNow' },
  'indexnow-endpoint': { type: 'string', description: 'IndexNow endpoint', default: INDEXNOW_ENDPOINT },
  'google-endpoint': { type: 'string', description: 'Google Indexing API endpoint', default: GOOGLE_INDEXING_ENDPOINT },
  'google-quota': { type: 'string', description: 'Google publish requests per day (Pacific time)', default: String(GOOGLE_DAILY_QUOTA) },
  'live-check': {
    type: 'boolean',
    description: 'Fetch each page from the site first and notify only when it shows what is announced (--no-live-check: send without looking)',
    default: true,
  },
} as const satisfies ArgsDef

/**
 * The notify options from parsed flags, for `export --notify` as much as for `notify`.
 * @param args citty's parsed flags (of {@link notifyChannelArgs}, plus `now`)
 * @returns the options besides `out`, `baseUrl` and `dryRun`
 * @throws CliError (USAGE) for a `--now` or `--google-quota` that is not what it should be
 */
export function channelOptions(args: {
  now?: string | undefined
  'cache-dir'?: string | undefined
  'indexnow-key'?: string | undefined
  'indexnow-endpoint'?: string | undefined
  'google-endpoint'?: string | undefined
  'google-quota'?: string | undefined
  'live-check'?: boolean | undefined
}): Omit<NotifyOptions, 'out' | 'baseUrl' | 'dryRun'> {
  const now = args.now ? new Date(String(args.now)) : undefined
  if (now && Number.isNaN(now.getTime())) throw new CliError('USAGE', `Unexpected --now ${String(args.now)}, expected a date like 2026-11-26`)
  const quotaText = args['google-quota'] ?? String(GOOGLE_DAILY_QUOTA)
  const quota = /^\d+$/.test(quotaText) ? Number(quotaText) : Number.NaN
  if (!Number.isSafeInteger(quota)) throw new CliError('USAGE', `Unexpected --google-quota ${quotaText}, expected a whole number of 0 or more`)
  return {
    cacheDir: args['cache-dir'],
    now,
    indexNowKey: args['indexnow-key'],
    indexNowEndpoint: args['indexnow-endpoint'],
    googleEndpoint: args['google-endpoint'],
    googleQuota: quota,
    liveCheck: args['live-check'] !== false,
  }
}
