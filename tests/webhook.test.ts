/**
 * Sanity's webhook end to end, on loopback: an editor's change through the real @sanity/client
 * into the Content Lake emulator, the signed delivery (tests/support/webhookSender.ts), `jobld
 * listen`, the output, the site's revalidation and live check, and Google and IndexNow.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sendWebhook, webhookFeed } from './support/webhookSender.ts'
import { PROFILE, REMOTE, startWebhookRig, UTRECHT, WEBHOOK_SECRET, type WebhookRig } from './support/webhookRig.ts'

const rigs: WebhookRig[] = []
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close()
})

async function rig(label: string, options: Parameters<typeof startWebhookRig>[1] = {}) {
  const started = await startWebhookRig(label, options)
  rigs.push(started)
  return started
}

const vacancyUrl = (r: WebhookRig, id: string) => `${r.site.baseUrl}/vacatures/${id.replace(/^vacancy\./, '')}`
const pagePath = (r: WebhookRig, id: string) => new URL(vacancyUrl(r, id)).pathname

/** Waits until `check` holds, looking every 100 ms, for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Unexpected wait without the expected outcome')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('a publish reaches Google once the site shows it', () => {
  it('edits a vacancy: the delivery is applied, the site revalidated, the page checked live, then URL_UPDATED sent', async () => {
    const r = await rig('publish')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    await r.client.patch(UTRECHT).set({ title: 'Senior customer service medewerker (voorbeeldvacature)' }).commit()
    await feed.settled()

    expect(feed.deliveries.map((d) => d.status)).toEqual([200])
    expect(feed.deliveries[0]?.response).toMatchObject({
      ok: true,
      status: 'applied',
      document: { _id: UTRECHT, operation: 'update' },
      documentsRead: 1,
      pages: [{ url: vacancyUrl(r, UTRECHT), action: 'written' }],
      revalidated: [pagePath(r, UTRECHT)],
      sent: [`URL_UPDATED ${vacancyUrl(r, UTRECHT)}`, `INDEXNOW ${vacancyUrl(r, UTRECHT)}`],
      waiting: [],
    })
    expect(r.sent()).toEqual([`URL_UPDATED ${vacancyUrl(r, UTRECHT)}`])
    expect(r.indexNow.submissions.map((s) => s.urlList)).toEqual([[vacancyUrl(r, UTRECHT)]])
    const page = JSON.parse(await readFile(join(r.out, 'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld'), 'utf8'))
    expect(page['@graph'][0].title).toBe('Senior customer service medewerker (voorbeeldvacature)')

    // In this order: the site is told, then it serves the new page (the live check's GET), then Google hears.
    const revalidation = r.site.revalidations[0]
    expect(revalidation).toMatchObject({ paths: [pagePath(r, UTRECHT)], authorized: true })
    const liveCheck = r.site.requests.find((request) => request.method === 'GET' && request.path === pagePath(r, UTRECHT) && request.at >= (revalidation?.at ?? 0))
    expect(liveCheck).toBeDefined()
    const notified = Date.parse(r.google.notifications[0]?.notifyTime ?? '')
    expect(notified).toBeGreaterThanOrEqual(liveCheck?.at ?? Number.POSITIVE_INFINITY)
    expect(listener.log.map((line) => line.replace(/^\S+ /, '').split(':')[0])).toEqual(expect.arrayContaining(['received', 'read', 'output', 'revalidated', 'live', 'sent']))
  })

  it('changes a profile: its page and its vacancies\' pages are rebuilt (the profile and what refers to it are read)', async () => {
    const r = await rig('profile')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    // The summary is in the profile's Occupation and in each vacancy's description.
    await r.client.patch(PROFILE).set({ summary: 'Een customer service medewerker helpt klanten van een organisatie met vragen en klachten.' }).commit()
    await feed.settled()
    const response = feed.deliveries[0]?.response
    // The profile, and the two vacancies that refer to it.
    expect(response).toMatchObject({ status: 'applied', documentsRead: 3 })
    expect(r.sent().sort()).toEqual([`URL_UPDATED ${vacancyUrl(r, REMOTE)}`, `URL_UPDATED ${vacancyUrl(r, UTRECHT)}`])
    expect(r.indexNow.submissions.flatMap((s) => s.urlList).sort()).toEqual([`${r.site.baseUrl}/customer-service-medewerker`, vacancyUrl(r, REMOTE), vacancyUrl(r, UTRECHT)])
  })

  it('sends nothing while the site lags, says why, and sends once it catches up', async () => {
    const r = await rig('lagging')
    r.site.setRevalidation({ publish: false })
    const listener = await r.listen(['--wait-for-site', '600'])
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    await r.client.patch(UTRECHT).set({ title: 'Senior customer service medewerker (voorbeeldvacature)' }).commit()
    await feed.settled()
    expect(feed.deliveries[0]?.response).toMatchObject({
      status: 'applied',
      sent: [],
      waiting: [
        `URL_UPDATED ${vacancyUrl(r, UTRECHT)}: the page's JSON-LD is not the exported graph (an older version?)`,
        `INDEXNOW ${vacancyUrl(r, UTRECHT)}: the page's JSON-LD is not the exported graph (an older version?)`,
      ],
    })
    expect(r.sent()).toEqual([])
    // The site is deployed later; listen's timer looks again and sends.
    await r.site.publish()
    await until(() => r.sent().length === 1)
    expect(r.sent()).toEqual([`URL_UPDATED ${vacancyUrl(r, UTRECHT)}`])
    expect(listener.log.some((line) => / waiting: URL_UPDATED .*older version/.test(line))).toBe(true)
  })

  it('unpublishes and deletes: URL_DELETED goes once the pages are gone from the site', async () => {
    const r = await rig('removed')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    // Unpublishing keeps the draft and deletes the published document; deleting removes both.
    const published = r.lake.documents().find((doc) => doc._id === REMOTE) ?? {}
    const { _rev, _createdAt, _updatedAt, ...rest } = published
    await r.client.transaction().createOrReplace({ ...rest, _id: `drafts.${REMOTE}`, _type: 'vacancy' }).delete(REMOTE).commit()
    await r.client.delete(UTRECHT)
    await feed.settled()
    await until(() => r.sent().length === 2)
    expect(r.sent().sort()).toEqual([`URL_DELETED ${vacancyUrl(r, REMOTE)}`, `URL_DELETED ${vacancyUrl(r, UTRECHT)}`])
    expect(await readdir(join(r.out, 'vacatures')).catch(() => [])).toEqual([])
    expect(r.site.published()).toEqual(['/beroepen/customer-service-medewerker'])
  })
})

describe('deliveries that are not what they seem', () => {
  it('answers 401 to a request without a valid, fresh signature, and changes nothing', async () => {
    const r = await rig('signature')
    const listener = await r.listen()
    const body = { _id: UTRECHT, _type: 'vacancy', operation: 'update' as const }
    const before = await readFile(join(r.out, 'manifest.json'), 'utf8')
    const attempts = {
      'wrong secret': await sendWebhook(listener.url, body, { secret: 'not-the-secret-at-all' }),
      'ten minutes old': await sendWebhook(listener.url, body, { secret: WEBHOOK_SECRET, timestamp: Date.now() - 10 * 60_000 }),
      'tampered body': await sendWebhook(listener.url, body, { secret: WEBHOOK_SECRET, signature: `t=${Date.now()},v1=${'A'.repeat(43)}` }),
      'no signature': await sendWebhook(listener.url, body, { secret: WEBHOOK_SECRET, signature: '' }),
    }
    expect(Object.fromEntries(Object.entries(attempts).map(([name, d]) => [name, [d.status, (d.response as { error?: string }).error]]))).toEqual({
      'wrong secret': [401, 'Unexpected webhook request: its signature does not match the body, expected one signed with SANITY_WEBHOOK_SECRET in the last five minutes'],
      'ten minutes old': [401, 'Unexpected webhook request: its signature was made 600 s ago, outside the 5 minutes allowed, expected one signed with SANITY_WEBHOOK_SECRET in the last five minutes'],
      'tampered body': [401, 'Unexpected webhook request: its signature does not match the body, expected one signed with SANITY_WEBHOOK_SECRET in the last five minutes'],
      'no signature': [401, 'Unexpected webhook request: it has no sanity-webhook-signature header, expected one signed with SANITY_WEBHOOK_SECRET in the last five minutes'],
    })
    expect(await readFile(join(r.out, 'manifest.json'), 'utf8')).toBe(before)
    expect(await readdir(join(r.cache, (await readdir(r.cache)).find((name) => name.startsWith('jsonld-')) ?? '', 'webhook', 'inbox'))).toEqual([])
    expect(r.lake.requests.filter((request) => request.path.includes('/data/query'))).toHaveLength(0)
    expect(JSON.stringify(Object.values(attempts).map((d) => d.response)) + listener.log.join('\n')).not.toContain(WEBHOOK_SECRET)
  })

  it('refuses oversized and malformed bodies, and ignores drafts and other types', async () => {
    const r = await rig('bodies')
    const listener = await r.listen([], )
    const big = await sendWebhook(listener.url, { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, { secret: WEBHOOK_SECRET, rawBody: JSON.stringify({ _id: UTRECHT, _type: 'vacancy', operation: 'update', pad: 'x'.repeat(70_000) }) })
    expect([big.status, (big.response as { error?: string }).error]).toEqual([413, "Unexpected request body of more than 65,536 bytes, expected the webhook's projection {_id, _type, operation} (JOBLD_MAX_WEBHOOK_BYTES)"])
    const whole = await sendWebhook(listener.url, { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, { secret: WEBHOOK_SECRET, rawBody: JSON.stringify({ _id: UTRECHT, title: 'a whole document' }) })
    expect(whole.status).toBe(400)
    const draft = await sendWebhook(listener.url, { _id: `drafts.${UTRECHT}`, _type: 'vacancy', operation: 'update' }, { secret: WEBHOOK_SECRET })
    expect([draft.status, draft.response]).toMatchObject([200, { status: 'ignored', reason: 'a draft is never exported' }])
    const post = await sendWebhook(listener.url, { _id: 'post.hello', _type: 'post', operation: 'create' }, { secret: WEBHOOK_SECRET })
    expect([post.status, post.response]).toMatchObject([200, { status: 'ignored', reason: "type post is not one of jobld's (jobProfile, salaryTier, faqEntry, organization, vacancy)" }])
    expect(r.lake.requests.filter((request) => request.path.includes('/data/query'))).toHaveLength(0)
  })

  it('applies a delivery sent twice once, and a late delivery of an older transaction not at all', async () => {
    const r = await rig('duplicates')
    const listener = await r.listen()
    const feed = webhookFeed(r.lake, listener.url, WEBHOOK_SECRET)
    feed.hold()
    await r.client.patch(UTRECHT).set({ title: 'Eerste versie (voorbeeldvacature)' }).commit()
    await r.client.patch(UTRECHT).set({ title: 'Tweede versie (voorbeeldvacature)' }).commit()
    // Each delivery twice, the newest first: the older one arrives last.
    await feed.release((held) => [...held].reverse().flatMap((change) => [change, change]), { oneByOne: true })
    expect(feed.deliveries.map((d) => d.response)).toMatchObject([
      { status: 'applied', documentsRead: 1 },
      { status: 'duplicate' },
      // Covered by the newer transaction already applied: nothing is read.
      { status: 'applied', documentsRead: 0, pages: [] },
      { status: 'duplicate' },
    ])
    expect(r.sent()).toEqual([`URL_UPDATED ${vacancyUrl(r, UTRECHT)}`])
    const page = JSON.parse(await readFile(join(r.out, 'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld'), 'utf8'))
    expect(page['@graph'][0].title).toBe('Tweede versie (voorbeeldvacature)')
    expect(listener.log.some((line) => line.includes('applied before (a repeated or late delivery)'))).toBe(true)
  })
})
