import type { HttpBoundError } from '../../sources/http/httpBoundError.ts'
import type { HttpFailure } from '../lib/describeFailure.ts'

/**
 * A request stopped by jobld's bounded fetch, as a failure: a redirect was not followed, so the
 * notifications were not taken there (refused); after silence or an oversized answer the engine
 * may have them (doubt).
 * @param bound what stopped it
 * @param host the host that was asked
 * @returns the failure
 */
export function boundFailure(bound: HttpBoundError, host: string): HttpFailure {
  const kind = bound.code === 'REDIRECT' ? 'refused' : 'doubt'
  return { kind, host, ...(bound.code === 'REDIRECT' ? { status: bound.limit } : {}), bound: { code: bound.code, limit: bound.limit, location: bound.location } }
}
