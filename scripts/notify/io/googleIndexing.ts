import { gaxios, JWT } from 'google-auth-library'
import { z } from 'zod'
import { classifyAnswer } from '../lib/classifyAnswer.ts'
import type { HttpFailure } from '../lib/describeFailure.ts'
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
const PublishResponse = z.object({ urlNotificationMetadata: Metadata.optional() })

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
  /** Google's latest notifyTime per type for a URL (`urlNotifications/metadata`); undefined when it knows nothing of the URL. */
  metadata(url: string): Promise<{ kind: 'metadata'; latest: NotifyTimes | undefined } | HttpFailure>
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
 * @param timeoutMs how long a silent request is waited on
 * @returns the client
 */
export function googleIndexing(account: ServiceAccount, endpoint: string, timeoutMs: number): GoogleIndexing {
  const client = new JWT({
    email: account.email,
    key: account.privateKey,
    scopes: [INDEXING_SCOPE],
    transporterOptions: { timeout: timeoutMs },
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

  async function call(request: gaxios.GaxiosOptions): Promise<{ status: number; data: unknown } | HttpFailure> {
    try {
      const response = await client.request<unknown>({ ...request, retry: false, responseType: 'json', timeout: timeoutMs })
      return { status: response.status, data: response.data }
    } catch (error) {
      return failureOf(error, host, 'google')
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
        return failureOf(error, tokenHost, 'oauth')
      }
    },
    async publish(url, type) {
      const answer = await call({ url: `${base}/v3/urlNotifications:publish`, method: 'POST', data: { url, type } })
      if ('kind' in answer) return answer
      const parsed = PublishResponse.safeParse(answer.data)
      const metadata = parsed.success ? parsed.data.urlNotificationMetadata : undefined
      const notifyTime = (type === 'URL_UPDATED' ? metadata?.latestUpdate : metadata?.latestRemove)?.notifyTime
      return { kind: 'sent', ...(notifyTime !== undefined ? { notifyTime } : {}) }
    },
    async metadata(url) {
      const answer = await call({ url: `${base}/v3/urlNotifications/metadata`, method: 'GET', params: { url } })
      if ('kind' in answer) return answer.status === 404 ? { kind: 'metadata', latest: undefined } : answer
      const parsed = Metadata.safeParse(answer.data)
      if (!parsed.success) return { kind: 'doubt', host, status: answer.status, message: 'the metadata answer is not UrlNotificationMetadata' }
      const { latestUpdate, latestRemove } = parsed.data
      const latest: NotifyTimes = {
        ...(latestUpdate?.notifyTime !== undefined ? { URL_UPDATED: latestUpdate.notifyTime } : {}),
        ...(latestRemove?.notifyTime !== undefined ? { URL_DELETED: latestRemove.notifyTime } : {}),
      }
      return { kind: 'metadata', latest }
    },
    secrets() {
      return [account.privateKey, account.privateKeyId, accessToken].filter((s): s is string => typeof s === 'string' && s.length >= 8)
    },
  }
}

/**
 * A thrown gaxios error as a failure: the status and the API's error message, or the network
 * code. Of the token endpoint only the OAuth error code (`invalid_grant`) is kept: its other
 * words could repeat the request, and the request carries the signed assertion.
 */
function failureOf(error: unknown, host: string, dialect: 'google' | 'oauth'): HttpFailure {
  if (error instanceof gaxios.GaxiosError) {
    const status = error.response?.status
    if (status !== undefined) {
      const data: unknown = error.response?.data
      const { kind, message } = classifyAnswer(status, data)
      const oauth = z.object({ error: z.string().regex(/^[a-z_]{1,64}$/) }).safeParse(data)
      const words = dialect === 'oauth' ? (oauth.success ? oauth.data.error : undefined) : message
      return { kind: kind === 'sent' ? 'doubt' : kind, host, status, ...(words !== undefined ? { message: words } : {}) }
    }
    const code = typeof error.code === 'string' ? error.code : error.name
    return { kind: NEVER_LEFT.has(code) ? 'notDelivered' : 'doubt', host, code }
  }
  const code = error instanceof Error ? error.name : 'failure'
  return { kind: 'doubt', host, code }
}
