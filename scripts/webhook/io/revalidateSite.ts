/** What a revalidation did: done, or why not (a clause for the report). */
export type RevalidationResult = { ok: true } | { ok: false; reason: string }

/**
 * Tells the site which pages changed, so that it rebuilds them before the live check looks:
 * `POST <url>` with `{"paths": ["/beroepen/vacatures/x", …]}` as JSON and the shared secret as
 * `Authorization: Bearer <secret>`, for a Next.js on-demand revalidation route or a deploy hook.
 * Any 2xx is done. The request follows no redirect (it carries the secret) and is bounded in time;
 * the answer's body is not read.
 * @param url `--revalidate-url`
 * @param secret JOBLD_REVALIDATE_SECRET
 * @param paths the URL paths of the pages that were written or removed
 * @param timeoutMs how long the site may take to answer
 * @returns done, or why not
 */
export async function revalidateSite(url: string, secret: string, paths: ReadonlyArray<string>, timeoutMs: number): Promise<RevalidationResult> {
  const host = new URL(url).host
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${secret}`,
        'user-agent': 'jobld-revalidate',
      },
      body: JSON.stringify({ paths }),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
      return {
        ok: false,
        reason: `${host} did not answer within ${timeoutMs} ms`,
      }
    const code = error instanceof Error && error.cause instanceof Error && 'code' in error.cause ? String(error.cause.code) : 'network failure'
    return { ok: false, reason: `${host} could not be reached (${code})` }
  }
  await response.body?.cancel().catch(() => undefined)
  if (response.status >= 200 && response.status < 300) return { ok: true }
  if (response.status >= 300 && response.status < 400)
    return {
      ok: false,
      reason: `${host} answered HTTP ${response.status} (a redirect, not followed: the request carries the secret)`,
    }
  return { ok: false, reason: `${host} answered HTTP ${response.status}` }
}
