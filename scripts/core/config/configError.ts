/** Why a configuration was refused: a stable code to branch on. */
export type ConfigErrorCode =
  /** A value that is not what the option takes. */
  | 'INVALID_OPTION'
  /** An option that must be given was not. */
  | 'MISSING_OPTION'
  /** Two options that do not go together. */
  | 'CONFLICTING_OPTIONS'
  /** An option the command, integration or function does not take. */
  | 'UNKNOWN_OPTION'

/**
 * A configuration that cannot be resolved (scripts/core/config/resolveConfig.ts): its message names
 * the option as the caller gave it (`--now` on the command line, `now` in code) and what it expects.
 * The CLI reports it as a usage error, the library throws it as it is.
 */
export class ConfigError extends TypeError {
  override readonly name = 'ConfigError'
  readonly code: ConfigErrorCode
  /** The option at fault (the first of two that conflict). */
  readonly option: string

  /**
   * Creates a configuration error.
   * @param code stable code
   * @param option the option's name in the declaration
   * @param message "Unexpected …, expected …"
   */
  constructor(code: ConfigErrorCode, option: string, message: string) {
    super(message)
    this.code = code
    this.option = option
  }
}
