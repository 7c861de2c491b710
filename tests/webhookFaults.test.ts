/**
 * The webhook under faults, on loopback: expiry by the clock, bursts of deliveries (each twice),
 * a Content Lake that is down, content that breaks a rule, a process killed at random points, and
 * secrets that must appear in no response, log or file.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sendWebhook, webhookFeed } from './support/webhookSender.ts'
import { API_TOKEN, REMOTE, REVALIDATE_SECRET, startWebhookRig, UTRECHT, WEBHOOK_SECRET, type WebhookRig } from './support/webhookRig.ts'

const rigs: WebhookRig[] = []
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close()
})

async function rig(label: string) {
  const started = await startWebhookRig(label)
  rigs.push(started)
  return started
}

const vacancyUrl = (r: WebhookRig, slug: string) => `${r.site.baseUrl}/vacatures/${slug}`

async function until(check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
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

/** Every file below a folder, as text. */
async function allFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
  return texts.join('\n')
}

describe('expiry without a publish', () => {
  it('jobld expire takes out a vacancy whose validThrough passed and sends URL_DELETED once its page is gone from the site', async () => {
    const r = await rig('expire')
    // The remote vacancy was extended in the Studio meanwhile, without a webhook reaching us.
    await r.client.patch(REMOTE).set({ validThrough: '2028-06-30' }).commit()
    const result = await r.jobld(['expire', ...r.flags, '--now', '2027-07-01'])
    expect(result.code, result.stderr).toBe(0)
    const utrecht = vacancyUrl(r, 'voorbeeld-customer-service-medewerker-utrecht')
    const remote = vacancyUrl(r, 'voorbeeld-customer-service-medewerker-remote')
    // Utrecht expired and leaves; the remote one, extended, stays with its new date.
    expect(result.stdout).toBe(`URL_DELETED ${utrecht}\nURL_UPDATED ${remote}\nINDEXNOW ${utrecht}\nINDEXNOW ${remote}\n`)
    expect(r.sent().sort()).toEqual([`URL_DELETED ${vacancyUrl(r, 'voorbeeld-customer-service-medewerker-utrecht')}`, `URL_UPDATED ${vacancyUrl(r, 'voorbeeld-customer-service-medewerker-remote')}`])
    expect(await readdir(join(r.out, 'vacatures'))).toEqual(['voorbeeld-customer-service-medewerker-remote.html', 'voorbeeld-customer-service-medewerker-remote.jsonld'])
    expect(r.site.published()).not.toContain('/beroepen/vacatures/voorbeeld-customer-service-medewerker-utrecht')
    expect(result.stderr).toContain('1 pages removed')
    // Run again: nothing left to do.
    const again = await r.jobld(['expire', ...r.flags, '--now', '2027-07-01'])
    expect([again.code, again.stdout]).toEqual([0, ''])
  })

  it('jobld listen looks for expired vacancies when it starts, and announces their removal', async () => {
    const r = await rig('listen-expiry')
    await r.listen(['--now', '2027-07-01'])
    await until(() => r.sent().length === 2)
    expect(r.sent().sort()).toEqual([
      `URL_DELETED ${vacancyUrl(r, 'voorbeeld-customer-service-medewerker-remote')}`,
      `URL_DELETED ${vacancyUrl(r, 'voorbeeld-customer-service-medewerker-utrecht')}`,
    ])
  })
})

