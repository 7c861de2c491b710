/** The longest text a message shows whole, in UTF-16 code units. */
const shownLength = 80

/**
 * Shows a text inside a message: whole when short, else its start with "…" and its length,
 * so a 1 MB heading or question never ends up in a report. The one place messages cut values.
 * @param value the text to show (any other value is shown as its JSON, bare)
 * @param options `quotes: false` for texts that messages show bare (a level name)
 * @returns `"text"`, or `"start…" (1,048,576 characters)`
 */
export function quoteText(value: unknown, options: { quotes?: boolean } = {}): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const quotes = typeof value === 'string' && options.quotes !== false
  const quote = (s: string) => (quotes ? JSON.stringify(s) : s)
  if (text.length <= shownLength) return quote(text)
  // Do not cut between the two halves of a surrogate pair.
  let end = shownLength - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${quote(`${text.slice(0, end)}…`)} (${text.length.toLocaleString('en')} characters)`
}
