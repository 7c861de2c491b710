/**
 * The notification state on disk, in `<cache folder of the output>/notify/`:
 *
 *   state.json              the state (scripts/notify/lib/notifyState.ts), replaced by rename
 *   journal-<g>.ndjson      the write-ahead journal of the run that committed generation g
 *   lock                    the pid of the run holding the folder
 *
 * Why a SIGKILL at any moment loses nothing and doubles nothing:
 * 1. state.json is only ever replaced whole: written to a temporary file, flushed, renamed over
 *    the old one, and the folder flushed. A reader sees the old state or the new one.
 * 2. A run first commits its plan (the new baseline and the full queue) as generation g+1, and
 *    only then sends. Killed before that rename, it sent nothing and the next run plans the same
 *    changes again from the same state; killed after, the queue holds every change.
 * 3. Before each request, an intent line naming its queue items is appended to journal-<g+1>
 *    and flushed; after the answer, an outcome line (sent / not sent). Only one request is out at
 *    a time. The next run folds the journal into the state (applyJournal): items with an
 *    outcome are settled exactly, an item with an intent and no outcome is *in doubt*: its
 *    request may or may not have arrived.
 * 4. A doubt about a Google notification is settled by asking Google
 *    (`urlNotifications/metadata`: is there a notification of this type newer than the one we
 *    knew of, stamped after our send?). Received: it counts as sent; not received: it is sent.
 *    So no Google notification is lost or sent twice. IndexNow has no way to ask; a batch in
 *    doubt is sent again (at least once: a repeated IndexNow URL is harmless, a lost one is not).
 * 5. A torn last journal line (killed mid-write) is ignored: for an intent, its request never
 *    left; for an outcome, the item is in doubt and settled as in 4.
 * 6. After sending, the journal is folded into generation g+2, committed like 1, and journals
 *    of older generations are removed; a journal whose generation is not the state's is stale
 *    (already folded into a committed state) and is never applied.
 * The lock keeps two runs on one output from interleaving; a lock whose process is gone is taken over.
 */
import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { parseJsonAs, readJsonFile, syncFolder, writeDurably } from '../../export/io/durableFile.ts'
import { tryPidLock } from '../../export/io/pidLock.ts'
import { applyJournal } from '../lib/applyJournal.ts'
import { emptyNotifyState, JournalEntry, NotifyState } from '../lib/notifyState.ts'
import { CliError } from '../../cli/cliError.ts'

/** The state folder of one output, opened and locked by this process. */
export interface NotifyStateStore {
  /** The state, with the journal of its generation folded in (not yet committed). */
  state: NotifyState
  /**
   * Makes a state durable as the next generation, and removes the journals it supersedes.
   * @returns the committed state (its generation bumped)
   */
  commit(state: NotifyState): Promise<NotifyState>
  /** Opens the journal of the committed generation, for appending. */
  journal(): Promise<Journal>
  /** Releases the lock. */
  release(): Promise<void>
}

/** A write-ahead journal, appended to and flushed line by line. */
export interface Journal {
  /** The entries written so far, in order. */
  entries: JournalEntry[]
  /** Appends one entry and waits until it is on disk. */
  append(entry: JournalEntry): Promise<void>
  close(): Promise<void>
}

const STATE = 'state.json'
const journalName = (generation: number) => `journal-${generation}.ndjson`
const JOURNAL = /^journal-(\d+)\.ndjson$/

/**
 * Reads the state of a folder without locking or changing anything (for `--dry-run`).
 * @param dir the state folder
 * @returns the state with its journal folded in
 * @throws CliError (IO) when a file is damaged
 */
export async function readNotifyState(dir: string): Promise<NotifyState> {
  const state = (await readJsonFile(join(dir, STATE), NotifyState, () => damaged(join(dir, STATE)))) ?? emptyNotifyState()
  const journal = await readFile(join(dir, journalName(state.generation)), 'utf8').catch(() => undefined)
  return journal === undefined ? state : applyJournal(state, parseJournal(journal, join(dir, journalName(state.generation))))
}

/**
 * Opens (creating it when needed) and locks the state folder of an output.
 * @param dir the state folder
 * @returns the store
 * @throws CliError (BUSY) when another live process holds the folder, (IO) when a file is damaged
 */
export async function openNotifyState(dir: string): Promise<NotifyStateStore> {
  await mkdir(dir, { recursive: true })
  const unlock = await lock(dir)
  try {
    // Temporary files of killed commits.
    for (const name of await readdir(dir)) if (name.startsWith(`.${STATE}.tmp-`) || name.startsWith(`${STATE}.tmp-`)) await rm(join(dir, name), { force: true })
    let state = await readNotifyState(dir)
    const store: NotifyStateStore = {
      state,
      async commit(next) {
        const committed: NotifyState = { ...next, generation: state.generation + 1 }
        await writeDurably(dir, STATE, `${JSON.stringify(committed)}\n`)
        state = committed
        for (const name of await readdir(dir)) {
          const match = JOURNAL.exec(name)
          if (match && Number(match[1]) < committed.generation) await rm(join(dir, name), { force: true })
        }
        return committed
      },
      async journal() {
        const handle = await open(join(dir, journalName(state.generation)), 'a')
        await syncFolder(dir)
        return journalOn(handle)
      },
      async release() {
        await unlock()
      },
    }
    return store
  } catch (error) {
    await unlock()
    throw error
  }
}

function journalOn(handle: FileHandle): Journal {
  const entries: JournalEntry[] = []
  return {
    entries,
    async append(entry) {
      await handle.write(`${JSON.stringify(entry)}\n`)
      await handle.datasync()
      entries.push(entry)
    },
    async close() {
      await handle.close()
    },
  }
}

/** Journal lines; a last line that does not parse was torn by a kill and is left out. */
function parseJournal(text: string, file: string): JournalEntry[] {
  const lines = text.split('\n')
  const entries: JournalEntry[] = []
  for (const [index, line] of lines.entries()) {
    if (line === '') continue
    const parsed = parseJsonAs(line, JournalEntry)
    if (parsed.success) entries.push(parsed.data)
    else if (lines.slice(index + 1).some((rest) => rest !== '')) throw damaged(`${file}:${index + 1}`)
  }
  return entries
}

function damaged(where: string) {
  return new CliError('IO', `Unexpected content in ${where}, expected jobld's notification state; remove the notify folder to start afresh (every page is then notified again)`)
}

/** Takes the folder's lock (a pid file, export/io/pidLock.ts), or says who holds it. */
async function lock(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, 'lock')
  // A lock with this process's own pid was left by a killed run that had the same pid (containers).
  const taken = await tryPidLock(file, 'takeOver')
  if (typeof taken === 'function') return taken
  if (taken.pid !== undefined) throw new CliError('BUSY', `Unexpected notify run ${taken.pid} holding ${dir}, expected one run per output at a time; wait for it to finish`)
  throw new CliError('BUSY', `Unexpected lock ${file} that keeps coming back, expected one run per output at a time`)
}
