/** A request that did not deliver its notifications, as data. */
export interface HttpFailure {
  /** quota: not taken, later; refused: not taken (4xx); doubt: may have been taken; notDelivered: never left. */
  kind: 'quota' | 'refused' | 'doubt' | 'notDelivered'
  /** The host that was asked (`indexing.googleapis.com`, `api.indexnow.org`, `127.0.0.1:4312`). */
  host: string
  /** The HTTP status, when an answer came. */
  status?: number
  /** The network error's code (`ECONNREFUSED`, `ETIMEDOUT`), when none came. */
  code?: string
  /** The engine's own explanation, when it gave one. */
  message?: string
}

/**
 * The message for a failed request: "Unexpected HTTP 429 from indexing.googleapis.com for
 * URL_UPDATED https://…, expected 200: Quota exceeded …". Never holds a credential: it is made
 * of the host, the status or network code, what was asked and the engine's own message.
 * @param failure the failure
 * @param what what the request was for
 * @param expected what a good answer is
 * @returns one line, without a newline
 */
export function describeFailure(failure: HttpFailure, what: string, expected: string): string {
  const got = failure.status !== undefined ? `HTTP ${failure.status}` : (failure.code ?? 'network failure')
  const because = failure.message ? `: ${failure.message.replace(/\s+/g, ' ').trim().slice(0, 300)}` : ''
  return `Unexpected ${got} from ${failure.host} for ${what}, expected ${expected}${because}`
}
