import { HttpBoundError } from './httpBoundError.ts'

/** The bounds of the requests one bounded fetch makes. */
export interface HttpBounds {
  /** How long a request may stay silent: until its answer's headers, and while its body is being waited on. */
  timeoutMs: number
  /** Bytes in one answer's body. */
  maxBytes: number
  /** How long one request may take in all, headers and body (ms), however its bytes trickle in. */
  totalMs?: number
  /** When every request must be over (ms since the epoch): the deadline of a read made of several requests. */
  deadline?: number
  /** Told the size of each chunk as it arrives; it may throw to stop the read (a budget across requests). */
  onBytes?: (bytes: number) => void
}

/**
 * A fetch that keeps every request within bounds: a silent server, a trickling one, an endless
 * or oversized answer and a redirect each end the request with an HttpBoundError (as the fetch's
 * rejection or the body's error), so no answer can hold jobld longer or fill more memory than the
 * documented limits allow. Redirects are never followed: requests carry credentials (a token, a
 * signed assertion) that must reach only the origin they were meant for. Written by hand: fetch
 * has a signal but no byte bound, and every HTTP client jobld uses accepts a fetch.
 * @param bounds the silence, size and time bounds
 * @param fetchFn the fetch to wrap (default the global one)
 * @returns a fetch with the same signature
 */
export function boundedFetch(bounds: HttpBounds, fetchFn: typeof globalThis.fetch = globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const controller = new AbortController()
    const stop = (reason: HttpBoundError) => {
      if (!controller.signal.aborted) controller.abort(reason)
    }
    let idle: ReturnType<typeof setTimeout> | undefined
    const wait = () => {
      clearTimeout(idle)
      idle = setTimeout(() => stop(new HttpBoundError('TIMEOUT', bounds.timeoutMs)), bounds.timeoutMs)
      // The request itself keeps the process alive while it waits; a timer must not outlive it.
      idle.unref()
    }
    // Silence is told before the overall bound: a request that got nothing at all was silent.
    wait()
    const ends = [
      ...(bounds.deadline !== undefined ? [bounds.deadline] : []),
      ...(bounds.totalMs !== undefined ? [Date.now() + bounds.totalMs] : []),
    ]
    const end = ends.length ? Math.min(...ends) : undefined
    const overall = end !== undefined ? setTimeout(() => stop(new HttpBoundError('DEADLINE', bounds.totalMs ?? 0)), Math.max(0, end - Date.now())) : undefined
    overall?.unref()
    const finish = () => {
      clearTimeout(idle)
      clearTimeout(overall)
    }
    // The reason jobld aborted for, in place of the fetch's own AbortError.
    const why = (error: unknown) => (controller.signal.reason instanceof HttpBoundError ? controller.signal.reason : error)

    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal
    let response: Response
    try {
      if (end !== undefined && end <= Date.now()) throw new HttpBoundError('DEADLINE', bounds.totalMs ?? 0)
      response = await fetchFn(input, { ...init, signal, redirect: 'manual' })
    } catch (error) {
      finish()
      throw why(error)
    }
    clearTimeout(idle)
    const { status } = response
    if (status >= 300 && status < 400 && response.headers.has('location')) {
      finish()
      await response.body?.cancel().catch(() => undefined)
      throw new HttpBoundError('REDIRECT', status, hostOf(response.headers.get('location') ?? '', response.url || String(input)))
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN)
    if (length > bounds.maxBytes) {
      finish()
      await response.body?.cancel().catch(() => undefined)
      throw new HttpBoundError('TOO_LARGE', bounds.maxBytes)
    }
    const body = response.body
    if (!body) {
      finish()
      return response
    }
    const reader = body.getReader()
    let received = 0
    const bounded = new ReadableStream<Uint8Array>({
      async pull(stream) {
        try {
          wait()
          const chunk = await reader.read()
          clearTimeout(idle)
          if (chunk.done) {
            finish()
            stream.close()
            return
          }
          received += chunk.value.byteLength
          if (received > bounds.maxBytes) throw new HttpBoundError('TOO_LARGE', bounds.maxBytes)
          bounds.onBytes?.(chunk.value.byteLength)
          stream.enqueue(chunk.value)
        } catch (error) {
          finish()
          const reason = why(error)
          if (!controller.signal.aborted) controller.abort(reason)
          await reader.cancel(reason).catch(() => undefined)
          stream.error(reason)
        }
      },
      async cancel(reason) {
        finish()
        await reader.cancel(reason).catch(() => undefined)
      },
    })
    return new Response(bounded, { status, statusText: response.statusText, headers: response.headers })
  }
}

/** The host a Location header points at, resolved against the request's URL; never its path or query. */
function hostOf(location: string, base: string): string | undefined {
  try {
    return new URL(location, base).host
  } catch {
    return undefined
  }
}
