import type { TextStream } from './commandIo.ts'
import { blankSecrets, MIN_SECRET_LENGTH } from '../core/secrets/blankSecrets.ts'
import { secretForm } from '../core/secrets/secretForm.ts'

/**
 * The last guard on everything a command prints: the API token is replaced by `[token]` in every
 * piece of text before it reaches stdout or stderr, whatever produced the text (a report quoting
 * a field, a library's error, a progress line), also in another case or with invisible characters
 * inside (see scripts/core/secrets/blankSecrets.ts). Short values are not treated as secrets, so that a
 * test token of a few letters does not blank out words.
 * @param stream stdout or stderr
 * @param secret SANITY_API_TOKEN, if set
 * @returns a stream that writes the same text with the secret blanked out
 */
export function withoutSecrets(stream: TextStream, secret: string | undefined): TextStream {
  if (!secret || secretForm(secret).length < MIN_SECRET_LENGTH) return stream
  const guarded: TextStream = { write: (s: string) => stream.write(blankSecrets(s, [secret], '[token]')) }
  if (stream.isTTY !== undefined) guarded.isTTY = stream.isTTY
  return guarded
}
