import { join, resolve } from 'node:path'
import { applyJournal } from '../lib/applyJournal.ts'
import { describeFailure } from '../lib/describeFailure.ts'
import { googleReceived } from '../lib/googleReceived.ts'
import { indexNowBatches } from '../lib/indexNowBatches.ts'
import { notificationLine } from '../lib/notificationLine.ts'
import type { NotifyState, QueuedNotification } from '../lib/notifyState.ts'
import { pacificDay } from '../lib/pacificDay.ts'
import { planNotifications, type EnabledChannels } from '../lib/planNotifications.ts'
import { settleInDoubt } from '../lib/settleInDoubt.ts'
import { cacheDirFor, cacheRoot } from '../../export/io/cacheDir.ts'
import { CliError } from '../../cli/cliError.ts'
import { unexpectedFailure } from '../../cli/unexpectedFailure.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import type { LimitsEnv } from '../../core/config/resolveLimits.ts'
import { blankSecrets } from '../../core/secrets/blankSecrets.ts'
import { googleIndexing, type GoogleIndexing } from './googleIndexing.ts'
import { indexNow, type IndexNow } from './indexNow.ts'
import { openNotifyState, readNotifyState, type Journal } from './notifyStateStore.ts'
import { readManifestPages } from './readManifestPages.ts'
import { readServiceAccount, type CredentialsEnv, type ServiceAccount } from './readServiceAccount.ts'

/**
 * What one notify run is asked to do: the configuration's notify options (scripts/core/config/optionDefinitions.ts),
 * with the base URL the pages are published under, which notifying cannot do without.
 */
export type NotifyOptions = Pick<Config, 'out' | 'cacheDir' | 'dryRun' | 'now' | 'indexNowKey' | 'indexNowEndpoint' | 'googleEndpoint' | 'googleQuota' | 'limits'> & {
  baseUrl: string
}

/** The environment notifying reads. */
export interface NotifyEnv extends CredentialsEnv, LimitsEnv {
  JOBLD_CACHE_DIR?: string | undefined
  XDG_CACHE_HOME?: string | undefined
  /** google-auth-library's debug log; it would print the access token, so notify refuses to run with it. */
  GOOGLE_SDK_NODE_LOGGING?: string | undefined
}

/** What notifying may touch: the streams, the environment and the working folder. */
export interface NotifyIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
  env: NotifyEnv
  cwd: string
}

/**
 * Tells search engines what changed in an exported folder since the last run: Google's Indexing
 * API (`URL_UPDATED` / `URL_DELETED`, vacancy pages only; on when a service account key is in
 * GOOGLE_APPLICATION_CREDENTIALS or JOBLD_GOOGLE_CREDENTIALS) and IndexNow (every changed or
 * removed page's URL, in batches; on with an IndexNow key). Notifications that cannot go now
 * (quota, 429, 5xx, network) stay queued in the output's cache folder and go first next time;
 * the state survives a kill at any moment (scripts/notify/io/notifyStateStore.ts).
 *
 * stdout gets one line per notification sent (with `dryRun`: per notification planned), such as
 * `URL_UPDATED https://…/vacatures/x` or `INDEXNOW https://…/x`; stderr a summary and any failure,
 * naming the host and the status. No credential is ever written to either, or to a file.
 * @param options the run (the flags of `jobld notify`)
 * @param io streams, environment and working folder
 * @returns 0 when everything due was sent or is queued only for quota (a normal day when more
 *   than the quota changed); 2 when a request failed otherwise (the rest stays queued)
 * @throws CliError (exit code 2) for usage and I/O problems found before anything is sent:
 *   bad options, no channel, unreadable credentials or manifest, a damaged state, a busy state folder
 */
export async function notifyExport(options: NotifyOptions, io: NotifyIo): Promise<0 | 2> {
  const secrets: string[] = []
  const blank = (text: string) => blankSecrets(text, secrets, '[redacted]')
  const out = { write: (s: string) => io.stdout.write(blank(s)) }
  const err = { write: (s: string) => io.stderr.write(blank(s)) }
  try {
    return await notifyOnce(options, io, out, err, secrets)
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.code, blank(error.message), { exitCode: error.exitCode, cause: error })
    err.write(unexpectedFailure(error, undefined))
    return 2
  }
}

type Stream = { write(s: string): unknown }

