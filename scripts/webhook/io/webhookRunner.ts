/**
 * What receives Sanity's webhooks for one output and acts on them: the inbox (webhookInbox.ts),
 * the change read from the Content Lake, the output updated (updateOutput), the notifications
 * planned, the site told (`--revalidate-url`) and then, page by page once the site shows it,
 * Google and IndexNow (notify's notifier, with its live check). createWebhookHandler, `jobld
 * listen` and `jobld expire` drive it.
 */
import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { formatReport } from '../../core/formatReport.ts'
import type { Config, ConfigEnv } from '../../core/config/resolveConfig.ts'
import type { DocumentTypeNames } from '../../core/model/documentTypes.ts'
import type { Limits } from '../../core/limits.ts'
import { cacheDirFor, cacheRoot } from '../../export/io/cacheDir.ts'
import { checkOutputPath } from '../../export/io/checkOutputPath.ts'
import { recoverOutputs } from '../../export/io/outputFolder.ts'
import { updateOutput, type OutputChange, type UpdatedPage, type UpdateOutputOptions } from '../../export/io/updateOutput.ts'
import { notificationLine } from '../../notify/lib/notificationLine.ts'
import type { NotifyState, QueuedNotification } from '../../notify/lib/notifyState.ts'
import { planPageChanges, type PageChange } from '../../notify/lib/planPageChanges.ts'
import { openNotifier, type Notifier, type NotifyEnv } from '../../notify/io/notifyExport.ts'
import { readChangedDocuments } from '../../sources/contentLake.ts'
import { chooseSource, contentLakeOptions, type ContentLakeEnv, type SourceChoice } from '../../sources/loadSource.ts'
import { SourceError } from '../../sources/sourceError.ts'
import { changeOfDocuments, readTooEarly } from '../lib/changeOfDocuments.ts'
import { coalesceEvents, recordApplied, type WebhookState } from '../lib/webhookState.ts'
import type { WebhookEvent } from '../lib/webhookEvent.ts'
import { expiredVacancies } from './expiryIndex.ts'
import { revalidateSite } from './revalidateSite.ts'
import { openWebhookInbox, type WebhookInbox } from './webhookInbox.ts'
import { pushAll } from '../../core/pushAll.ts'

/** The environment the webhook reads: the Content Lake, its secret, the site's secret, notify's credentials, the limits. */
export interface WebhookEnv extends ContentLakeEnv, NotifyEnv, ConfigEnv {
  /** The secret Sanity signs its webhook requests with (set in the webhook's settings). */
  SANITY_WEBHOOK_SECRET?: string | undefined
  /** The secret sent to `--revalidate-url` as `Authorization: Bearer <secret>`. */
  JOBLD_REVALIDATE_SECRET?: string | undefined
  HOME?: string | undefined
}

/** Where the webhook runs: the working folder, the environment (secrets come from here only), its clock and its log. */
export interface WebhookSetting {
  cwd: string
  env: WebhookEnv
  /** The clock of each change (vacancies expire against it): the time, or a fixed `now` (tests). */
  clock: () => Date
  /** Told what happens, one event at a time (listen prints them). */
  log?: ((event: WebhookLogEvent) => void) | undefined
}

/** One thing the webhook did, for a log line. */
export interface WebhookLogEvent {
  /** When (ISO 8601). */
  at: string
  event:
    'received' | 'ignored' | 'duplicate' | 'rejected' | 'read' | 'output' | 'refused' | 'revalidated' | 'revalidation failed' | 'live' | 'waiting' | 'sent' | 'failed' | 'expired'
  /** One line, secrets blanked. */
  detail: string
}

/** What one run did. */
export interface RunSummary {
  /** Another process holds this output's deliveries; it applies what is pending. */
  busy: boolean
  /** Deliveries applied (taken out of the inbox). */
  applied: number
  /** Documents read from the Content Lake (changed ones and their referrers). */
  documentsRead: number
  /** Pages the changes touched. */
  pages: UpdatedPage[]
  /** Report lines of content that was refused (nothing written for it). */
  refused: string[]
  /** Whether the site was told, when it had to be. */
  revalidated: string[]
  /** Notifications sent (`URL_UPDATED https://…`). */
  sent: string[]
  /** Notifications whose page is not live yet, with the reason. */
  waiting: string[]
  /** Failures that leave work for later (Content Lake down, a request refused). */
  failures: string[]
}

