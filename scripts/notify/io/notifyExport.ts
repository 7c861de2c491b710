import { join, resolve } from 'node:path'
import { applyJournal } from '../lib/applyJournal.ts'
import { describeFailure } from '../lib/describeFailure.ts'
import { googleReceived } from '../lib/googleReceived.ts'
import { indexNowBatches } from '../lib/indexNowBatches.ts'
import { notificationLine } from '../lib/notificationLine.ts'
import { applyLiveChecks } from '../lib/applyLiveChecks.ts'
import type { NotifyState, QueuedNotification } from '../lib/notifyState.ts'
import { pacificDay } from '../lib/pacificDay.ts'
import { planNotifications, type EnabledChannels, type NotificationPlan } from '../lib/planNotifications.ts'
import { settleInDoubt } from '../lib/settleInDoubt.ts'
import { cacheDirFor, cacheRoot } from '../../export/io/cacheDir.ts'
import { CliError } from '../../cli/cliError.ts'
import { unexpectedFailure } from '../../cli/unexpectedFailure.ts'
import type { Config } from '../../core/config/resolveConfig.ts'
import type { LimitsEnv } from '../../core/config/resolveLimits.ts'
import { blankSecrets } from '../../core/secrets/blankSecrets.ts'
import { checkPagesLive } from './checkPagesLive.ts'
import { googleIndexing, type GoogleIndexing } from './googleIndexing.ts'
import { indexNow, type IndexNow } from './indexNow.ts'
import { openNotifyState, readNotifyState, type Journal } from './notifyStateStore.ts'
import { readManifestPages } from './readManifestPages.ts'
import { readServiceAccount, type CredentialsEnv, type ServiceAccount } from './readServiceAccount.ts'

/**
 * What one notify run is asked to do: the configuration's notify options (scripts/core/config/optionDefinitions.ts),
 * with the base URL the pages are published under, which notifying cannot do without.
 */
export type NotifyOptions = Pick<Config, 'out' | 'cacheDir' | 'dryRun' | 'now' | 'indexNowKey' | 'indexNowEndpoint' | 'googleEndpoint' | 'googleQuota' | 'liveCheck' | 'limits'> & {
  baseUrl: string
  /**
   * The clock of each round (the quota's day, the live check's expiry); default the configuration's
   * `now`. A listener that runs for days passes one that reads the time.
   */
  clock?: (() => Date) | undefined
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
    const notifier = await openNotifier(options, io, secrets)
    if (!notifier.liveCheck) err.write(`${LIVE_CHECK_OFF}\n`)
    const folder = resolve(io.cwd, options.out)
    const pages = await readManifestPages(folder, options.baseUrl)
    if (options.dryRun) return await dryRun(notifier, pages, out, err)
    const result = await notifier.run((state) => planNotifications(state, pages, notifier.channels))
    for (const line of result.stdout) out.write(`${line}\n`)
    for (const line of result.stderr) err.write(`${line}\n`)
    return result.failed ? 2 : 0
  } catch (error) {
    if (error instanceof CliError)
      throw new CliError(error.code, blank(error.message), {
        exitCode: error.exitCode,
        cause: error,
      })
    err.write(unexpectedFailure(error, undefined))
    return 2
  }
}

/** What `--no-live-check` prints, so that a run that skipped the check says so. */
export const LIVE_CHECK_OFF = 'Live check off (--no-live-check): notifications go without checking that the site shows their pages.'

type Stream = { write(s: string): unknown }

/** What one notify round did. */
export interface NotifyRunResult {
  /** Notifications sent, in sending order. */
  sent: QueuedNotification[]
  /** Notifications whose page the site does not show yet, with the reason; they stay queued. */
  waiting: Array<{ item: QueuedNotification; reason: string }>
  /** Nothing was due (no change, nothing queued for the enabled channels). */
  nothingDue: boolean
  /** True when a request failed otherwise than for quota (the CLI's exit 2). */
  failed: boolean
  /** stdout's lines: one per notification sent. */
  stdout: string[]
  /** stderr's lines: what each channel did, what waits and why, failures. */
  stderr: string[]
  /** The state as committed at the end of the round. */
  state: NotifyState
}

/** Notifying, set up once: the channels, the credentials, the state folder; each round plans, checks the site and sends. */
export interface Notifier {
  channels: EnabledChannels
  /** Whether the live check runs before each notification. */
  liveCheck: boolean
  /** Google publish requests per Pacific-time day. */
  googleQuota: number
  /** The clock the quota is counted by. */
  now: Date
  /** The state folder (`<cache folder of out>/notify/`). */
  dir: string
  /**
   * One round: settles the doubts a killed run left, plans on top of them, checks the due
   * notifications' pages on the site (unless the live check is off), sends what is live and
   * commits the state. Takes the state folder's lock for the round.
   * @param plan what to add to the queue (a whole manifest, or the pages one change touched)
   * @param isDue which queued items to check and send in this round (default: all)
   * @returns what happened, with the lines the CLI prints
   */
  run(plan: (state: NotifyState) => NotificationPlan, isDue?: (item: QueuedNotification) => boolean): Promise<NotifyRunResult>
}

