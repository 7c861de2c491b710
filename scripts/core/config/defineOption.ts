import type { z } from 'zod'

/**
 * Who takes an option: a command of the CLI (`export`, `validate`, `notify`, `listen`, `expire`),
 * the library's `exportJsonLd`, the webhook handler (`jobld/webhook`), the Astro integration
 * (`jobld/astro`), or the Studio plugin (`jobld/studio`).
 */
export type OptionTaker = 'export' | 'validate' | 'notify' | 'listen' | 'expire' | 'exportJsonLd' | 'webhook' | 'astro' | 'studio'

/** The environment variables an option may be read from: jobld's own, and Sanity's project and dataset. */
export type OptionEnv = `JOBLD_${string}` | 'SANITY_PROJECT_ID' | 'SANITY_DATASET'

/** What resolving an option may ask of resolveConfig. */
export interface OptionContext {
  /**
   * Refuses the value: "Unexpected <option> <value>[: <reason>], expected <expected>".
   * @param reason why this value is not what the option takes, when that is not plain from the value
   * @param expected what it takes, when other than the option's own `expected`
   */
  fail(reason?: string, expected?: string): never
  /** Refuses the value with a message of the check's own, which names what is wrong in it ("Unexpected --types entry …"). */
  refuse(message: string): never
  /** Refuses the absence of a value that has no default: "Unexpected missing <option>, expected <expected>". */
  missing(): never
  /** The clock of this run: the time the configuration is resolved, as the caller gives it. */
  now: Date | undefined
}

/** One option: everything about it, in one place. */
export interface OptionDefinition<
  Schema extends z.ZodType = z.ZodType,
  Value = unknown,
  Takers extends readonly OptionTaker[] = readonly OptionTaker[],
  Env extends OptionEnv = OptionEnv,
> {
  /** The command-line flag without its `--` (`base-url`), also the name the messages of the CLI use. */
  flag: string
  /** The environment variable that gives the option when neither the flag nor the code does. */
  env?: Env | undefined
  /** What the option takes, as its messages say after "expected" (`a date like 2026-11-26`). */
  expected: string
  /** One line for `--help` and the option's JSDoc. */
  description: string
  /** The description where one command means something of its own by the option (notify's `--out` is the folder it reads). */
  help?: Partial<Record<OptionTaker, string>> | undefined
  /** The value when none is given (the command-line text of it, as `--help` shows). */
  default?: string | boolean | undefined
  /** What the option takes in code (the command line gives its text, which the schema also takes). */
  schema: Schema
  /** Who takes it. */
  takenBy: Takers
  /** How messages show a value given as text (default: as it is); a key is shown by its length only. */
  show?: ((text: string) => string) | undefined
  /**
   * The value the configuration holds: the given one checked and completed (the default applied).
   * @param value the given value, the environment's, or the default; undefined when there is none
   * @param context how to refuse it, and the clock
   * @returns the resolved value
   */
  resolve(value: z.output<Schema> | undefined, context: OptionContext): Value
}

/**
 * Declares an option, keeping the types of its schema and of its resolved value.
 * @param definition the option
 * @returns the same definition
 */
export function defineOption<Schema extends z.ZodType, Value, const Takers extends readonly OptionTaker[], const Env extends OptionEnv = never>(
  definition: OptionDefinition<Schema, Value, Takers, Env>,
): OptionDefinition<Schema, Value, Takers, Env> {
  return definition
}
