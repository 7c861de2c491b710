/**
 * examples/astro as a user has it: the packed package installed from its tarball, `astro build`
 * with no network (the jobld integration exports into jsonld/ when the build starts), dist/
 * served as a static host would, and Chromium reading each page's JSON-LD from `<head>`.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { careerSlug, claimedPath, exportedGraph, vacancySlug } from './support/exampleSite.ts'
import { launchChromium, readPageJsonLd, type PageJsonLd } from './support/headJsonLd.ts'
import { installExample, packJobld } from './support/pack.ts'
import { run } from './support/run.ts'
import { serveStatic, type SiteServer } from './support/serve.ts'

describe('examples/astro', () => {
  let dir = ''
  let server: SiteServer | undefined
  let browser: Browser | undefined

  const open = (path: string): Promise<PageJsonLd> => {
    if (!server || !browser) throw new Error('Unexpected test without a built site, expected beforeAll to have served it')
    return readPageJsonLd(browser, `${server.url}${path}`)
  }

  beforeAll(async () => {
    dir = await installExample('examples/astro', await packJobld())
    await run('npm', ['run', 'build'], { cwd: dir, offline: true })
    server = await serveStatic(join(dir, 'dist'))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('exports at build start into jsonld/, outside dist/, which is published without it', () => {
    expect(existsSync(join(dir, 'jsonld', 'manifest.json'))).toBe(true)
    expect(existsSync(join(dir, 'dist', 'jsonld'))).toBe(false)
  })

  it('builds the career page with the exported graph in <head>', async () => {
    const expected = await exportedGraph(join(dir, 'jsonld'), `${careerSlug}.jsonld`)
    expect(await open(`/beroepen/${careerSlug}/`)).toEqual({ status: 200, head: [expected], inBody: 0, blocked: [], errors: [] })
    expect(claimedPath(expected)).toBe(`/beroepen/${careerSlug}`)
  })

  it('builds the vacancy page with the exported graph in <head>', async () => {
    const expected = await exportedGraph(join(dir, 'jsonld'), `vacatures/${vacancySlug}.jsonld`)
    expect(await open(`/beroepen/vacatures/${vacancySlug}/`)).toEqual({ status: 200, head: [expected], inBody: 0, blocked: [], errors: [] })
    expect(claimedPath(expected)).toBe(`/beroepen/vacatures/${vacancySlug}`)
  })

  it('builds no page for a slug that was not exported', async () => {
    expect((await open('/beroepen/geen-beroep/')).status).toBe(404)
  })
})
