/**
 * Text a reader cannot see, declared once: the model counts a text of such characters only as
 * empty (a blank title), and cleanText removes those of them that carry nothing.
 *
 * Invisible: white space, controls (Cc) and format characters (Cf), by Unicode category, so a
 * character Unicode adds to either category is covered without a change here.
 *
 * Of the controls and format characters, these carry meaning and are kept:
 * - TAB and LF: text may be laid out (CR and CRLF become LF before; cleanText says why).
 * - Soft hyphen U+00AD: a hyphenation hint in long Dutch compounds.
 * - ZWNJ and ZWJ (U+200C, U+200D): ZWJ builds emoji sequences (👩‍💻); both select letter forms in
 *   scripts such as Persian and Hindi.
 * - Prepended concatenation marks (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2,
 *   U+110BD, U+110CD): shown, spanning the digits after them.
 * - Tags U+E0020–U+E007F: they spell the subdivision flags (🏴 England, Scotland, Wales).
 * - The format controls of Egyptian hieroglyphs, shorthand and musical notation (U+13430–U+1343F,
 *   U+1BCA0–U+1BCA3, U+1D173–U+1D17A): they lay out the signs around them.
 *
 * Every other control and format character is removed, among them:
 * - C0 controls but TAB and LF, DEL, C1 controls: no meaning in prose; some (NUL, ESC, the C1 range
 *   from mis-decoded Windows-1252) break consumers or show as boxes.
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a
 *   reader sees without changing what is stored ("Trojan Source", CVE-2021-42574), so a title could
 *   display otherwise than what was checked.
 * - Bidi marks LRM, RLM, ALM (U+200E, U+200F, U+061C): jobld content is Dutch, where they only arrive
 *   as copy-paste residue that makes equal-looking titles compare unequal; the bidi algorithm still
 *   lays out right-to-left words without them.
 * - Zero-width space U+200B, word joiner U+2060, BOM U+FEFF, Mongolian vowel separator U+180E (once
 *   white space), invisible operators U+2061–U+2064, deprecated formatting U+206A–U+206F, annotation
 *   anchors U+FFF9–U+FFFB, the language tag U+E0001: invisible, no content, they split words for
 *   search engines.
 */

/** Controls and format characters: the invisible characters that are not only white space. */
const CONTROL_OR_FORMAT = String.raw`\p{Cc}\p{Cf}`

/** The controls and format characters that carry meaning (see above). */
const MEANINGFUL = String.raw`\t\n\u00AD\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}\u{E0020}-\u{E007F}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}`

/** What a reader sees and what carries nothing, both from the one declaration of invisible text. */
export const invisibleText = {
  /** One character a reader can see: not white space, not a control, not a format character. */
  visible: new RegExp(`[^\\p{White_Space}${CONTROL_OR_FORMAT}]`, 'u'),
  /** Every control and format character that carries nothing (global: for `replace`). */
  noise: new RegExp(`(?![${MEANINGFUL}])[${CONTROL_OR_FORMAT}]`, 'gu'),
} as const
