/**
 * The webhook's durable inbox and state, in `<cache folder of the output>/webhook/`:
 *
 *   inbox/<hash of key>.json   one delivery each, written to a temporary file, flushed and renamed
 *   state.json                 lately applied deliveries, document times, owed revalidation
 *   lock                       the pid of the process applying deliveries
 *
 * A delivery is answered only once its file is on disk; it leaves the inbox only after its change
 * is in the output, its notifications are planned and its revalidation is recorded, so a process
 * killed at any moment loses nothing: the next run reads the inbox again and applies it again,
 * which changes nothing twice (the output and the notification plan compare with what they hold).
 * A file per delivery, named after its key, makes a delivery sent twice while the first is still
 * pending the same file, and lets several processes add deliveries without a lock.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { parseJsonAs, readJsonFile, syncFolder, writeDurably } from '../../export/io/durableFile.ts'
import { tryPidLock } from '../../export/io/pidLock.ts'
import { WebhookEvent } from '../lib/webhookEvent.ts'
import { emptyWebhookState, WebhookState } from '../lib/webhookState.ts'

/** A pending delivery and its file. */
export interface PendingEvent {
  file: string
  event: WebhookEvent
}

/** The inbox and state of one output. */
export interface WebhookInbox {
  dir: string
  /**
   * Keeps a delivery durably, unless the same key is pending or was applied lately.
   * @returns `added`; `pending` when the same delivery is in the inbox already (sent again before it
   *   was applied); `applied` when it was applied lately
   */
  add(event: WebhookEvent): Promise<'added' | 'pending' | 'applied'>
  /** The pending deliveries, oldest first, at most `limit`. */
  pending(limit?: number): Promise<PendingEvent[]>
  /** Whether any delivery is pending. */
  hasPending(): Promise<boolean>
  /** Removes applied deliveries from the inbox (after their change and the state are durable). */
  remove(files: ReadonlyArray<string>): Promise<void>
  readState(): Promise<WebhookState>
  /** Replaces the state whole (temporary file, flush, rename). */
  writeState(state: WebhookState): Promise<void>
  /**
   * Takes the lock of this output's deliveries: one process applies them at a time.
   * @returns the release, or undefined when a live process holds the lock
   */
  tryLock(): Promise<(() => Promise<void>) | undefined>
}

/**
 * Opens (creating it when needed) the webhook folder of an output's cache folder.
 * @param cacheDir the output's cache folder
 * @returns the inbox
 */
export async function openWebhookInbox(cacheDir: string): Promise<WebhookInbox> {
  const dir = join(cacheDir, 'webhook')
  const inbox = join(dir, 'inbox')
  await mkdir(inbox, { recursive: true })
  // Temporary files of writes a killed process left (a live one finishes its own within a second).
  for (const name of await readdir(inbox)) {
    if (!name.startsWith('.') || !name.includes('.tmp-')) continue
    const info = await stat(join(inbox, name)).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > 60_000) await rm(join(inbox, name), { force: true })
  }
  const stateFile = join(dir, 'state.json')
  const readState = async (): Promise<WebhookState> =>
    (await readJsonFile(
      stateFile,
      WebhookState,
      () =>
        new CliError(
          'IO',
          `Unexpected content in ${stateFile}, expected jobld's webhook state; remove it to start afresh (deliveries of the last day may then be applied again, which changes nothing)`,
        ),
    )) ?? emptyWebhookState()
  return {
    dir,
    async add(event) {
      const name = `${createHash('sha256').update(event.key).digest('hex').slice(0, 40)}.json`
      if ((await readState()).applied[event.key] !== undefined) return 'applied'
      // Linked into place, not renamed: of two copies arriving at once, exactly one gets the name.
      return (await writeDurably(inbox, name, `${JSON.stringify(event)}\n`, 'exclusive')) ? 'added' : 'pending'
    },
    async pending(limit = Number.POSITIVE_INFINITY) {
      const names = (await readdir(inbox)).filter((name) => name.endsWith('.json'))
      const found: PendingEvent[] = []
      for (const name of names) {
        const file = join(inbox, name)
        const text = await readFile(file, 'utf8').catch(() => undefined)
        const parsed = text === undefined ? undefined : parseJsonAs(text, WebhookEvent)
        // Only whole files are ever linked into the inbox; anything else is not ours.
        if (parsed?.success) found.push({ file, event: parsed.data })
      }
      found.sort((a, b) => (a.event.receivedAt < b.event.receivedAt ? -1 : a.event.receivedAt > b.event.receivedAt ? 1 : a.file < b.file ? -1 : 1))
      return found.slice(0, limit)
    },
    async hasPending() {
      return (await readdir(inbox)).some((name) => name.endsWith('.json'))
    },
    async remove(files) {
      for (const file of files) await rm(file, { force: true })
      await syncFolder(inbox)
    },
    readState,
    async writeState(state) {
      await writeDurably(dir, 'state.json', `${JSON.stringify(state)}\n`)
    },
    async tryLock() {
      const lock = await tryPidLock(join(dir, 'lock'))
      return typeof lock === 'function' ? lock : undefined
    },
  }
}
