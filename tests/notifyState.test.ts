import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CliError } from '../scripts/cli/cliError.ts'
import { openNotifyState, readNotifyState } from '../scripts/notify/io/notifyStateStore.ts'
import { emptyNotifyState, planNotifications, type NotifyPage } from '../scripts/notify/lib/index.ts'
import { tempDir } from './support/exportRun.ts'

const pages: NotifyPage[] = ['a', 'b'].map((slug) => ({ url: `https://www.example.nl/vacatures/${slug}`, kind: 'vacancy', sha256: `${slug}-1` }))

/** A state folder with a committed plan of two Google notifications (ids 0 and 1), unlocked. */
async function committed() {
  const dir = join(await tempDir('notify-state'), 'notify')
  const store = await openNotifyState(dir)
  const state = await store.commit(planNotifications(store.state, pages, { google: true, indexNow: false }).state)
  await store.release()
  return { dir, state }
}

describe('the notification state on disk', () => {
  it('reads back what was committed, a generation further', async () => {
    const { dir, state } = await committed()
    expect(state.generation).toBe(1)
    expect(await readNotifyState(dir)).toEqual(state)
    expect((await readdir(dir)).sort()).toEqual(['state.json'])
  })

  it('folds the journal of its generation in: sent items leave, an intent without outcome is in doubt', async () => {
    const { dir } = await committed()
    const store = await openNotifyState(dir)
    const journal = await store.journal()
    await journal.append({ op: 'intent', ids: [0], at: '2026-11-26T10:00:00.000Z', day: '2026-11-26' })
    await journal.append({ op: 'sent', ids: [0], notifyTime: '2026-11-26T10:00:00.100000Z' })
    await journal.append({ op: 'intent', ids: [1], at: '2026-11-26T10:00:01.000Z', day: '2026-11-26' })
    await journal.close()
    await store.release()
    const state = await readNotifyState(dir)
    expect(state.queue.map((item) => [item.id, item.inDoubt?.at])).toEqual([[1, '2026-11-26T10:00:01.000Z']])
    expect(state.google.day).toEqual({ date: '2026-11-26', used: 2 })
  })

  it('ignores a last journal line torn by a kill, and refuses a damaged line before others', async () => {
    const { dir } = await committed()
    const journal = join(dir, 'journal-1.ndjson')
    await writeFile(journal, `${JSON.stringify({ op: 'intent', ids: [0], at: '2026-11-26T10:00:00.000Z' })}\n{"op":"se`)
    expect((await readNotifyState(dir)).queue.map((item) => [item.id, item.inDoubt !== undefined])).toEqual([
      [0, true],
      [1, false],
    ])
    await appendFile(journal, `\n${JSON.stringify({ op: 'notSent', ids: [0] })}\n`)
    const error = await readNotifyState(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliError)
    expect(error instanceof CliError && error.message).toBe(
      `Unexpected content in ${journal}:2, expected jobld's notification state; remove the notify folder to start afresh (every page is then notified again)`,
    )
  })

  it('never applies a journal of another generation: it was folded into a committed state already', async () => {
    const { dir } = await committed()
    const first = await openNotifyState(dir)
    const state = await first.commit(first.state)
    await first.release()
    expect(state.generation).toBe(2)
    // As if the run that committed generation 2 was killed before removing journal-1.
    await writeFile(join(dir, 'journal-1.ndjson'), `${JSON.stringify({ op: 'sent', ids: [0, 1] })}\n`)
    const store = await openNotifyState(dir)
    expect(store.state).toEqual(state)
    await store.commit(store.state)
    await store.release()
    expect((await readdir(dir)).sort()).toEqual(['state.json'])
    expect(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')).generation).toBe(3)
  })

  it('starts empty where nothing was ever committed', async () => {
    expect(await readNotifyState(join(await tempDir('notify-state'), 'notify'))).toEqual(emptyNotifyState())
  })
})