/**
 * Sets notifying up for one output: checks the options, reads the Google key (its secrets join
 * `secrets`, so that callers can blank them from anything they print), and decides the channels.
 * @param options the notify options
 * @param io the environment and working folder
 * @param secrets receives every credential the notifier holds, as it learns them
 * @returns the notifier
 * @throws CliError (USAGE) for bad options, no channel, or Google's debug log switched on; (IO) for an unreadable key
 */
export async function openNotifier(options: NotifyOptions, io: Pick<NotifyIo, 'env' | 'cwd'>, secrets: string[]): Promise<Notifier> {
  const settings = checkOptions(options)
  const account = await readServiceAccount(io.env, io.cwd)
  if (account) secrets.push(...secretsOf(account))
  // The library's debug log writes request headers and bodies (the token, the signed assertion) to stderr.
  if (account && io.env.GOOGLE_SDK_NODE_LOGGING)
    throw new CliError('USAGE', 'Unexpected GOOGLE_SDK_NODE_LOGGING, expected it unset: google-auth-library would log the access token and the signed assertion')
  const channels: EnabledChannels = {
    google: account !== undefined,
    indexNow: settings.indexNowKey !== undefined,
  }
  if (!channels.google && !channels.indexNow)
    throw new CliError(
      'USAGE',
      'Unexpected notify without a channel, expected a Google service account key (GOOGLE_APPLICATION_CREDENTIALS or JOBLD_GOOGLE_CREDENTIALS), --indexnow-key, or both',
    )
  const folder = resolve(io.cwd, options.out)
  const dir = join(cacheDirFor(cacheRoot({ cwd: io.cwd, flag: options.cacheDir, env: io.env }), folder), 'notify')
  const liveCheck = options.liveCheck
  const clock = options.clock ?? (() => options.now)
  const live = {
    out: folder,
    baseUrl: options.baseUrl,
    timeoutMs: settings.timeoutMs,
    maxBytes: options.limits.livePageBytes,
    now: clock,
  }
  return {
    channels,
    liveCheck,
    googleQuota: settings.googleQuota,
    now: settings.now,
    dir,
    run: (plan, isDue) => notifyRound({ settings, account, channels, dir, liveCheck, live, secrets, clock }, plan, isDue ?? (() => true)),
  }
}

/** Lines for `--dry-run`: the plan in sending order; nothing is sent, checked or written. */
async function dryRun(notifier: Notifier, pages: Parameters<typeof planNotifications>[1], out: Stream, err: Stream): Promise<0> {
  const { channels } = notifier
  const { state } = planNotifications(await readNotifyState(notifier.dir), pages, channels)
  const due = sendOrder(state, channels)
  for (const item of due) out.write(`${notificationLine(item)}\n`)
  const google = due.filter((item) => item.channel === 'google').length
  const budget = Math.max(0, notifier.googleQuota - usedOn(state, pacificDay(notifier.now)))
  const doubts = due.filter((item) => item.inDoubt).length
  const parts = [...(channels.google ? [count(google, 'Google notification')] : []), ...(channels.indexNow ? [count(due.length - google, 'IndexNow URL')] : [])]
  err.write(
    `${due.length ? `Plan: ${parts.join(', ')}` : 'Nothing to notify'}; nothing sent (--dry-run).\n` +
      (google > budget ? `Google's daily quota leaves ${budget} today; the other ${google - budget} would stay queued.\n` : '') +
      (doubts ? `${count(doubts, 'notification')} in doubt after a killed run: checked (Google) or sent again (IndexNow) first.\n` : ''),
  )
  return 0
}

/** What a round needs, from openNotifier. */
interface RoundContext {
  settings: Settings
  account: ServiceAccount | undefined
  channels: EnabledChannels
  dir: string
  liveCheck: boolean
  live: Parameters<typeof checkPagesLive>[1]
  secrets: string[]
  /** The clock of a round (the quota's day, the live check). */
  clock: () => Date
}

