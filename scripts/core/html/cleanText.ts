/**
 * Text hygiene for everything jobld writes into JSON-LD: titles, descriptions, FAQ text, table cells.
 *
 * What is removed, and why:
 * - Unpaired UTF-16 surrogates become U+FFFD: they cannot be encoded as UTF-8, so writing the file would
 *   replace them anyway; doing it here makes that visible in tests and keeps output identical everywhere.
 * - CR and CRLF become LF: a lone CR is a line break from old editors or Word pastes, and removing it
 *   like the other controls would glue two lines together.
 * - C0 controls (U+0000–U+001F) except TAB and LF, DEL (U+007F) and C1 controls (U+0080–U+009F): they
 *   have no meaning in prose, are invisible, and some (NUL, ESC, the C1 range from mis-decoded
 *   Windows-1252) break consumers or show up as boxes. TAB and LF stay because text may be laid out.
 * - Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what a
 *   reader sees without changing what is stored ("Trojan Source", CVE-2021-42574), so a job title
 *   could display differently from what the validator checked.
 * - Bidi marks LRM, RLM (U+200E, U+200F) and ALM (U+061C): decided to remove too. They cannot reorder
 *   text on their own, but jobld content is Dutch, where they only arrive as invisible copy-paste
 *   residue that makes equal-looking titles and questions compare unequal; without them the Unicode
 *   bidi algorithm still lays out any right-to-left words sensibly.
 * - Zero-width space U+200B, word joiner U+2060 and BOM / zero-width no-break space U+FEFF: invisible,
 *   carry no content, and split words for search engines (a BOM mid-text is always a paste artefact).
 *
 * What is kept, and why:
 * - ZWNJ and ZWJ (U+200C, U+200D): they are part of the text, not formatting junk; ZWJ builds emoji
 *   sequences (👩‍💻) and both select letter forms in scripts such as Persian and Hindi.
 * - Soft hyphen U+00AD: a legitimate hyphenation hint in long Dutch compounds.
 * - U+2028 and U+2029: real line and paragraph separators; the script-tag serialiser escapes them.
 * - Inner whitespace: runs of spaces are not collapsed (HTML rendering collapses them anyway, and
 *   plain-text consumers may rely on them); only the ends are trimmed when asked.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CARRIAGE_RETURN = /\r\n?/g
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
const INVISIBLE_FORMAT = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g

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
    .replace(CONTROL, '')
    .replace(INVISIBLE_FORMAT, '')
    .normalize('NFC')
  return options.trim === false ? cleaned : cleaned.trim()
}
