/**
 * `jobld/webhook` as a site uses it: createWebhookHandler's Web-standard handler, called with a
 * `Request` as a Next.js route handler would call it, and expireVacancies for a cron route.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createWebhookHandler, expireVacancies } from '../scripts/webhook/index.ts'
import { signedRequest } from './support/webhookSender.ts'
import { INDEXNOW_KEY, startWebhookRig, UTRECHT, WEBHOOK_SECRET, type WebhookRig } from './support/webhookRig.ts'

const rigs: WebhookRig[] = []
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close()
})

/** The handler a site would export, with the rig's output, site and engines. */
function handlerFor(r: WebhookRig, env: Record<string, string> = r.env) {
  return createWebhookHandler({
    out: r.out,
    cacheDir: r.cache,
    baseUrl: r.site.baseUrl,
    notify: true,
    googleEndpoint: r.google.url,
    indexNowKey: INDEXNOW_KEY,
    indexNowEndpoint: r.indexNow.url,
    revalidateUrl: r.site.revalidateUrl,
    env,
  })
}

describe('createWebhookHandler', () => {
  it('answers a signed delivery with what it did, as a route handler', async () => {
    const r = await startWebhookRig('handler')
    rigs.push(r)
    const POST = handlerFor(r)
    await r.client.patch(UTRECHT).set({ title: 'Senior customer service medewerker (voorbeeldvacature)' }).commit()
    const response = await POST(await signedRequest('https://www.example.nl/api/sanity', { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, WEBHOOK_SECRET))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const url = `${r.site.baseUrl}/vacatures/voorbeeld-customer-service-medewerker-utrecht`
    expect(await response.json()).toMatchObject({ ok: true, status: 'applied', sent: [`URL_UPDATED ${url}`, `INDEXNOW ${url}`], waiting: [] })
    expect(r.sent()).toEqual([`URL_UPDATED ${url}`])
    const get = await POST(new Request('https://www.example.nl/api/sanity'))
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST'])
  })

  it('answers 500 naming what is missing when it cannot be set up, without repeating a secret', async () => {
    const r = await startWebhookRig('handler-setup')
    rigs.push(r)
    const { SANITY_WEBHOOK_SECRET: _secret, ...withoutSecret } = r.env
    const response = await handlerFor(r, withoutSecret)(await signedRequest('https://www.example.nl/api/sanity', { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, WEBHOOK_SECRET))
    expect([response.status, await response.json()]).toEqual([500, { ok: false, error: "Unexpected webhook without SANITY_WEBHOOK_SECRET, expected the secret set in the webhook's settings in sanity.io/manage" }])
    const badUrl = await createWebhookHandler({ out: r.out, cacheDir: r.cache, baseUrl: r.site.baseUrl, revalidateUrl: r.site.revalidateUrl, env: { ...r.env, JOBLD_REVALIDATE_SECRET: 'short' } })(
      await signedRequest('https://www.example.nl/api/sanity', { _id: UTRECHT, _type: 'vacancy', operation: 'update' }, WEBHOOK_SECRET),
    )
    expect(await badUrl.json()).toEqual({
      ok: false,
      error: 'Unexpected --revalidate-url without JOBLD_REVALIDATE_SECRET of at least 16 characters, expected the secret the site checks (sent as Authorization: Bearer <secret>)',
    })
  })

  it('expireVacancies takes out expired vacancies for a scheduled function', async () => {
    const r = await startWebhookRig('handler-expire')
    rigs.push(r)
    const summary = await expireVacancies({ out: r.out, cacheDir: r.cache, baseUrl: r.site.baseUrl, now: new Date('2027-07-01'), notify: true, googleEndpoint: r.google.url, revalidateUrl: r.site.revalidateUrl, env: r.env })
    expect(summary).toMatchObject({ busy: false, failures: [], refused: [] })
    expect(summary.pages.filter((page) => page.action === 'removed').map((page) => page.path).sort()).toEqual([
      'vacatures/voorbeeld-customer-service-medewerker-remote.jsonld',
      'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld',
    ])
    expect(r.sent().every((line) => line.startsWith('URL_DELETED '))).toBe(true)
    expect(r.sent()).toHaveLength(2)
    expect(JSON.parse(await readFile(join(r.out, 'manifest.json'), 'utf8')).pages).toHaveLength(1)
  })
})
