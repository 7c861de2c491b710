import { HttpBoundError } from './httpBoundError.ts'

/**
 * The HttpBoundError behind a failed request, however the HTTP client wrapped it (an error's
 * `cause`, a few levels deep).
 * @param error what the client threw
 * @returns the bound that stopped the request, or undefined for any other failure
 */
export function boundErrorOf(error: unknown): HttpBoundError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current instanceof HttpBoundError) return current
    current = current.cause
  }
  return undefined
}