/** The webhook of one output, set up. */
export interface WebhookRunner {
  /** The output's cache folder. */
  cacheDir: string
  /** The secret requests must be signed with. */
  secret: string
  /** The Studio's names of jobld's types. */
  typeNames: DocumentTypeNames
  limits: Limits
  /** How long a delivery waits for the site to show its pages (`--wait-for-site`, milliseconds). */
  waitForSite: number
  inbox: WebhookInbox
  /** Blanks every secret the webhook knows from a text. */
  blank(text: string): string
  log(event: WebhookLogEvent['event'], detail: string): void
  /** The clock of this moment. */
  now(): Date
  /**
   * Applies every pending delivery, tells the site, and sends what the site shows; while pages of
   * this run wait for the site, looks again (a quarter second, then doubling) until `waitMs` pass.
   * @returns what it did; `busy` when another process holds the output's deliveries
   */
  run(waitMs: number): Promise<RunSummary>
  /** As run, after taking out of the output every vacancy whose `validThrough` has passed. */
  expire(waitMs: number): Promise<RunSummary>
  /** When something queued is due next (a waiting page, a revalidation to retry), if anything is. */
  nextDue(): Promise<Date | undefined>
}

/** Deliveries applied in one batch: a burst of hundreds reads its documents in one query. */
const BATCH = 500

/**
 * Sets up the webhook of an output: checks the options as the export does, reads the secrets
 * from the environment, opens the inbox and, with `notify`, the notifier.
 * @param config the resolved configuration (the export's options and the webhook's own)
 * @param setting the working folder, the environment, the clock and the log
 * @returns the runner
 * @throws CliError (USAGE, OUTPUT) for options that cannot work: no secret, no base URL, no Content Lake, an output that is not jobld's
 */
export async function openWebhookRunner(config: Config, setting: WebhookSetting): Promise<WebhookRunner> {
  const { cwd, env } = setting
  const secret = env.SANITY_WEBHOOK_SECRET ?? ''
  if (secret === '') throw new CliError('USAGE', "Unexpected webhook without SANITY_WEBHOOK_SECRET, expected the secret set in the webhook's settings in sanity.io/manage")
  const secrets = [secret, env.SANITY_API_TOKEN, env.JOBLD_REVALIDATE_SECRET].filter((value): value is string => typeof value === 'string' && value.length >= 8)
  const blank = (text: string) => secrets.reduce((safe, value) => safe.split(value).join('[redacted]'), text)
  const baseUrl = config.baseUrl
  if (!baseUrl) throw new CliError('USAGE', 'Unexpected webhook without --base-url, expected the base URL the pages are published under')
  const choice = await chooseSource(undefined, env, 'content')
  if (choice.kind !== 'contentLake') throw new CliError('USAGE', 'Unexpected webhook without SANITY_PROJECT_ID and SANITY_DATASET, expected the Content Lake the webhook is about')
  const { limits } = config
  const out = await checkOutputPath(config.out, 'folder', {
    cwd,
    home: env.HOME ?? homedir(),
    sources: [],
  })
  const root = cacheRoot({ cwd, flag: config.cacheDir, env })
  await recoverOutputs(root)
  const cacheDir = cacheDirFor(root, out)
  const inbox = await openWebhookInbox(cacheDir)
  const revalidation = config.revalidateUrl === undefined ? undefined : checkRevalidateSecret(config.revalidateUrl, env.JOBLD_REVALIDATE_SECRET)
  if (revalidation) secrets.push(revalidation.secret)
  const now = setting.clock
  const notifier = config.notify ? await openNotifier({ ...config, out, baseUrl, clock: now }, { env, cwd }, secrets) : undefined
  const timeoutMs = limits.httpTimeoutMs
  const log = (event: WebhookLogEvent['event'], detail: string) =>
    setting.log?.({
      at: new Date().toISOString(),
      event,
      detail: blank(detail),
    })
  const outputOptions = (): UpdateOutputOptions => ({
    out,
    source: choice,
    env,
    now: now(),
    baseUrl,
    strict: config.strict,
    cache: true,
    cacheDir,
    limits,
    secret: config.secret,
    types: config.types,
    workers: config.workers,
    payTransparency: config.payTransparency,
    extraFiles: async (input) => (await import('../../notify/io/renderSitemaps.ts')).renderSitemapFiles(input, baseUrl),
  })
  const context: RunContext = {
    inbox,
    choice,
    env,
    limits,
    outputOptions,
    notifier,
    revalidation,
    timeoutMs,
    now,
    log,
    out,
    baseUrl,
    cacheDir,
  }
  return {
    cacheDir,
    secret,
    typeNames: config.types,
    limits,
    inbox,
    blank,
    log,
    now,
    waitForSite: config.waitForSite,
    run: (waitMs) => runLocked(context, waitMs, false),
    expire: (waitMs) => runLocked(context, waitMs, true),
    nextDue: () => nextDue(context),
  }
}

