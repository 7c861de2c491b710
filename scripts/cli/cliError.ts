/** Why a command stopped, as a stable code to branch on (never the message's text). */
export type CliErrorCode =
  /** Bad arguments, options or environment; the message says which and what was expected. */
  | 'USAGE'
  /** A file or folder the command was pointed at does not exist. */
  | 'ENOENT'
  /** The output path is not jobld's to write (scripts/export/io/checkOutputPath.ts), or changed while being written. */
  | 'OUTPUT'
  /** Writing failed part way; the message says what was left as it was. */
  | 'WRITE'
  /** Another run holds the output or the notification state. */
  | 'BUSY'
  /** A file jobld reads back (a manifest, the notification state) is missing or damaged. */
  | 'IO'
  /** Output would have held the API token; nothing was written. */
  | 'SECRET'
  /** A file a developer tool reads (a fixture) is not what it should be. */
  | 'INPUT'

/**
 * An expected failure of a command (bad arguments, unreadable input): the entry point prints its
 * message without a stack and exits with its exit code. An error it wraps stays its `cause`.
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  /** Stable code from a closed list. */
  readonly code: CliErrorCode
  /** 1 for content errors, 2 for usage and I/O errors. */
  readonly exitCode: 1 | 2

  /**
   * Creates a CLI error.
   * @param code stable code
   * @param message the sentence the user reads ("Unexpected X, expected Y"); never a secret
   * @param options the exit code (default 2) and the error this one reports, if any
   */
  constructor(code: CliErrorCode, message: string, options: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.exitCode = options.exitCode ?? 2
  }
}
