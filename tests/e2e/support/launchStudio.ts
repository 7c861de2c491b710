import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startContentLake, type ContentLake } from '../../support/contentLakeServer.ts'
import { startFakeSanityApi, type FakeSanityApi } from './fakeSanityApi.ts'
import { serveStudio, type StaticServer } from './serveStudio.ts'

/** Debian's Chromium; `.ci/run` installs it. Playwright never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A built Studio in a browser, against the emulated Content Lake. */
export interface StudioSession {
  browser: Browser
  context: BrowserContext
  page: Page
  /** The Studio's own origin, e.g. `http://127.0.0.1:41236`. */
  studioUrl: string
  lake: ContentLake
  api: FakeSanityApi
  /** Requests to hosts outside the test that were refused. */
  blocked: string[]
  /** Console errors and uncaught exceptions of the page. */
  pageErrors: string[]
  close(): Promise<void>
}

/** Options of {@link openStudio}. */
export interface OpenStudioOptions {
  /** The built Studio folder (`studio/dist`). */
  dist: string
  /** Documents to seed the emulated dataset with. */
  documents: ReadonlyArray<object>
  /** Viewport; the default fits the desk, a form and a view side by side. */
  viewport?: { width: number; height: number }
}

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const SANITY_API = /^https:\/\/([a-z0-9-]+\.)?api(cdn)?\.sanity\.(io|work)$/

/**
 * Runs before any Studio code: Chromium thinks it is offline with only a loopback interface,
 * so `navigator.onLine` is forced true; every project's auth token reads as a fake token (the
 * fake API accepts anything); and the event streams, which an intercepted request cannot keep
 * open, go to the fake API's own server. Plain JavaScript text: a function would be
 * serialised after the TypeScript transform, with helpers the page does not have.
 */
function pageShim(token: string, streamBase: string): string {
  return `(() => {
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true })
  const getItem = Storage.prototype.getItem
  Storage.prototype.getItem = function (key) {
    const value = getItem.call(this, key)
    if (value === null && String(key).startsWith('__studio_auth_token_')) {
      return JSON.stringify({ token: ${JSON.stringify(token)}, time: new Date().toISOString() })
    }
    return value
  }
  const realFetch = globalThis.fetch
  const stream = /^https:\\/\\/[^/]+\\.api(?:cdn)?\\.sanity\\.(?:io|work)(\\/v[^/]+\\/data\\/(?:listen|live\\/events)\\/.*)$/
  const base = new URL(${JSON.stringify(streamBase)})
  let streams = 0
  globalThis.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const match = stream.exec(url)
    if (!match) return realFetch.call(globalThis, input, init)
    // Each stream gets a host of its own under .localhost (loopback): Chromium keeps at most six
    // HTTP/1.1 connections per host, and the Studio holds more listeners open than that once an
    // editor switches perspective (Sanity's API speaks HTTP/2, where they share one connection).
    streams += 1
    return realFetch.call(globalThis, 'http://s' + streams + '.localhost:' + base.port + match[1], init)
  }
})()`
}

/**
 * Serves the built Studio, starts the emulated Content Lake and the fake API, and opens the
 * Studio's root in headless Chromium with every outside request answered locally or refused.
 * @param options the build, the seed documents and the viewport
 * @returns the session; `close()` stops everything
 */
export async function openStudio(options: OpenStudioOptions): Promise<StudioSession> {
  const started: Array<{ close(): Promise<void> }> = []
  try {
    const lake = await startContentLake({ documents: options.documents })
    started.push(lake)
    const api = await startFakeSanityApi(lake)
    started.push(api)
    const studio: StaticServer = await serveStudio(options.dist)
    started.push(studio)
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs })
    started.push(browser)
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1600, height: 1000 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    await context.addInitScript({ content: pageShim('e2e-fake-token', api.url) })

    const blocked: string[] = []
    await context.route('**/*', async (route) => {
      const request = route.request()
      const url = new URL(request.url())
      if (url.origin === studio.url || url.origin === api.url) return route.continue()
      // The event streams, each on its own loopback host (see pageShim).
      if (url.protocol === 'http:' && url.hostname.endsWith('.localhost') && url.port === new URL(api.url).port) return route.continue()
      if (url.href === 'https://core.sanity-cdn.com/bridge.js') {
        // The dashboard bridge only matters inside sanity.io's dashboard.
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '// bridge.js is not loaded in tests\n' })
      }
      if (SANITY_API.test(url.origin)) {
        try {
          const answer = await api.answer({
            method: request.method(),
            url,
            headers: await request.allHeaders(),
            body: request.postData() ?? undefined,
          })
          return await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body })
        } catch (error) {
          // A failing fake is a test failure, not a hanging request: answer, and record it with the unhandled ones.
          const message = error instanceof Error ? error.message : String(error)
          api.unhandled.push(`${request.method()} ${url.pathname}: ${message}`)
          return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'Fake API failed', message }) }).catch(() => undefined)
        }
      }
      blocked.push(`${request.method()} ${url.href}`)
      return route.abort('blockedbyclient')
    })

    // Presence and comments talk over a WebSocket ("bifur"); kept open and silent, it only means nobody else is online.
    await context.routeWebSocket(/\/socket\//, () => undefined)

    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    return {
      browser,
      context,
      page,
      studioUrl: studio.url,
      lake,
      api,
      blocked,
      pageErrors,
      close: async () => {
        for (const item of started.reverse()) await item.close().catch(() => undefined)
      },
    }
  } catch (error) {
    for (const item of started.reverse()) await item.close().catch(() => undefined)
    throw error
  }
}