async function notifyOnce(options: NotifyOptions, io: NotifyIo, out: Stream, err: Stream, secrets: string[]): Promise<0 | 2> {
  const settings = checkOptions(options)
  const account = await readServiceAccount(io.env, io.cwd)
  if (account) secrets.push(...secretsOf(account))
  // The library's debug log writes request headers and bodies (the token, the signed assertion) to stderr.
  if (account && io.env.GOOGLE_SDK_NODE_LOGGING)
    throw new CliError('USAGE', 'Unexpected GOOGLE_SDK_NODE_LOGGING, expected it unset: google-auth-library would log the access token and the signed assertion')
  const channels: EnabledChannels = { google: account !== undefined, indexNow: settings.indexNowKey !== undefined }
  if (!channels.google && !channels.indexNow)
    throw new CliError(
      'USAGE',
      'Unexpected notify without a channel, expected a Google service account key (GOOGLE_APPLICATION_CREDENTIALS or JOBLD_GOOGLE_CREDENTIALS), --indexnow-key, or both',
    )
  const folder = resolve(io.cwd, options.out)
  const pages = await readManifestPages(folder, options.baseUrl)
  const dir = join(cacheDirFor(cacheRoot({ cwd: io.cwd, flag: options.cacheDir, env: io.env }), folder), 'notify')
  const today = pacificDay(settings.now)

  if (options.dryRun) {
    const { state } = planNotifications(await readNotifyState(dir), pages, channels)
    const due = sendOrder(state, channels)
    for (const item of due) out.write(`${notificationLine(item)}\n`)
    const google = due.filter((item) => item.channel === 'google').length
    const budget = Math.max(0, settings.googleQuota - usedOn(state, today))
    const doubts = due.filter((item) => item.inDoubt).length
    const parts = [...(channels.google ? [count(google, 'Google notification')] : []), ...(channels.indexNow ? [count(due.length - google, 'IndexNow URL')] : [])]
    err.write(
      `${due.length ? `Plan: ${parts.join(', ')}` : 'Nothing to notify'}; nothing sent (--dry-run).\n` +
        (google > budget ? `Google's daily quota leaves ${budget} today; the other ${google - budget} would stay queued.\n` : '') +
        (doubts ? `${count(doubts, 'notification')} in doubt after a killed run: checked (Google) or sent again (IndexNow) first.\n` : ''),
    )
    return 0
  }

  const store = await openNotifyState(dir)
  try {
    // Failures besides sending (the token, a doubt's metadata): reported first, and the run exits 2.
    const problems: string[] = []
    let google: GoogleIndexing | undefined
    let authorized = false
    const googleClient = async () => {
      if (authorized || !account) return google
      authorized = true
      const client = googleIndexing(account, settings.googleEndpoint, settings.timeoutMs, settings.answerBytes)
      const failure = await client.authorize()
      secrets.push(...client.secrets())
      if (failure) problems.push(describeFailure(failure, `an access token for ${account.email}`, 'HTTP 200 with an access token'))
      else google = client
      return google
    }

    // Settle the doubts a killed run left, then plan on top of them.
    const settled: QueuedNotification[] = []
    for (const item of store.state.queue) {
      if (!item.inDoubt) settled.push(item)
      else if (item.channel === 'indexNow') pushDefined(settled, settleInDoubt(item, false))
      else {
        const client = channels.google ? await googleClient() : undefined
        const answer = client ? await client.metadata(item.url) : undefined
        if (answer?.kind === 'metadata') pushDefined(settled, settleInDoubt(item, googleReceived(item.inDoubt, answer.latest, answer.date)))
        else {
          settled.push(item)
          if (answer) problems.push(describeFailure(answer, `the metadata of ${item.url}`, 'HTTP 200 or 404'))
        }
      }
    }
    const planned = await store.commit(planNotifications({ ...store.state, queue: settled }, pages, channels).state)

    const journal = await store.journal()
    const due = sendOrder(planned, channels)
    const reports: ChannelReport[] = []
    try {
      const googleDue = due.filter((item) => item.channel === 'google')
      if (googleDue.length) {
        const client = await googleClient()
        const budget = Math.max(0, settings.googleQuota - usedOn(planned, today))
        const result = client ? await sendGoogle(client, googleDue, journal, budget, settings.googleQuota, today) : { sent: [] }
        reports.push({ name: 'Google', host: client?.host ?? '', due: googleDue, ...result })
      }
      const indexNowDue = due.filter((item) => item.channel === 'indexNow')
      if (indexNowDue.length && settings.indexNowKey !== undefined) {
        const client = indexNow(settings.indexNowEndpoint, settings.indexNowKey, settings.timeoutMs, settings.answerBytes)
        reports.push({ name: 'IndexNow', host: client.host, due: indexNowDue, ...(await sendIndexNow(client, indexNowDue, journal)) })
      }
    } finally {
      await journal.close()
    }
    const final = await store.commit(applyJournal(planned, journal.entries))

    let failed = problems.length > 0
    for (const report of reports) for (const item of report.sent) out.write(`${notificationLine(item)}\n`)
    for (const problem of problems) err.write(`${problem}\n`)
    for (const report of reports) {
      if (report.failure && !report.quota) {
        err.write(`${report.failure}\n`)
        failed = true
      }
      if (report.sent.length) err.write(`${report.name}: sent ${sentSummary(report)} to ${report.host}.\n`)
      const rest = report.due.length - report.sent.length
      if (rest) err.write(`${report.name}: ${count(rest, 'notification')} stay${rest === 1 ? 's' : ''} queued for the next run${report.quota ? ` (${report.failure})` : ''}.\n`)
    }
    if (!due.length) err.write('Nothing to notify: no page changed since the last run.\n')
    const parked = final.queue.filter((item) => !channels[item.channel]).length
    if (parked) err.write(`${count(parked, 'notification')} for a channel not configured in this run stay${parked === 1 ? 's' : ''} queued.\n`)
    return failed ? 2 : 0
  } finally {
    await store.release()
  }
}

