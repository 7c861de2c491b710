/**
 * An expected failure of a command (bad arguments, unreadable input): the entry point prints
 * its message without a stack and exits with its exit code.
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  /** Stable code, e.g. `USAGE`, `CONTENT`. */
  readonly code: string
  /** 1 for content errors, 2 for usage and I/O errors. */
  readonly exitCode: 1 | 2
  constructor(code: string, message: string, exitCode: 1 | 2 = 2) {
    super(message)
    this.code = code
    this.exitCode = exitCode
  }
}
