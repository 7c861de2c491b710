import type { Position } from '../core/issue.ts'

/**
 * Why a source could not be read at all, as a stable code the CLI can branch on
 * (it exits 2 on any of them). Problems inside a readable source, such as one bad
 * NDJSON line, are issues instead.
 */
export type SourceErrorCode =
  /** The file does not exist. */
  | 'ENOENT'
  /** The file exists but cannot be opened or read (permissions, a directory). */
  | 'READ'
  /** The file (or the export) holds no documents at all. */
  | 'EMPTY'
  /** The bytes are not UTF-8. */
  | 'ENCODING'
  /** The .tar.gz ends before its last entry (or its gzip stream) does. */
  | 'TRUNCATED_ARCHIVE'
  /** The file is not a gzipped tar archive, or has no `data.ndjson` inside, or two. */
  | 'BAD_ARCHIVE'
  /** The archive unpacks to more than the limits allow (size, or ratio to its packed size). */
  | 'ARCHIVE_LIMIT'
  /** The Content Lake sent more bytes, or took longer, than the limits allow. */
  | 'LIMIT'
  /** The connection failed or was reset, and retries ran out. */
  | 'NETWORK'
  /** The server kept answering with an error status, or with one not worth retrying. */
  | 'HTTP'
  /** The server did not answer (or stopped sending) within the timeout. */
  | 'TIMEOUT'
  /** The server answered 200 with a body that is not what the API promises. */
  | 'BAD_RESPONSE'

/**
 * An I/O failure of a source: names the file or the host, never a token.
 * Thrown by the readers in `scripts/sources`; the entry point prints the message
 * without a stack and exits 2.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError'
  readonly code: SourceErrorCode
  /** Where in the source the failure was noticed, when a line is known. */
  readonly position?: Position

  /**
   * Creates a source error.
   * @param code stable code to branch on
   * @param message English sentence naming the file or host; must not contain secrets
   * @param position file and line where the failure was noticed, when known
   */
  constructor(code: SourceErrorCode, message: string, position?: Position) {
    super(message)
    this.code = code
    if (position) this.position = position
  }
}
