import { CliError } from '../cli/cliError.ts'
import { blankSecrets } from '../core/secrets/blankSecrets.ts'

/**
 * Checks SANITY_API_HOST before a token is sent to it: an http(s) URL without user or password,
 * and https unless the host is this machine (127.0.0.0/8, ::1, localhost), so that a token never
 * crosses a network in clear. The value itself is never repeated when it could hold the token.
 * @param host SANITY_API_HOST, if set
 * @param token SANITY_API_TOKEN, if set
 * @throws CliError (USAGE) saying what to change
 */
export function checkApiHost(host: string | undefined, token: string | undefined): void {
  if (!host) return
  const usage = (message: string) => new CliError('USAGE', token ? blankSecrets(message, [token], '[token]') : message)
  const url = URL.canParse(host) ? new URL(host) : undefined
  if (url && (url.username || url.password)) throw usage('Unexpected user or password in SANITY_API_HOST, expected the token in SANITY_API_TOKEN only')
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw usage(`Unexpected SANITY_API_HOST "${host.slice(0, 80)}", expected an http(s) URL such as https://api.sanity.io`)
  if (token && url.protocol === 'http:' && !isLoopback(url.hostname))
    throw usage(`Unexpected plain http:// SANITY_API_HOST for ${url.hostname} with a token, expected https:// (the token would travel in clear; plain http is only for this machine, such as http://127.0.0.1)`)
}

function isLoopback(hostname: string): boolean {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
}