/** What one channel did in a run. */
interface ChannelReport {
  name: 'Google' | 'IndexNow'
  host: string
  due: ReadonlyArray<QueuedNotification>
  sent: QueuedNotification[]
  /** Why it stopped early, as a message. */
  failure?: string | undefined
  /** It stopped for quota only: a normal day, not a failure. */
  quota?: boolean
}

const count = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`

function sentSummary(report: ChannelReport): string {
  if (report.name === 'IndexNow') {
    const batches = indexNowBatches(report.sent).length
    return `${count(report.sent.length, 'URL')} in ${count(batches, 'batch', 'batches')}`
  }
  const updated = report.sent.filter((item) => item.type === 'URL_UPDATED').length
  return `${count(report.sent.length, 'notification')} (${updated} URL_UPDATED, ${report.sent.length - updated} URL_DELETED)`
}

function pushDefined<T>(list: T[], item: T | undefined) {
  if (item !== undefined) list.push(item)
}

/** The options, with the bounds of each request. */
type Settings = NotifyOptions & { timeoutMs: number; answerBytes: number }

function checkOptions(options: NotifyOptions): Settings {
  return { ...options, timeoutMs: options.limits.httpTimeoutMs, answerBytes: options.limits.answerBytes }
}

/** The key and everything that could stand for it in a text: the whole key, its lines, its id. */
function secretsOf(account: ServiceAccount): string[] {
  const lines = account.privateKey.split(/\\n|\n/).filter((line) => line.length >= 16 && !line.includes('PRIVATE KEY'))
  return [account.privateKey, ...lines, ...(account.privateKeyId && account.privateKeyId.length >= 8 ? [account.privateKeyId] : [])]
}

/** The items to send now, in order: Google's (queue order), then IndexNow's; in-doubt ones last settled above. */
function sendOrder(state: NotifyState, channels: EnabledChannels): QueuedNotification[] {
  const enabled = state.queue.filter((item) => channels[item.channel])
  return [...enabled.filter((item) => item.channel === 'google'), ...enabled.filter((item) => item.channel === 'indexNow')]
}

function usedOn(state: NotifyState, day: string): number {
  return state.google.day?.date === day ? state.google.day.used : 0
}

type ChannelResult = Pick<ChannelReport, 'sent' | 'failure' | 'quota'>

/** Sends Google notifications one at a time, each between an intent and an outcome line. */
async function sendGoogle(
  client: GoogleIndexing,
  due: ReadonlyArray<QueuedNotification>,
  journal: Journal,
  budget: number,
  quota: number,
  day: string,
): Promise<ChannelResult> {
  const sent: QueuedNotification[] = []
  let requests = 0
  for (const item of due) {
    // A doubt Google could not settle (its metadata failed): never sent blind; it waits.
    if (item.inDoubt) continue
    if (requests >= budget)
      return { sent, quota: true, failure: `Google's daily quota of ${count(quota, 'publish request')} is used up for ${day} (Pacific time); --google-quota sets it` }
    requests += 1
    await journal.append({ op: 'intent', ids: [item.id], at: new Date().toISOString(), day })
    const answer = await client.publish(item.url, item.type)
    if (answer.kind === 'sent') {
      await journal.append({ op: 'sent', ids: [item.id], ...(answer.notifyTime !== undefined ? { notifyTime: answer.notifyTime } : {}) })
      sent.push(item)
      continue
    }
    // In doubt: no outcome line, so the next run asks Google before sending it again.
    if (answer.kind !== 'doubt') await journal.append({ op: 'notSent', ids: [item.id] })
    return { sent, quota: answer.kind === 'quota', failure: describeFailure(answer, notificationLine(item), 'HTTP 200') }
  }
  return { sent }
}

/** Sends IndexNow batches one at a time, each between an intent and an outcome line. */
async function sendIndexNow(client: IndexNow, due: ReadonlyArray<QueuedNotification>, journal: Journal): Promise<ChannelResult> {
  const sent: QueuedNotification[] = []
  for (const batch of indexNowBatches(due)) {
    const ids = batch.items.map((item) => item.id)
    await journal.append({ op: 'intent', ids, at: new Date().toISOString() })
    const answer = await client.submit(
      batch.host,
      batch.items.map((item) => item.url),
    )
    if (answer.kind === 'sent') {
      await journal.append({ op: 'sent', ids })
      sent.push(...batch.items)
      continue
    }
    if (answer.kind !== 'doubt') await journal.append({ op: 'notSent', ids })
    return { sent, quota: answer.kind === 'quota', failure: describeFailure(answer, `${count(ids.length, 'URL')} of ${batch.host}`, 'HTTP 200 or 202') }
  }
  return { sent }
}
