import type { TextStream } from './commandIo.ts'

/**
 * The last guard on everything a command prints: the API token is replaced by `[token]` in every
 * piece of text before it reaches stdout or stderr, whatever produced the text (a report quoting
 * a field, a library's error, a progress line). Short values are not treated as secrets, so that a
 * test token of a few letters does not blank out words.
 * @param stream stdout or stderr
 * @param secret SANITY_API_TOKEN, if set
 * @returns a stream that writes the same text with the secret blanked out
 */
export function withoutSecrets(stream: TextStream, secret: string | undefined): TextStream {
  if (!secret || secret.length < 8) return stream
  const guarded: TextStream = { write: (s: string) => stream.write(s.replaceAll(secret, '[token]')) }
  if (stream.isTTY !== undefined) guarded.isTTY = stream.isTTY
  return guarded
}
