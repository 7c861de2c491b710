import { z } from 'zod'

/** What an HTTP answer means for the notifications it carried. */
export type AnswerKind =
  /** Accepted: the notifications are the engine's. */
  | 'sent'
  /** Quota or rate limit: not taken, try again on a later run. */
  | 'quota'
  /** Refused (authentication, ownership, a bad request): not taken, and more of the same would fail too. */
  | 'refused'
  /** A server failure: the engine may or may not have taken them. */
  | 'doubt'

/** A Google API error body (https://cloud.google.com/apis/design/errors), as far as it is read. */
const GoogleError = z.object({
  error: z.object({
    message: z.string().optional(),
    status: z.string().optional(),
    errors: z.array(z.object({ reason: z.string().optional() })).optional(),
  }),
})

// Older Google APIs signal quota with a 403 and one of these reasons.
const QUOTA_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'dailyLimitExceeded'])

/** An answer, classified, with the engine's own words when it gave any. */
export interface ClassifiedAnswer {
  kind: AnswerKind
  /** The error message of a Google error body, when there is one. */
  message?: string
}

/**
 * Classifies an HTTP answer of Google's Indexing API or an IndexNow endpoint: 2xx sent; 429 (and
 * Google's RESOURCE_EXHAUSTED or quota reasons) quota; other 4xx refused; anything else in doubt.
 * IndexNow's 200 (submitted) and 202 (key validation pending) both count as sent.
 * @param status the HTTP status
 * @param body the parsed JSON body, if any
 * @returns the classification
 */
export function classifyAnswer(status: number, body?: unknown): ClassifiedAnswer {
  const parsed = GoogleError.safeParse(body)
  const error = parsed.success ? parsed.data.error : undefined
  const message = error?.message ? { message: error.message } : {}
  if (status >= 200 && status < 300) return { kind: 'sent' }
  const quota = status === 429 || error?.status === 'RESOURCE_EXHAUSTED' || (error?.errors ?? []).some((e) => QUOTA_REASONS.has(e.reason ?? ''))
  if (quota && status >= 400 && status < 500) return { kind: 'quota', ...message }
  if (status >= 400 && status < 500) return { kind: 'refused', ...message }
  return { kind: 'doubt', ...message }
}
