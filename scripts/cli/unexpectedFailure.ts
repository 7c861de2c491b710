import { blankSecrets } from '../core/secrets/blankSecrets.ts'

/**
 * The message for a failure no command expected: the stack (to report the bug), with the API
 * token blanked out wherever a library put it into an error.
 * @param error what was thrown
 * @param token SANITY_API_TOKEN, if set
 * @returns the text to print, ending with a newline
 */
export function unexpectedFailure(error: unknown, token: string | undefined): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  const safe = token ? blankSecrets(text, [token], '[token]') : text
  return `Unexpected failure, please report it:\n${safe}\n`
}
