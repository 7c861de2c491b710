import { CliError } from '../../cli/cliError.ts'

/**
 * Checks `--base-url` (or JOBLD_BASE_URL): a plain http(s) URL with no character that needs
 * escaping where it lands (an `@id`, a `<script>`, a sitemap): no user or password, no query,
 * no fragment.
 * @param given the value, or undefined when none was given
 * @returns the URL without a trailing slash, or undefined
 * @throws CliError (USAGE) naming what is wrong
 */
export function checkBaseUrl(given: string | undefined): string | undefined {
  if (given === undefined) return undefined
  const shown = JSON.stringify(given.length > 80 ? `${given.slice(0, 80)}…` : given)
  const refuse = (why: string) =>
    new CliError('USAGE', `Unexpected --base-url ${shown}${given.length > 80 ? ` (${given.length} characters)` : ''}: ${why}, expected a plain http(s) URL such as https://www.example.nl/beroepen`)
  const url = URL.canParse(given) ? new URL(given) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw refuse('not an absolute http(s) URL')
  if (url.username || url.password) throw refuse('it holds a user or password')
  if (url.search || url.hash || given.includes('?') || given.includes('#')) throw refuse('it holds a query or fragment')
  // RFC 3986's unreserved and reserved characters and percent escapes; anything else (spaces, quotes, <, >, \\) needs escaping.
  const odd = /[^A-Za-z0-9\-._~:/@!$&'()*+,;=%]/u.exec(given)
  if (odd) throw refuse(`it holds ${JSON.stringify(odd[0])}, a character that needs escaping`)
  return given.replace(/\/+$/, '')
}
