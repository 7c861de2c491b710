/**
 * Why a base URL cannot be used, or nothing: it must be a plain http(s) URL with no character that
 * needs escaping where it lands (an `@id`, a `<script>`, a sitemap): no user or password, no query,
 * no fragment.
 * @param given the URL as given
 * @returns the reason it is refused ("it holds a query or fragment"), or undefined when it is fine
 */
export function baseUrlFault(given: string): string | undefined {
  const url = URL.canParse(given) ? new URL(given) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return 'not an absolute http(s) URL'
  if (url.username || url.password) return 'it holds a user or password'
  if (url.search || url.hash || given.includes('?') || given.includes('#')) return 'it holds a query or fragment'
  // RFC 3986's unreserved and reserved characters and percent escapes; anything else (spaces, quotes, <, >, \\) needs escaping.
  const odd = /[^A-Za-z0-9\-._~:/@!$&'()*+,;=%]/u.exec(given)
  if (odd) return `it holds ${JSON.stringify(odd[0])}, a character that needs escaping`
  return undefined
}