/** Everything a run needs, from openWebhookRunner. */
interface RunContext {
  inbox: WebhookInbox
  choice: Extract<SourceChoice, { kind: 'contentLake' }>
  env: WebhookEnv
  limits: Limits
  outputOptions: () => UpdateOutputOptions
  notifier: Notifier | undefined
  revalidation: { url: string; secret: string } | undefined
  timeoutMs: number
  now: () => Date
  log: (event: WebhookLogEvent['event'], detail: string) => void
  out: string
  baseUrl: string
  cacheDir: string
}

/** The revalidation URL (checked by its declaration) with its secret, which must be there and long enough. */
function checkRevalidateSecret(url: string, secret: string | undefined): { url: string; secret: string } {
  if (!secret || secret.length < 16)
    throw new CliError(
      'USAGE',
      'Unexpected --revalidate-url without JOBLD_REVALIDATE_SECRET of at least 16 characters, expected the secret the site checks (sent as Authorization: Bearer <secret>)',
    )
  return { url, secret }
}

/** One run under the output's delivery lock; a delivery added while it held the lock is taken before it returns. */
async function runLocked(context: RunContext, waitMs: number, expire: boolean): Promise<RunSummary> {
  const summary: RunSummary = {
    busy: false,
    applied: 0,
    documentsRead: 0,
    pages: [],
    refused: [],
    revalidated: [],
    sent: [],
    waiting: [],
    failures: [],
  }
  const deadline = Date.now() + waitMs
  /** The deliveries this run tried; one that failed (the Content Lake down) waits for the next run. */
  const tried = new Set<string>()
  for (let round = 0; ; round += 1) {
    const release = await context.inbox.tryLock()
    if (!release) {
      if (round === 0) summary.busy = true
      return summary
    }
    try {
      await runOnce(context, summary, deadline, expire && round === 0, tried)
    } finally {
      await release()
    }
    // A request that found the lock held answered "queued" and left its delivery to us: after
    // releasing, look again, so that it is never left waiting for the next delivery.
    if (!(await context.inbox.pending()).some((item) => !tried.has(item.file))) return summary
  }
}

async function runOnce(context: RunContext, summary: RunSummary, deadline: number, expire: boolean, tried: Set<string>): Promise<void> {
  /** URLs of the pages this run touched: their notifications are checked at once, whatever their backoff. */
  const touched = new Set<string>()
  try {
    await applyPending(context, summary, touched, tried)
    if (expire) await applyExpiries(context, summary, touched)
  } catch (error) {
    if (!(error instanceof SourceError || error instanceof CliError)) throw error
    // The Content Lake is down or the output busy: the deliveries stay in the inbox for the next run.
    summary.failures.push(error.message)
    context.log('failed', error.message)
  }
  let delay = 250
  for (;;) {
    await revalidate(context, summary)
    const waiting = await sendDue(context, summary, touched)
    if (waiting === 0 || Date.now() >= deadline) return
    if (!(await context.inbox.hasPending())) await sleep(Math.min(delay, Math.max(0, deadline - Date.now())))
    delay *= 2
    await applyPending(context, summary, touched, tried).catch((error: unknown) => {
      if (!(error instanceof SourceError || error instanceof CliError)) throw error
      summary.failures.push(error.message)
    })
  }
}

/** Applies the inbox's deliveries, a batch at a time, until it is empty. */
async function applyPending(context: RunContext, summary: RunSummary, touched: Set<string>, tried: Set<string>): Promise<void> {
  for (;;) {
    const pending = (await context.inbox.pending()).filter((item) => !tried.has(item.file)).slice(0, BATCH)
    if (pending.length === 0) return
    for (const item of pending) tried.add(item.file)
    const events = pending.map((item) => item.event)
    const state = await context.inbox.readState()
    const { ids, covered } = coalesceEvents(events, state)
    for (const event of covered) context.log('duplicate', `${event.operation} ${event.id}: applied before (a repeated or late delivery)`)
    let next = state
    if (ids.length > 0) {
      const fresh = events.filter((event) => ids.includes(event.id))
      const read = await readFresh(context, ids, fresh)
      summary.documentsRead += read.documents.length + read.referrers.length
      context.log('read', `${read.documents.length + read.referrers.length} documents from the Content Lake for ${ids.length} changed (${read.referrers.length} referring)`)
      next = await applyChange(context, summary, touched, changeOfDocuments(ids, read), state)
    }
    // The wall clock, not the export's (a fixed --now): what is remembered is forgotten after a real day.
    await context.inbox.writeState(recordApplied(next, events, new Date()))
    await context.inbox.remove(pending.map((item) => item.file))
    summary.applied += pending.length
  }
}

