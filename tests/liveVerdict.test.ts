/**
 * The pure part of the live check: which JSON-LD a page carries (as a browser parses it), and
 * whether that is what a notification is about to announce.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ldJsonScripts, liveVerdict, markWaiting, type QueuedNotification } from '../scripts/notify/lib/index.ts'
import { runCli, tempDir } from './support/exportRun.ts'

const BASE = 'https://www.example.nl/beroepen'
const URL_ = `${BASE}/vacatures/voorbeeld-customer-service-medewerker-utrecht`
const NOW = new Date('2026-11-26T12:00:00Z')
let jsonld = ''
let snippet = ''

beforeAll(async () => {
  const out = join(await tempDir('live-verdict'), 'jsonld')
  const result = await runCli(['--from', 'content', '--out', out, '--base-url', BASE, '--now', '2026-11-26'])
  expect(result.code, result.stderr).toBe(0)
  jsonld = await readFile(join(out, 'vacatures/voorbeeld-customer-service-medewerker-utrecht.jsonld'), 'utf8')
  snippet = await readFile(join(out, 'vacatures/voorbeeld-customer-service-medewerker-utrecht.html'), 'utf8')
})

const page = (head: string, status = 200) => ({ status, html: `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>` })
const updated = () => ({ type: 'URL_UPDATED' as const, graph: JSON.parse(jsonld) })

describe('ldJsonScripts', () => {
  it('finds JSON-LD scripts as a browser does: not in comments, templates or attributes, any case of the type', () => {
    const html = [
      '<!-- <script type="application/ld+json">{"in": "comment"}</script> -->',
      '<template><script type="application/ld+json">{"in": "template"}</script></template>',
      '<div data-x=\'<script type="application/ld+json">{"in": "attribute"}</script>\'></div>',
      '<script type="text/javascript">var x = 1</script>',
      '<SCRIPT TYPE=" Application/LD+JSON ; charset=utf-8">{"in": "head"}</SCRIPT>',
      '<script type="application/ld+json">{"text": "a </b> in a string"}</script>',
    ].join('\n')
    expect(ldJsonScripts(html)).toEqual(['{"in": "head"}', '{"text": "a </b> in a string"}'])
  })

  it('walks a page nested fifty thousand elements deep without exhausting the stack', () => {
    const deep = `${'<div>'.repeat(50_000)}<script type="application/ld+json">{}</script>${'</div>'.repeat(50_000)}`
    expect(ldJsonScripts(deep)).toEqual(['{}'])
  })
})

describe('liveVerdict', () => {
  it('takes a page that embeds the exported snippet as live, whatever other JSON-LD it carries', () => {
    expect(liveVerdict(page(`<script type="application/ld+json">{"@type": "BreadcrumbList"}</script>${snippet}`), updated(), URL_, NOW)).toEqual({ live: true })
  })

  it('compares JSON values: whitespace, key order and escapes do not matter', () => {
    const graph = JSON.parse(jsonld)
    const reordered = JSON.stringify({ '@graph': graph['@graph'], '@context': graph['@context'] }).replace(/</g, '\\u003c')
    expect(liveVerdict(page(`<script type="application/ld+json">${reordered}</script>`), updated(), URL_, NOW)).toEqual({ live: true })
  })

  it('says why an update is not live yet', () => {
    expect(liveVerdict(page('', 404), updated(), URL_, NOW)).toEqual({ live: false, reason: 'the page answers HTTP 404' })
    expect(liveVerdict(page('<title>x</title>'), updated(), URL_, NOW)).toEqual({ live: false, reason: 'the page carries no JSON-LD' })
    expect(liveVerdict(page('<script type="application/ld+json">{"@graph": [</script>'), updated(), URL_, NOW)).toEqual({ live: false, reason: `the page's JSON-LD does not parse` })
    const older = snippet.replace('Customer service medewerker (voorbeeldvacature)', 'Customer service medewerker')
    expect(liveVerdict(page(older), updated(), URL_, NOW)).toEqual({ live: false, reason: `the page's JSON-LD is not the exported graph (an older version?)` })
  })

  it('takes a removal as live on 404 or 410, on a page without its JobPosting, and on an expired JobPosting', () => {
    const removed = { type: 'URL_DELETED' as const }
    expect(liveVerdict(page('', 404), removed, URL_, NOW)).toEqual({ live: true })
    expect(liveVerdict(page('', 410), removed, URL_, NOW)).toEqual({ live: true })
    expect(liveVerdict(page('<title>Deze vacature is gesloten</title>'), removed, URL_, NOW)).toEqual({ live: true })
    expect(liveVerdict(page(snippet), removed, URL_, NOW)).toEqual({ live: false, reason: 'the page still carries its JobPosting' })
    expect(liveVerdict(page(snippet), removed, URL_, new Date('2027-07-01T00:00:00Z'))).toEqual({ live: true })
    // Another vacancy's JobPosting on the page is not this one's.
    expect(liveVerdict(page(snippet), removed, `${BASE}/vacatures/iets-anders`, NOW)).toEqual({ live: true })
    expect(liveVerdict(page('', 503), removed, URL_, NOW)).toEqual({ live: false, reason: 'the page answers HTTP 503' })
  })
})

describe('markWaiting', () => {
  it('looks again after as long as the page has waited: half a second at first, doubling when checked on time, an hour at most', () => {
    const item: QueuedNotification = { id: 1, channel: 'google', type: 'URL_UPDATED', url: URL_, sha256: 'a', from: null }
    let waiting = item
    let at = NOW.getTime()
    const delays: number[] = []
    for (let i = 0; i < 16; i += 1) {
      waiting = markWaiting(waiting, 'the page answers HTTP 404', new Date(at))
      const next = Date.parse(waiting.waiting?.next ?? '')
      delays.push((next - at) / 1000)
      at = next
    }
    expect(delays).toEqual([0.5, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600])
    expect(waiting.waiting).toMatchObject({ checks: 16, since: NOW.toISOString(), reason: 'the page answers HTTP 404' })
    // Checks in quick succession (a webhook request polling the site) do not push the next one away.
    const polled = [0, 250, 500, 1000].reduce((w, ms) => markWaiting(w, 'x', new Date(NOW.getTime() + ms)), item)
    expect(Date.parse(polled.waiting?.next ?? '') - NOW.getTime()).toBe(2000)
  })
})