describe('bursts, outages and bad content', () => {
  it('takes 200 publishes within a minute, each delivered twice: every vacancy announced exactly once, in far fewer runs', { timeout: 180_000 }, async () => {
    const r = await rig('burst')
    const listener = await r.listen(['--google-quota', '1000'])
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    feed.hold()
    const started = Date.now()
    for (let n = 1; n <= 200; n += 1) await r.client.create(vacancyLike(r, n))
    expect(Date.now() - started).toBeLessThan(60_000)
    await feed.release((held) => held.flatMap((change) => [change, change]))
    await until(async () => r.sent().length >= 200, 120_000)
    const urls = r.google.notifications.map((n) => n.url)
    expect(urls).toHaveLength(200)
    expect(new Set(urls).size).toBe(200)
    expect(feed.deliveries.filter((d) => d.status !== 200 && d.status !== 202)).toEqual([])
    // Each delivery kept once; its copy recognised (in the inbox still, or applied already).
    expect(listener.log.filter((line) => / received: /.test(line))).toHaveLength(200)
    expect(listener.log.filter((line) => / duplicate: /.test(line))).toHaveLength(200)
    expect(await readdir(join(r.cache, (await readdir(r.cache)).find((name) => name.startsWith('jsonld-')) ?? '', 'webhook', 'inbox'))).toEqual([])
    // Coalesced: the output was updated in batches, not once per delivery.
    const updates = listener.log.filter((line) => / output: /.test(line)).length
    expect(updates).toBeLessThan(50)
    expect(await readdir(join(r.out, 'vacatures'))).toHaveLength(2 * 202)
  })

  it('keeps a delivery when the Content Lake is down (503, Retry-After) and applies it once the Lake is back', async () => {
    const r = await rig('lake-down')
    const listener = await r.listen()
    r.lake.setFaults([{ kind: 'status', status: 503, path: '/data/query' }])
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET, { filter: () => false })
    await r.client.patch(UTRECHT).set({ title: 'Senior customer service medewerker (voorbeeldvacature)' }).commit()
    const down = await sendWebhook(listener.url, { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, { secret: WEBHOOK_SECRET })
    expect(down.status).toBe(503)
    expect(down.headers['sanity-document-id']).toBe(UTRECHT)
    expect(down.response).toMatchObject({ ok: false, status: 'queued', error: expect.stringContaining('Unexpected HTTP 503 from 127.0.0.1') })
    expect(r.sent()).toEqual([])
    r.lake.setFaults([])
    // Sanity sends it again (the same idempotency key): now it is applied.
    const again = await sendWebhook(listener.url, { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, { secret: WEBHOOK_SECRET, idempotencyKey: down.headers['idempotency-key'] ?? '' })
    expect([again.status, (again.response as { status?: string }).status]).toEqual([200, 'applied'])
    expect(r.sent()).toEqual([`URL_UPDATED ${vacancyUrl(r, 'voorbeeld-customer-service-medewerker-utrecht')}`])
    expect(feed.deliveries).toEqual([])
  })

  it('refuses content that breaks a rule with the report, and writes nothing', async () => {
    const r = await rig('bad-content')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    const before = await readFile(join(r.out, 'manifest.json'), 'utf8')
    await r.client.patch(UTRECHT).set({ validThrough: '2025-01-01' }).commit()
    await feed.settled()
    expect(feed.deliveries[0]?.response).toMatchObject({ ok: false, status: 'applied', refused: expect.arrayContaining([expect.stringContaining(`vacancy → ${UTRECHT}`)]) })
    expect(await readFile(join(r.out, 'manifest.json'), 'utf8')).toBe(before)
    expect(r.sent()).toEqual([])
  })

  it('keeps every secret out of responses, logs and files', async () => {
    const r = await rig('secrets')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    await r.client.patch(UTRECHT).set({ title: 'Senior customer service medewerker (voorbeeldvacature)' }).commit()
    await feed.settled()
    await sendWebhook(listener.url, { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, { secret: 'wrong-secret-0123456789' })
    const stopped = await listener.stop()
    const key = JSON.parse(r.env.JOBLD_GOOGLE_CREDENTIALS ?? '{}').private_key as string
    const keyLine = key.split('\n')[5] ?? 'none'
    const everything = [JSON.stringify(feed.deliveries.map((d) => d.response)), stopped.stdout, stopped.stderr, await allFiles(r.cache), await allFiles(r.out)].join('\n')
    for (const secret of [WEBHOOK_SECRET, API_TOKEN, REVALIDATE_SECRET, keyLine]) expect(everything).not.toContain(secret)
    expect(r.sent()).toHaveLength(1)
  })
})
