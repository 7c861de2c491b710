/**
 * Serialisation of JSON-LD for the `.jsonld` files and for the `<script>` snippet beside them.
 *
 * Written by hand rather than with a library (serialize-javascript, htmlescape, …): it is one
 * `JSON.stringify` and one replace, and those libraries either emit JavaScript rather than JSON or
 * bring options for functions and regular expressions that JSON-LD never contains.
 */

/**
 * Serialises a value as the body of a `.jsonld` file: 2-space indented JSON with a trailing newline.
 * Keys keep the order in which the object was built (JavaScript puts integer-like keys first, which
 * JSON-LD terms never are), so the builder decides the order and output stays stable between runs.
 *
 * @param value - a JSON-compatible value, usually `{"@context": …, "@graph": […]}`
 * @returns the file text
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value, null, 2)
  // JSON.stringify returns undefined (despite its type) for undefined, functions and symbols.
  if (typeof json !== 'string') {
    throw new TypeError(`Unexpected ${typeof value} value, expected a JSON value`)
  }
  return `${json}\n`
}

/**
 * The characters escaped inside the script element. In JSON text they can only occur inside strings
 * (the structure is made of `{}[]:,"`, digits, letters and whitespace), where `\uXXXX` stands for the
 * same character, so `JSON.parse` of the escaped text still gives exactly the value:
 * - `<`: a script element ends at the first `</script` whatever its type, and `<!--` switches the HTML
 *   tokenizer into an escaped state where a later `<script` stops `</script>` from closing the element.
 * - `>`: with `<` alone covered, `-->` still closes a comment that a page template opened around the
 *   snippet, and `]]>` ends a CDATA section when the page is served as XHTML.
 * - `&`: in XHTML, or in a CMS or template that entity-decodes the snippet, `&amp;` in a URL would turn
 *   into `&` and `&lt;` into `<`; escaped, `&` never reaches an HTML or XML parser.
 * - U+2028, U+2029: JavaScript before ES2019 ends a string literal at them, so a consumer that reads
 *   the body as JavaScript (or an inline script copying it) would fail; escaping costs nothing.
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g

function toUnicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * Wraps a value in `<script type="application/ld+json">` so that no string content can end the element.
 *
 * @param value - a JSON-compatible value
 * @returns the `.html` snippet, ending in a newline
 */
export function jsonLdScriptTag(value: unknown): string {
  return scriptTagFromJson(serializeJsonLd(value))
}

/**
 * The same snippet from JSON text already serialised by serializeJsonLd, so that a page is
 * stringified once for both of its files.
 *
 * @param json - the `.jsonld` file text
 * @returns the `.html` snippet, ending in a newline
 */
export function scriptTagFromJson(json: string): string {
  return `<script type="application/ld+json">\n${json.replace(SCRIPT_UNSAFE, toUnicodeEscape)}</script>\n`
}