/** Reads the changed documents, again after a moment while the Content Lake has not caught up with a delivery. */
async function readFresh(context: RunContext, ids: string[], events: WebhookEvent[]) {
  const options = contentLakeOptions(context.choice, context.env, context.limits)
  let read = await readChangedDocuments(options, ids)
  for (let attempt = 0; attempt < 3 && readTooEarly(events, read).length > 0; attempt += 1) {
    await sleep(250 * 2 ** attempt)
    read = await readChangedDocuments(options, ids)
  }
  return read
}

/**
 * Puts one change into the output, plans the notifications of the pages it touched and records
 * the revalidation owed; returns the webhook state to commit with the deliveries.
 */
async function applyChange(context: RunContext, summary: RunSummary, touched: Set<string>, change: OutputChange, state: WebhookState): Promise<WebhookState> {
  const result = await updateOutput(context.outputOptions(), change)
  if (!result.ok) {
    // Bad content: nothing is written, and retrying would not help; the report says what to fix.
    const errors = result.issues.filter((issue) => issue.severity === 'error' || (context.outputOptions().strict && issue.severity === 'warning'))
    const lines = formatReport(errors)
      .split('\n')
      .filter((line) => line !== '')
    summary.refused.push(...lines)
    context.log('refused', `${count(errors.length, 'error')}, nothing written: ${lines.join(' | ')}`)
    return state
  }
  pushAll(summary.pages, result.pages)
  const changed = result.pages.filter((page) => page.action !== 'unchanged')
  context.log(
    'output',
    `${count(changed.filter((page) => page.action === 'written').length, 'page')} written, ${changed.filter((page) => page.action === 'removed').length} removed, ${result.pages.length - changed.length} unchanged`,
  )
  for (const page of result.pages) if (page.url) touched.add(page.url)
  if (context.notifier) {
    const changes = await pageChanges(context.out, result.pages)
    await context.notifier.run(
      (notifyState) => planPageChanges(notifyState, changes, context.notifier?.channels ?? { google: false, indexNow: false }),
      () => false,
    )
  }
  // Every touched page, unchanged ones too: after a kill between writing the output and recording
  // this, the same delivery applied again finds its pages unchanged, and the site must still hear.
  const paths = result.pages.flatMap((page) => (page.url ? [new URL(page.url).pathname] : []))
  if (!context.revalidation || paths.length === 0) return state
  const owed = [...new Set([...state.revalidate.paths, ...paths])].sort()
  return { ...state, revalidate: { paths: owed, attempts: 0 } }
}

/** Each touched page with its digest now: the hash of its `.jsonld` file, or null when it is gone. */
async function pageChanges(out: string, pages: ReadonlyArray<UpdatedPage>): Promise<PageChange[]> {
  const changes: PageChange[] = []
  for (const page of pages) {
    if (!page.url) continue
    const bytes = page.action === 'removed' ? undefined : await readFile(join(out, page.path)).catch(() => undefined)
    changes.push({
      url: page.url,
      kind: page.kind,
      sha256: bytes ? createHash('sha256').update(bytes).digest('hex') : null,
    })
  }
  return changes
}

/** Takes out of the output the vacancies whose validThrough has passed, by re-reading their documents. */
async function applyExpiries(context: RunContext, summary: RunSummary, touched: Set<string>): Promise<void> {
  const expired = await expiredVacancies(context.out, context.cacheDir, context.now())
  if (expired.length === 0) return
  context.log('expired', `${count(expired.length, 'vacancy', 'vacancies')} past validThrough: ${expired.map((page) => page.path).join(', ')}`)
  const ids = [...new Set(expired.flatMap((page) => page.sourceIds))]
  const read = await readChangedDocuments(contentLakeOptions(context.choice, context.env, context.limits), ids)
  summary.documentsRead += read.documents.length + read.referrers.length
  context.log('read', `${read.documents.length + read.referrers.length} documents from the Content Lake for ${expired.length} expired`)
  const state = await context.inbox.readState()
  await context.inbox.writeState(await applyChange(context, summary, touched, changeOfDocuments(ids, read), state))
}