async function notifyRound(context: RoundContext, plan: (state: NotifyState) => NotificationPlan, isDue: (item: QueuedNotification) => boolean): Promise<NotifyRunResult> {
  const { settings, account, channels, secrets } = context
  const today = pacificDay(context.clock())
  const store = await openNotifyState(context.dir)
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
    const planned = await store.commit(plan({ ...store.state, queue: settled }).state)

    // The live check: only what the site already shows is announced; the rest waits, queued.
    const candidates = sendOrder(planned, channels).filter(isDue)
    const checkedAt = context.clock()
    let checks = new Map<number, string | null>()
    if (context.liveCheck) {
      const googleDue = candidates.filter((item) => item.channel === 'google' && !item.inDoubt)
      const budget = Math.max(0, settings.googleQuota - usedOn(planned, today))
      checks = await checkPagesLive(googleDue, context.live, budget)
      const indexNowChecks = await checkPagesLive(
        candidates.filter((item) => item.channel === 'indexNow'),
        context.live,
      )
      for (const [id, reason] of indexNowChecks) checks.set(id, reason)
    }
    const due = context.liveCheck ? candidates.filter((item) => checks.get(item.id) === null || (item.channel === 'google' && item.inDoubt)) : candidates
    const waiting = candidates.flatMap((item) => {
      const reason = checks.get(item.id)
      return typeof reason === 'string' ? [{ item, reason }] : []
    })

    const journal = await store.journal()
    const reports: ChannelReport[] = []
    try {
      const googleDue = due.filter((item) => item.channel === 'google')
      if (googleDue.length) {
        const client = await googleClient()
        const budget = Math.max(0, settings.googleQuota - usedOn(planned, today))
        const result = client ? await sendGoogle(client, googleDue, journal, budget, settings.googleQuota, today) : { sent: [] }
        reports.push({
          name: 'Google',
          host: client?.host ?? '',
          due: googleDue,
          ...result,
        })
      }
      const indexNowDue = due.filter((item) => item.channel === 'indexNow')
      if (indexNowDue.length && settings.indexNowKey !== undefined) {
        const client = indexNow(settings.indexNowEndpoint, settings.indexNowKey, settings.timeoutMs, settings.answerBytes)
        reports.push({
          name: 'IndexNow',
          host: client.host,
          due: indexNowDue,
          ...(await sendIndexNow(client, indexNowDue, journal)),
        })
      }
    } finally {
      await journal.close()
    }
    const final = await store.commit(applyLiveChecks(applyJournal(planned, journal.entries), checks, checkedAt))

    const stdout: string[] = []
    const stderr: string[] = []
    let failed = problems.length > 0
    for (const report of reports) for (const item of report.sent) stdout.push(notificationLine(item))
    stderr.push(...problems)
    for (const report of reports) {
      if (report.failure && !report.quota) {
        stderr.push(report.failure)
        failed = true
      }
      if (report.sent.length) stderr.push(`${report.name}: sent ${sentSummary(report)} to ${report.host}.`)
      const rest = report.due.length - report.sent.length
      if (rest) stderr.push(`${report.name}: ${count(rest, 'notification')} stay${rest === 1 ? 's' : ''} queued for the next run${report.quota ? ` (${report.failure})` : ''}.`)
    }
    if (waiting.length) {
      stderr.push(
        `Waiting for the site: ${count(waiting.length, 'notification')} stay${waiting.length === 1 ? 's' : ''} queued until the page shows what it announces (checked again on the next run):`,
      )
      for (const { item, reason } of waiting) stderr.push(`  ${notificationLine(item)}: ${reason}`)
    }
    const nothingDue = candidates.length === 0
    if (nothingDue) stderr.push('Nothing to notify: no page changed since the last run.')
    const parked = final.queue.filter((item) => !channels[item.channel]).length
    if (parked) stderr.push(`${count(parked, 'notification')} for a channel not configured in this run stay${parked === 1 ? 's' : ''} queued.`)
    return {
      sent: reports.flatMap((report) => report.sent),
      waiting,
      nothingDue,
      failed,
      stdout,
      stderr,
      state: final,
    }
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
  return {
    ...options,
    timeoutMs: options.limits.httpTimeoutMs,
    answerBytes: options.limits.answerBytes,
  }
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
async function sendGoogle(client: GoogleIndexing, due: ReadonlyArray<QueuedNotification>, journal: Journal, budget: number, quota: number, day: string): Promise<ChannelResult> {
  const sent: QueuedNotification[] = []
  let requests = 0
  for (const item of due) {
    // A doubt Google could not settle (its metadata failed): never sent blind; it waits.
    if (item.inDoubt) continue
    if (requests >= budget)
      return {
        sent,
        quota: true,
        failure: `Google's daily quota of ${count(quota, 'publish request')} is used up for ${day} (Pacific time); --google-quota sets it`,
      }
    requests += 1
    await journal.append({
      op: 'intent',
      ids: [item.id],
      at: new Date().toISOString(),
      day,
    })
    const answer = await client.publish(item.url, item.type)
    if (answer.kind === 'sent') {
      await journal.append({
        op: 'sent',
        ids: [item.id],
        ...(answer.notifyTime !== undefined ? { notifyTime: answer.notifyTime } : {}),
      })
      sent.push(item)
      continue
    }
    // In doubt: no outcome line, so the next run asks Google before sending it again.
    if (answer.kind !== 'doubt') await journal.append({ op: 'notSent', ids: [item.id] })
    return {
      sent,
      quota: answer.kind === 'quota',
      failure: describeFailure(answer, notificationLine(item), 'HTTP 200'),
    }
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
    return {
      sent,
      quota: answer.kind === 'quota',
      failure: describeFailure(answer, `${count(ids.length, 'URL')} of ${batch.host}`, 'HTTP 200 or 202'),
    }
  }
  return { sent }
}
