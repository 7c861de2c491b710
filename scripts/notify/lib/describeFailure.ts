import { limitDefinitions } from '../../core/limits.ts'
import { scrubTokens } from '../../core/secrets/scrubTokens.ts'

/** A request that did not deliver its notifications, as data. */
export interface HttpFailure {
  /** quota: not taken, later; refused: not taken (4xx, a redirect); doubt: may have been taken; notDelivered: never left. */
  kind: 'quota' | 'refused' | 'doubt' | 'notDelivered'
  /** The host that was asked (`indexing.googleapis.com`, `api.indexnow.org`, `127.0.0.1:4312`). */
  host: string
  /** The HTTP status, when an answer came. */
  status?: number
  /** The network error's code (`ECONNREFUSED`, `ETIMEDOUT`), when none came; or the local failure's code. */
  code?: string
  /** The engine's own explanation, when it gave one. */
  message?: string
  /** What was wrong with an answer whose status looked right (`that is not Google's answer …`). */
  answer?: string
  /** The bound jobld stopped the request at, or the redirect it did not follow (`limit` is then the status). */
  bound?: { code: 'TIMEOUT' | 'DEADLINE' | 'TOO_LARGE' | 'REDIRECT'; limit: number; location?: string | undefined }
  /** The request could not be made here: its assertion could not be signed with the key. Nothing left. */
  local?: 'signing'
}

/**
 * The message for a failed request: "Unexpected HTTP 429 from indexing.googleapis.com for
 * URL_UPDATED https://…, expected 200: Quota exceeded …", or what stopped it (silence, an
 * oversized answer, a redirect not followed, a key that cannot sign), with the variable or the
 * setting that changes it. Never holds a credential: it is made of the host, the status or code,
 * what was asked and the engine's own message, scrubbed of anything token-shaped before it is cut.
 * @param failure the failure
 * @param what what the request was for
 * @param expected what a good answer is
 * @returns one line, without a newline
 */
export function describeFailure(failure: HttpFailure, what: string, expected: string): string {
  const because = failure.message ? `: ${scrubTokens(failure.message.replace(/\s+/g, ' ').trim()).slice(0, 300)}` : ''
  const head = (got: string, after = '') => `Unexpected ${got} from ${failure.host} for ${what}, expected ${expected}${after}${because}`
  if (failure.local === 'signing')
    return `Unexpected failure signing the token request${failure.code ? ` (${failure.code})` : ''} for ${what}, expected a service account private_key that signs RS256: nothing was sent`
  const bound = failure.bound
  switch (bound?.code) {
    case 'REDIRECT':
      return head(
        `redirect (HTTP ${bound.limit}${bound.location ? ` to ${bound.location}` : ''})`,
        '; requests that carry credentials never follow a redirect: use the address that answers',
      )
    case 'TIMEOUT':
      return head(`silence for ${bound.limit.toLocaleString('en')} ms`, ` (${limitDefinitions.httpTimeoutMs.env} sets how long)`)
    case 'DEADLINE':
      return head(`request taking more than ${bound.limit.toLocaleString('en')} ms`, ` (${limitDefinitions.httpTimeoutMs.env} sets how long)`)
    case 'TOO_LARGE':
      return head(`answer of more than ${bound.limit.toLocaleString('en')} bytes`, ` (${limitDefinitions.answerBytes.env} raises the bound)`)
    case undefined:
      return head(failure.status !== undefined ? `HTTP ${failure.status}${failure.answer ? ` ${failure.answer}` : ''}` : (failure.code ?? 'network failure'))
  }
}
