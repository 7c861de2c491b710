import { gaxios, JWT } from 'google-auth-library'
import { z } from 'zod'
import { scrubTokens } from '../../core/secrets/scrubTokens.ts'
import { blankSecrets } from '../../core/secrets/blankSecrets.ts'
import { boundedFetch } from '../../sources/http/boundedFetch.ts'
import { boundErrorOf } from '../../sources/http/boundErrorOf.ts'
import { networkCodeOf } from '../../sources/http/networkCodeOf.ts'
import { classifyAnswer } from '../lib/classifyAnswer.ts'
import type { GoogleClock } from '../lib/googleReceived.ts'
import type { HttpFailure } from '../lib/describeFailure.ts'
import { boundFailure } from './boundFailure.ts'
import type { NotificationType, NotifyTimes } from '../lib/notifyState.ts'
import { GOOGLE_TOKEN_URL, type ServiceAccount } from './readServiceAccount.ts'

/** Google's Indexing API (https://developers.google.com/search/apis/indexing-api/v3/reference). */
export { GOOGLE_INDEXING_ENDPOINT } from '../../core/config/notifyDefaults.ts'

/** The OAuth scope of the Indexing API. */
export const INDEXING_SCOPE = 'https://www.googleapis.com/auth/indexing'

// Network errors after which the request certainly never reached the server.
const NEVER_LEFT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL'])

const Notification = z.object({ notifyTime: z.string().optional() })
/** `UrlNotificationMetadata`: the latest update and removal Google holds for a URL. */
const Metadata = z.object({ latestUpdate: Notification.optional(), latestRemove: Notification.optional() })
/** `PublishUrlNotificationResponse`: Google answers every publish it took with the URL's metadata. */
const PublishResponse = z.object({ urlNotificationMetadata: Metadata })

/** A publish that Google took, with the time it stamped on it. */
export interface Published {
  kind: 'sent'
  notifyTime?: string
}

/** The Indexing API, authenticated as one service account. */
export interface GoogleIndexing {
  /** Host of the API endpoint, for messages. */
  host: string
  /** Host of the token endpoint, for messages. */
  tokenHost: string
  /**
   * Fetches an access token (JWT grant).
   * @returns undefined, or the failure
   */
  authorize(): Promise<HttpFailure | undefined>
  /** Sends one `URL_UPDATED` or `URL_DELETED` (`urlNotifications:publish`). */
  publish(url: string, type: NotificationType): Promise<Published | HttpFailure>
  /**
   * Google's latest notifyTime per type for a URL (`urlNotifications/metadata`); undefined when it
   * knows nothing of the URL. `date` is Google's clock when it answered (its `Date` header), for
   * telling a notification sent after a moment from one sent before it.
   */
  metadata(url: string): Promise<{ kind: 'metadata'; latest: NotifyTimes | undefined; date: GoogleClock | undefined } | HttpFailure>
  /** The secrets this client holds (key, key id, access token), for blanking out of any output. */
  secrets(): string[]
}

/**
 * A client of Google's Indexing API through google-auth-library's service account (JWT) flow,
 * scope `https://www.googleapis.com/auth/indexing`.
 *
 * google-auth-library 10 sends a service account's token request to Google's fixed URL and
 * ignores the key's `token_uri` (build/src/gtoken/getToken.js); jobld honours `token_uri` through
 * the client's public `transporter`, with a request interceptor that sends that one request to
 * the key's endpoint instead. The assertion's audience stays Google's token URL, as Google
 * requires of every JWT grant.
 * @param account the service account
 * @param endpoint the API's base URL (`--google-endpoint`)
 *
 * Every request (the token's too) goes through jobld's bounded fetch: at most `timeoutMs` in all,
 * at most `maxBytes` of answer, and never a redirect (the token request carries the signed
 * assertion, the others the access token: neither may follow a server elsewhere).
 * @param timeoutMs how long one request may take (JOBLD_HTTP_TIMEOUT_MS)
 * @param maxBytes how large one answer may be (JOBLD_MAX_ANSWER_BYTES)
 * @returns the client
 */
