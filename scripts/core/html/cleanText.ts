import { invisibleText } from '../invisibleText.ts'

/**
 * Text hygiene for everything jobld writes into JSON-LD: titles, descriptions, FAQ text, table cells.
 *
 * - Unpaired UTF-16 surrogates become U+FFFD: they cannot be encoded as UTF-8, so writing the file would
 *   replace them anyway; doing it here makes that visible in tests and keeps output identical everywhere.
 * - CR and CRLF become LF: a lone CR is a line break from old editors or Word pastes, and removing it
 *   like the other controls would glue two lines together.
 * - Controls and format characters that carry nothing are removed: which they are, and which invisible
 *   characters are kept (ZWNJ, ZWJ, soft hyphen, …), is declared once in core/invisibleText.ts, where
 *   the model's test for a blank title comes from too.
 * - White space is kept (U+2028 and U+2029 too: real separators; the script-tag serialiser escapes them).
 *   Runs of spaces are not collapsed (HTML rendering collapses them anyway, and plain-text consumers
 *   may rely on them); only the ends are trimmed when asked.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CARRIAGE_RETURN = /\r\n?/g

/** Options for {@link cleanText}. */
export type CleanTextOptions = {
  /** Trim whitespace at both ends (default `true`); pass `false` for fragments such as Portable Text spans. */
  trim?: boolean
}

/**
 * Normalises a text to NFC and removes control, bidi-control and zero-width characters, trimming its ends.
 *
 * @param text - any text from content
 * @param options - `trim: false` keeps leading and trailing whitespace
 * @returns the cleaned text
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  // Surrogates first, so that removing a character between two halves cannot pair them up.
  // Removal before NFC, so that a combining mark behind a removed character can still compose.
  const cleaned = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CARRIAGE_RETURN, '\n')
    .replace(invisibleText.noise, '')
    .normalize('NFC')
  return options.trim === false ? cleaned : cleaned.trim()
}
