/**
 * `jobld listen` killed with SIGKILL at random points while a burst of publishes comes in (its
 * deliveries retried as Sanity retries them): every change reaches the output, every new vacancy
 * is announced to Google and IndexNow exactly once. Child processes, so it lives in the slow suite.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createRandom } from '../../bench/random.ts'
import { webhookFeed } from '../support/webhookSender.ts'
import { startWebhookRig, UTRECHT, WEBHOOK_SECRET, type WebhookRig } from '../support/webhookRig.ts'

const rigs: WebhookRig[] = []
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close()
})

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('Unexpected wait without the expected outcome')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A new vacancy like Utrecht's, under its own id and slug. */
function vacancyLike(r: WebhookRig, n: number): Record<string, unknown> & { _id: string; _type: string } {
  const utrecht = r.lake.documents().find((doc) => doc._id === UTRECHT) ?? {}
  const { _rev, _createdAt, _updatedAt, ...rest } = utrecht
  return { ...rest, _id: `vacancy.burst-${n}`, _type: 'vacancy', slug: { _type: 'slug', current: `burst-${n}` }, title: `Customer service medewerker ${n} (voorbeeldvacature)` }
}

describe('a listener killed at random points', () => {
  it('loses no change and sends no notification twice', async () => {
    const r = await startWebhookRig('kill')
    rigs.push(r)
    const random = createRandom(22)
    let child = await r.listenChild(['--google-quota', '1000', '--wait-for-site', '2000'])
    let current = child.url
    const feed = webhookFeed(r.lake, () => current, WEBHOOK_SECRET, { retry: true })
    const kills: number[] = []
    for (let n = 1; n <= 40; n += 1) {
      await r.client.create(vacancyLike(r, n))
      if (n % 4 === 0) {
        // Let it get somewhere (reading, writing the output, revalidating, sending), then kill it.
        await new Promise((resolve) => setTimeout(resolve, random.int(50, 1500)))
        kills.push(n)
        await child.kill()
        child = await r.listenChild(['--google-quota', '1000', '--wait-for-site', '2000'])
        current = child.url
      }
    }
    await feed.settled()
    await until(() => r.sent().length >= 40, 180_000)
    // Give a late duplicate every chance to show before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const urls = r.google.notifications.map((n) => n.url)
    expect(kills).toHaveLength(10)
    expect(urls).toHaveLength(40)
    expect(new Set(urls).size).toBe(40)
    expect(new Set(r.indexNow.submissions.flatMap((s) => s.urlList)).size).toBe(40)
    expect(await readdir(join(r.out, 'vacatures'))).toHaveLength(2 * 42)
  })
})