/** Tells the site which pages changed, when it is owed and due. */
async function revalidate(context: RunContext, summary: RunSummary): Promise<void> {
  if (!context.revalidation) return
  const state = await context.inbox.readState()
  const owed = state.revalidate
  if (owed.paths.length === 0 || (owed.next !== undefined && Date.parse(owed.next) > Date.now())) return
  const result = await revalidateSite(context.revalidation.url, context.revalidation.secret, owed.paths, context.timeoutMs)
  const latest = await context.inbox.readState()
  // Paths owed meanwhile (none: the lock is ours; kept for safety) stay owed.
  const rest = latest.revalidate.paths.filter((path) => !owed.paths.includes(path))
  if (result.ok) {
    summary.revalidated.push(...owed.paths)
    context.log('revalidated', `${new URL(context.revalidation.url).host}: ${owed.paths.join(', ')}`)
    await context.inbox.writeState({
      ...latest,
      revalidate: { paths: rest, attempts: 0 },
    })
    return
  }
  const attempts = owed.attempts + 1
  const next = new Date(Date.now() + Math.min(5_000 * 2 ** (attempts - 1), 15 * 60_000)).toISOString()
  const failure = `Unexpected revalidation failure: ${result.reason}; ${count(owed.paths.length, 'path')} stay owed, tried again after ${next}`
  summary.failures.push(failure)
  context.log('revalidation failed', failure)
  await context.inbox.writeState({
    ...latest,
    revalidate: {
      paths: [...new Set([...owed.paths, ...rest])].sort(),
      attempts,
      next,
      reason: result.reason,
    },
  })
}

/** One notify round for what is due; returns how many notifications of touched pages still wait. */
async function sendDue(context: RunContext, summary: RunSummary, touched: ReadonlySet<string>): Promise<number> {
  const { notifier } = context
  if (!notifier) return 0
  const at = Date.now()
  const isDue = (item: QueuedNotification) => touched.has(item.url) || !item.waiting || Date.parse(item.waiting.next) <= at
  const result = await notifier.run((state: NotifyState) => ({ state, added: [] }), isDue)
  if (notifier.liveCheck && result.sent.length)
    context.log(
      'live',
      `${count(result.sent.length, 'notification')}' pages match on the site: ${result.sent
        .map((item) => item.url)
        .filter((url, i, all) => all.indexOf(url) === i)
        .join(', ')}`,
    )
  for (const item of result.sent) {
    summary.sent.push(notificationLine(item))
    context.log('sent', notificationLine(item))
  }
  if (result.failed) {
    const failures = result.stderr.filter((line) => line.startsWith('Unexpected'))
    summary.failures.push(...failures)
    for (const line of failures) context.log('failed', line)
  }
  const lines = result.waiting.map(({ item, reason }) => `${notificationLine(item)}: ${reason}`)
  summary.waiting = lines
  for (const line of lines) context.log('waiting', line)
  return result.waiting.filter(({ item }) => touched.has(item.url)).length
}

/** When the next queued thing is due: a waiting notification's next check, a revalidation to retry, a pending delivery. */
async function nextDue(context: RunContext): Promise<Date | undefined> {
  const times: number[] = []
  if (await context.inbox.hasPending()) times.push(Date.now())
  const state = await context.inbox.readState()
  if (context.revalidation && state.revalidate.paths.length) times.push(state.revalidate.next ? Date.parse(state.revalidate.next) : Date.now())
  if (context.notifier) {
    const text = await readFile(join(context.notifier.dir, 'state.json'), 'utf8').catch(() => undefined)
    const parsed: unknown = text === undefined ? undefined : JSON.parse(text)
    const queue = typeof parsed === 'object' && parsed !== null && 'queue' in parsed ? parsed.queue : undefined
    if (Array.isArray(queue))
      for (const item of queue) {
        const next =
          typeof item === 'object' && item !== null && 'waiting' in item && typeof item.waiting === 'object' && item.waiting !== null && 'next' in item.waiting
            ? item.waiting.next
            : undefined
        times.push(typeof next === 'string' ? Date.parse(next) : Date.now())
      }
  }
  const valid = times.filter((time) => !Number.isNaN(time))
  return valid.length ? new Date(Math.min(...valid)) : undefined
}

const count = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
