/** A credential after an HTTP auth scheme: `Bearer ya29.…`, `Basic dXNlcjpw…`. */
const AFTER_SCHEME = /\b(Bearer|Basic|Token)(\s+|%20|\+)[^\s"',;&]+/gi

/** A run of the characters tokens, keys and JWTs are written in (base64, base64url, hex, dots, hyphens). */
const TOKEN_RUN = /[A-Za-z0-9_~+/=.-]{20,}/g

/**
 * Blanks everything in a text that is shaped like a credential, known or not: whatever follows an
 * auth scheme (`Bearer …`), and runs of 20 or more token characters holding at least three
 * letters and three digits (access tokens, API tokens, JWTs, key material). Meant for what a
 * server sends back (an error body can echo the request that carried the token), before it is
 * cut to length: a cut could leave a part of a token that no longer matches the whole.
 * Words, host names, dates and URLs of plain words stay.
 * @param text a server's words
 * @param label what stands in for a credential
 * @returns the text without anything token-shaped
 */
export function scrubTokens(text: string, label = '[redacted]'): string {
  return text
    .replace(AFTER_SCHEME, (_, scheme: string, space: string) => `${scheme}${space}${label}`)
    .replace(TOKEN_RUN, (run) => (/(?:[^A-Za-z]*[A-Za-z]){3}/.test(run) && /(?:\D*\d){3}/.test(run) ? label : run))
}
