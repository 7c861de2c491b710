// System and undici socket error codes; Node's own `ERR_*` codes are bugs, not network trouble.
const SOCKET_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/

/**
 * The network error code of a failed request (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`):
 * fetch puts it on the error's `cause`, sometimes a level deeper, and HTTP clients wrap that again.
 * @param error what the request threw
 * @returns the code; `UNKNOWN` for a fetch failure without one; undefined when it is no network failure
 */
export function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if ('code' in current && typeof current.code === 'string' && SOCKET_CODE.test(current.code)) return current.code
    current = current.cause
  }
  // undici's `fetch failed` / `terminated` TypeErrors always carry a cause; bugs rarely do.
  current = error
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current instanceof TypeError && current.cause instanceof Error) return 'UNKNOWN'
    current = current.cause
  }
  return undefined
}
