import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultLimits } from '../scripts/core/limits.ts'
import { defaultTypeNames } from '../scripts/core/model/documentTypes.ts'
import { serveWebhooks } from '../scripts/webhook/io/serveWebhooks.ts'
import { openWebhookInbox } from '../scripts/webhook/io/webhookInbox.ts'
import type { RunSummary, WebhookRunner } from '../scripts/webhook/io/webhookRunner.ts'

const nothingDone: RunSummary = { busy: false, applied: 0, documentsRead: 0, pages: [], refused: [], revalidated: [], sent: [], waiting: [], failures: [] }

describe('jobld listen stopping', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('leaves no timer behind when it is stopped while it reads when the queue is due next', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const dir = await mkdtemp(join(tmpdir(), 'jobld-serve-close-'))
    try {
      let release: (due: Date | undefined) => void = () => undefined
      const asked = { count: 0 }
      const runner: WebhookRunner = {
        cacheDir: dir,
        secret: 'whsec-test-0123456789',
        typeNames: defaultTypeNames,
        limits: defaultLimits,
        waitForSite: 0,
        inbox: await openWebhookInbox(dir),
        blank: (text) => text,
        log: () => undefined,
        now: () => new Date(),
        run: async () => nothingDone,
        expire: async () => nothingDone,
        // The start's run asks when the queue is due next; the answer comes only after the stop.
        nextDue: () => {
          asked.count += 1
          return new Promise((resolve) => (release = resolve))
        },
      }
      const server = await serveWebhooks(runner, { host: '127.0.0.1', port: 0, waitForSiteMs: 0 })
      await vi.waitFor(() => expect(asked.count).toBe(1))
      const closed = server.close()
      // A page waits for the site: due in a minute.
      release(new Date(Date.now() + 60_000))
      await closed
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
