import { classifyAnswer } from '../lib/classifyAnswer.ts'
import type { HttpFailure } from '../lib/describeFailure.ts'

export { INDEXNOW_ENDPOINT, INDEXNOW_KEY } from '../../core/config/notifyDefaults.ts'

// Network errors after which the request certainly never reached the server.
const NEVER_LEFT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])

/** An IndexNow endpoint and the site's key. */
export interface IndexNow {
  host: string
  /** Where the site serves the key file: `https://<host>/<key>.txt`. */
  keyLocation(host: string): string
  /**
   * Submits URLs of one host in one POST.
   * @returns `{kind: 'sent'}` on 200 or 202 (key validation pending), else the failure
   */
  submit(host: string, urls: ReadonlyArray<string>): Promise<{ kind: 'sent'; status: number } | HttpFailure>
}

/**
 * A client of the IndexNow protocol: `POST <endpoint>` with `{host, key, keyLocation, urlList}`
 * as JSON. Written by hand: it is one request, and no maintained npm package covers it.
 * @param endpoint `--indexnow-endpoint`
 * @param key `--indexnow-key`
 * @param timeoutMs how long a silent request is waited on
 * @returns the client
 */
export function indexNow(endpoint: string, key: string, timeoutMs: number): IndexNow {
  const host = new URL(endpoint).host
  const keyLocation = (site: string) => `https://${site}/${key}.txt`
  return {
    host,
    keyLocation,
    async submit(site, urls) {
      let response: Response
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ host: site, key, keyLocation: keyLocation(site), urlList: urls }),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        })
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error && 'code' in error.cause ? String(error.cause.code) : undefined
        const code = cause ?? (error instanceof Error ? error.name : 'failure')
        return { kind: NEVER_LEFT.has(code) ? 'notDelivered' : 'doubt', host, code }
      }
      const text = await response.text().catch(() => '')
      const { kind } = classifyAnswer(response.status)
      if (kind === 'sent') return { kind, status: response.status }
      // IndexNow endpoints answer with a status and, at most, a short text; keep a line of it.
      const words = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)
      return { kind, host, status: response.status, ...(words ? { message: words } : {}) }
    },
  }
}
