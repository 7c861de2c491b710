/**
 * examples/next as a user has it: the packed package installed from its tarball, `npm run build`
 * (prebuild: `jobld import` and `jobld export`, then `next build`) with no network, `next start`,
 * and Chromium reading each page's JSON-LD from `<head>`.
 */
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { careerSlug, claimedPath, exportedGraph, vacancySlug } from './support/exampleSite.ts'
import { launchChromium, readPageJsonLd, type PageJsonLd } from './support/headJsonLd.ts'
import { installExample, packJobld } from './support/pack.ts'
import { run } from './support/run.ts'
import { startNext, type SiteServer } from './support/serve.ts'

describe('examples/next', () => {
  let dir = ''
  let server: SiteServer | undefined
  let browser: Browser | undefined

  const open = (path: string): Promise<PageJsonLd> => {
    if (!server || !browser) throw new Error('Unexpected test without a built site, expected beforeAll to have served it')
    return readPageJsonLd(browser, `${server.url}${path}`)
  }

  beforeAll(async () => {
    dir = await installExample('examples/next', await packJobld())
    await run('npm', ['run', 'build'], { cwd: dir, offline: true })
    server = await startNext(dir)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('prerenders the career page with the exported graph in <head>, from the exported folder', async () => {
    const expected = await exportedGraph(join(dir, 'jsonld'), `${careerSlug}.jsonld`)
    expect(await open(`/beroepen/${careerSlug}`)).toEqual({ status: 200, head: [expected], inBody: 0, blocked: [], errors: [] })
    expect(claimedPath(expected)).toBe(`/beroepen/${careerSlug}`)
  })

  it('prerenders the vacancy page with the graph of jobld export in <head>, from exportJsonLd', async () => {
    const expected = await exportedGraph(join(dir, 'jsonld'), `vacatures/${vacancySlug}.jsonld`)
    expect(await open(`/beroepen/vacatures/${vacancySlug}`)).toEqual({ status: 200, head: [expected], inBody: 0, blocked: [], errors: [] })
    expect(claimedPath(expected)).toBe(`/beroepen/vacatures/${vacancySlug}`)
  })

  it('answers a slug that has no exported page with 404', async () => {
    const seen = await open('/beroepen/geen-beroep')
    expect(seen.status).toBe(404)
    expect(seen.head).toEqual([])
  })
})
