/**
 * The one check of a site's base URL, for the CLI (`--base-url`, JOBLD_BASE_URL) and the library
 * (`baseUrl`): a plain http(s) URL with no character that needs escaping where it lands (an `@id`,
 * a `<script>`, a sitemap): no user or password, no query, no fragment. `javascript:` and
 * `</script>` are refused here, whoever passes them.
 * @param given the value
 * @param name how the caller names it in messages (`--base-url`, `baseUrl`)
 * @returns the URL without trailing slashes, or the message saying what is wrong with it
 */
export function readBaseUrl(given: string, name: string): { url: string } | { error: string } {
  const long = given.length > 80
  const shown = JSON.stringify(long ? `${given.slice(0, 80)}…` : given)
  const refuse = (why: string) => ({
    error: `Unexpected ${name} ${shown}${long ? ` (${given.length} characters)` : ''}: ${why}, expected a plain http(s) URL such as https://www.example.nl/beroepen`,
  })
  const url = URL.canParse(given) ? new URL(given) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return refuse('not an absolute http(s) URL')
  if (url.username || url.password) return refuse('it holds a user or password')
  if (url.search || url.hash || given.includes('?') || given.includes('#')) return refuse('it holds a query or fragment')
  // RFC 3986's unreserved and reserved characters and percent escapes; anything else (spaces, quotes, <, >, \\) needs escaping.
  const odd = /[^A-Za-z0-9\-._~:/@!$&'()*+,;=%]/u.exec(given)
  if (odd) return refuse(`it holds ${JSON.stringify(odd[0])}, a character that needs escaping`)
  return { url: given.replace(/\/+$/, '') }
}
