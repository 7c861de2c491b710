import { scrubTokens } from '../../core/secrets/scrubTokens.ts'
import { boundedFetch } from '../../sources/http/boundedFetch.ts'
import { boundErrorOf } from '../../sources/http/boundErrorOf.ts'
import { networkCodeOf } from '../../sources/http/networkCodeOf.ts'
import { classifyAnswer } from '../lib/classifyAnswer.ts'
import type { HttpFailure } from '../lib/describeFailure.ts'
import { boundFailure } from './boundFailure.ts'

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
 * Requests go through jobld's bounded fetch: at most `timeoutMs` in all, `maxBytes` of answer, no redirect.
 * @param timeoutMs how long one request may take (JOBLD_HTTP_TIMEOUT_MS)
 * @param maxBytes how large one answer may be (JOBLD_MAX_ANSWER_BYTES)
 * @returns the client
 */
export function indexNow(endpoint: string, key: string, timeoutMs: number, maxBytes: number): IndexNow {
  const send = boundedFetch({ timeoutMs, totalMs: timeoutMs, maxBytes })
  const host = new URL(endpoint).host
  const keyLocation = (site: string) => `https://${site}/${key}.txt`
  return {
    host,
    keyLocation,
    async submit(site, urls) {
      let response: Response
      let text: string
      try {
        response = await send(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ host: site, key, keyLocation: keyLocation(site), urlList: urls }),
        })
        text = await response.text()
      } catch (error) {
        const bound = boundErrorOf(error)
        if (bound) return boundFailure(bound, host)
        const code = networkCodeOf(error) ?? (error instanceof Error ? error.name : 'failure')
        return { kind: NEVER_LEFT.has(code) ? 'notDelivered' : 'doubt', host, code }
      }
      const { kind } = classifyAnswer(response.status)
      if (kind === 'sent') return { kind, status: response.status }
      // IndexNow endpoints answer with a status and, at most, a short text; keep a line of it.
      const words = scrubTokens(text.replaceAll(key, '[key]').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 200)
      return { kind, host, status: response.status, ...(words ? { message: words } : {}) }
    },
  }
}
