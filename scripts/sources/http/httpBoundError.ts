/**
 * Why jobld stopped an HTTP request itself: a bound of scripts/sources/http/boundedFetch.ts was
 * reached, or the server redirected it. Thrown (or used as the abort reason) by the bounded fetch,
 * so callers can tell these apart from network failures by `code`.
 */
export class HttpBoundError extends Error {
  override readonly name = 'HttpBoundError'

  /**
   * Creates the error.
   * @param code `TIMEOUT`: the server was silent for `limit` ms; `DEADLINE`: the request (or the
   *   read it belongs to) passed its deadline; `TOO_LARGE`: the answer passed `limit` bytes;
   *   `REDIRECT`: the server answered `status` with a Location on `location` (a host, never followed)
   * @param limit the bound that was reached (ms or bytes), or the redirect's status
   * @param location for `REDIRECT`: the host (and port) the server pointed at, when it gave one
   */
  constructor(
    readonly code: 'TIMEOUT' | 'DEADLINE' | 'TOO_LARGE' | 'REDIRECT',
    readonly limit: number,
    readonly location?: string,
  ) {
    super(code === 'REDIRECT' ? `HTTP ${limit} redirect${location ? ` to ${location}` : ''}` : `${code} after ${limit}`)
  }
}
