import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (`.ci/run` installs it); Playwright never downloads a browser here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags of tests/e2e/support/launchStudio.ts: no sandbox (root in CI), no GPU, nothing in the background. */
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * Starts headless Chromium.
 * @returns the browser
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs })
}

/** The JSON-LD of a page as a browser sees it once the page has loaded and hydrated. */
export interface PageJsonLd {
  status: number
  /** Each `<script type="application/ld+json">` in `<head>`, parsed, in document order. */
  head: unknown[]
  /** How many such scripts are in `<body>`. */
  inBody: number
  /** Requests to anything but the site itself, which were refused. */
  blocked: string[]
  /** Uncaught exceptions and console errors (a failed hydration shows here). */
  errors: string[]
}

/**
 * Opens a URL in a fresh browser context that may reach only the site's origin, waits until the
 * network is idle (the page's scripts have run), and reads the page's JSON-LD from the DOM.
 * @param browser the browser
 * @param url the page
 * @returns what the page carries
 */
export async function readPageJsonLd(browser: Browser, url: string): Promise<PageJsonLd> {
  const context = await browser.newContext()
  try {
    const origin = new URL(url).origin
    const blocked: string[] = []
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue()
      blocked.push(route.request().url())
      return route.abort('blockedbyclient')
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    const texts = await page.evaluate(() => ({
      head: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      inBody: document.body.querySelectorAll('script[type="application/ld+json"]').length,
    }))
    return { status: response?.status() ?? 0, head: texts.head.map((text) => JSON.parse(text)), inBody: texts.inBody, blocked, errors }
  } finally {
    await context.close()
  }
}
