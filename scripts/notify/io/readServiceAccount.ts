import { createPrivateKey } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { z } from 'zod'
import { CliError } from '../../cli/cliError.ts'

/** Google's OAuth 2.0 token endpoint, where a service account trades a signed JWT for an access token. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token'

/**
 * The fields of a service account's JSON key that jobld uses
 * (https://cloud.google.com/iam/docs/keys-create-delete). `token_uri` is in every key Google
 * issues; pointing it elsewhere (tests: a local emulator) sends the token request there.
 */
const ServiceAccountKey = z.object({
  type: z.literal('service_account'),
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().optional(),
  token_uri: z.url({ protocol: /^https?$/ }).optional(),
})

/** A service account, ready for google-auth-library's JWT client. */
export interface ServiceAccount {
  email: string
  privateKey: string
  privateKeyId: string | undefined
  tokenUri: string
  /** Where it came from, for messages (never its content). */
  source: string
}

/** The variables that hold a service account key. */
export interface CredentialsEnv {
  /** A path to the JSON key file (Google's own convention). */
  GOOGLE_APPLICATION_CREDENTIALS?: string | undefined
  /** The JSON key itself (for CI secrets); wins over GOOGLE_APPLICATION_CREDENTIALS. */
  JOBLD_GOOGLE_CREDENTIALS?: string | undefined
}

const EXPECTED = 'expected the JSON key of a Google service account ("type": "service_account", client_email, private_key)'

/**
 * Reads the service account key from `JOBLD_GOOGLE_CREDENTIALS` (the JSON) or
 * `GOOGLE_APPLICATION_CREDENTIALS` (a file path). Messages name the variable and the fields that
 * are wrong, never a value.
 * @param env the environment
 * @param cwd the folder a relative path is resolved against
 * @returns the service account, or undefined when neither variable is set
 * @throws CliError (USAGE) when the key cannot be read or is not a service account key
 */
export async function readServiceAccount(env: CredentialsEnv, cwd: string): Promise<ServiceAccount | undefined> {
  let text: string
  let source: string
  if (env.JOBLD_GOOGLE_CREDENTIALS) {
    text = env.JOBLD_GOOGLE_CREDENTIALS
    source = 'JOBLD_GOOGLE_CREDENTIALS'
  } else if (env.GOOGLE_APPLICATION_CREDENTIALS) {
    const file = resolve(cwd, env.GOOGLE_APPLICATION_CREDENTIALS)
    source = `GOOGLE_APPLICATION_CREDENTIALS (${file})`
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
      throw new CliError('USAGE', `Unexpected ${code} reading ${source}, ${EXPECTED}`)
    }
  } else {
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CliError('USAGE', `Unexpected ${source} that is not JSON, ${EXPECTED}`)
  }
  const parsed = ServiceAccountKey.safeParse(json)
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(the key)'))]
    throw new CliError('USAGE', `Unexpected ${source} with a missing or invalid ${fields.join(', ')}, ${EXPECTED}`)
  }
  const key = parsed.data
  // A key that cannot sign would fail later, inside the token request, as a bare library error.
  try {
    createPrivateKey(key.private_key)
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' && /^[A-Z0-9_]{1,64}$/.test(error.code) ? ` (${error.code})` : ''
    throw new CliError('USAGE', `Unexpected ${source} whose private_key is not a PEM private key${code}, ${EXPECTED}`)
  }
  return { email: key.client_email, privateKey: key.private_key, privateKeyId: key.private_key_id, tokenUri: key.token_uri ?? GOOGLE_TOKEN_URL, source }
}