export function googleIndexing(account: ServiceAccount, endpoint: string, timeoutMs: number, maxBytes: number): GoogleIndexing {
  const client = new JWT({
    email: account.email,
    key: account.privateKey,
    scopes: [INDEXING_SCOPE],
    transporterOptions: { fetchImplementation: boundedFetch({ timeoutMs, totalMs: timeoutMs, maxBytes }) },
  })
  // One attempt per request, the token's too (google-auth-library retries it up to three times):
  // what did not go stays queued for the next run, and a silent server costs one timeout, not four.
  client.transporter.interceptors.request.add({
    resolved: async (config) => {
      delete config.retryConfig
      config.retry = false
      return config
    },
  })
  if (account.tokenUri !== GOOGLE_TOKEN_URL) {
    const tokenUri = new URL(account.tokenUri)
    client.transporter.interceptors.request.add({
      resolved: async (config) => {
        if (config.url.href === GOOGLE_TOKEN_URL) config.url = new URL(tokenUri)
        return config
      },
    })
  }
  const base = endpoint.replace(/\/+$/, '')
  const host = new URL(base).host
  const tokenHost = new URL(account.tokenUri).host
  let accessToken: string | undefined
  const known = () => [account.privateKey, account.privateKeyId, accessToken]

  async function call(request: gaxios.GaxiosOptions): Promise<{ status: number; data: unknown; date: GoogleClock | undefined } | HttpFailure> {
    const sent = Date.now()
    try {
      const response = await client.request<unknown>({ ...request, retry: false, responseType: 'json' })
      const date = Date.parse(response.headers.get('date') ?? '')
      return { status: response.status, data: response.data, date: Number.isNaN(date) ? undefined : { date, sent, received: Date.now() } }
    } catch (error) {
      return failureOf(error, host, 'google', known())
    }
  }

  return {
    host,
    tokenHost,
    async authorize() {
      try {
        const credentials = await client.authorize()
        accessToken = credentials.access_token ?? undefined
        return undefined
      } catch (error) {
        return failureOf(error, tokenHost, 'oauth', known())
      }
    },
    async publish(url, type) {
      const answer = await call({ url: `${base}/v3/urlNotifications:publish`, method: 'POST', data: { url, type } })
      if ('kind' in answer) return answer
      const parsed = PublishResponse.safeParse(answer.data)
      // A 200 that is not Google's answer (a portal, a proxy's page) says nothing about Google.
      if (!parsed.success) return { kind: 'doubt', host, status: answer.status, answer: "that is not Google's answer (no urlNotificationMetadata)" }
      const metadata = parsed.data.urlNotificationMetadata
      const notifyTime = (type === 'URL_UPDATED' ? metadata?.latestUpdate : metadata?.latestRemove)?.notifyTime
      return { kind: 'sent', ...(notifyTime !== undefined ? { notifyTime } : {}) }
    },
    async metadata(url) {
      const answer = await call({ url: `${base}/v3/urlNotifications/metadata`, method: 'GET', params: { url } })
      if ('kind' in answer) return answer.status === 404 ? { kind: 'metadata', latest: undefined, date: undefined } : answer
      const parsed = Metadata.safeParse(answer.data)
      if (!parsed.success) return { kind: 'doubt', host, status: answer.status, answer: "that is not Google's answer (no UrlNotificationMetadata)" }
      const { latestUpdate, latestRemove } = parsed.data
      const latest: NotifyTimes = {
        ...(latestUpdate?.notifyTime !== undefined ? { URL_UPDATED: latestUpdate.notifyTime } : {}),
        ...(latestRemove?.notifyTime !== undefined ? { URL_DELETED: latestRemove.notifyTime } : {}),
      }
      return { kind: 'metadata', latest, date: answer.date }
    },
    secrets() {
      return [account.privateKey, account.privateKeyId, accessToken].filter((s): s is string => typeof s === 'string' && s.length >= 8)
    },
  }
}

/**
 * A thrown error as a failure: the status and the API's error message, the bound jobld stopped
 * the request at (silence, size, a redirect), or the network code. Of the token endpoint only the
 * OAuth error code (`invalid_grant`) is kept: its other words could repeat the request, and the
 * request carries the signed assertion. The API's words are scrubbed of the known secrets and of
 * anything token-shaped before they go anywhere.
 */
function failureOf(error: unknown, host: string, dialect: 'google' | 'oauth', secrets: ReadonlyArray<string | undefined>): HttpFailure {
  const bound = boundErrorOf(error)
  if (bound) return boundFailure(bound, host)
  if (error instanceof gaxios.GaxiosError) {
    const status = error.response?.status
    if (status !== undefined) {
      const data: unknown = error.response?.data
      const { kind, message } = classifyAnswer(status, data)
      const oauth = z.object({ error: z.string().regex(/^[a-z_]{1,64}$/) }).safeParse(data)
      const words = dialect === 'oauth' ? (oauth.success ? oauth.data.error : undefined) : message && scrubTokens(blankSecrets(message, secrets, '[redacted]'))
      return { kind: kind === 'sent' ? 'doubt' : kind, host, status, ...(words !== undefined ? { message: words } : {}) }
    }
    const code = networkCodeOf(error) ?? (typeof error.code === 'string' ? error.code : error.name)
    return { kind: NEVER_LEFT.has(code) ? 'notDelivered' : 'doubt', host, code }
  }
  // Not the HTTP client's: the request was never made (the assertion could not be signed).
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' && /^[A-Z0-9_]{1,64}$/.test(error.code) ? error.code : undefined
  return { kind: 'notDelivered', host, local: 'signing', ...(code ? { code } : {}) }
}
