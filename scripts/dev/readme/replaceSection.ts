/**
 * Puts generated text between two marker comments of a Markdown file, such as
 * `<!-- content rules -->` and `<!-- /content rules -->`.
 * @param markdown the file's text
 * @param name the markers' name
 * @param text the text to put between them
 * @returns the file's text with the section replaced
 * @throws Error when the markers are missing
 */
export function replaceSection(markdown: string, name: string, text: string): string {
  const open = `<!-- ${name} -->\n`
  const close = `<!-- /${name} -->`
  const start = markdown.indexOf(open)
  const end = markdown.indexOf(close, start)
  if (start < 0 || end < 0) throw new Error(`Unexpected README without ${open.trim()} … ${close}, expected both markers around the generated section`)
  return markdown.slice(0, start + open.length) + text + markdown.slice(end)
}
