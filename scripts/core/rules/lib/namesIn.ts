/** A letter or digit: a name found next to one is part of a longer word, not the name. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * The visible text of HTML that jobld rendered itself (portableTextToHtml: tags, and text escaped
 * as &amp; &lt; &gt;; attributes as &quot;). Written by hand: the HTML is jobld's own, so
 * removing its tags and undoing its four escapes is all it takes.
 */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

/**
 * The names a text mentions: each name found in any case, as a whole word (not inside a longer
 * one), spaces counted as one.
 * @param value the text, or HTML when `html`
 * @param names the names to look for
 * @param html whether the text is HTML jobld rendered (its tags and escapes are not text)
 * @returns the names found, as given, in the order given
 */
export function namesIn(value: string, names: readonly string[], html = false): string[] {
  const haystack = (html ? visibleText(value) : value).replace(/\s+/gu, ' ').toLowerCase()
  return names.filter((name) => {
    const needle = name.replace(/\s+/gu, ' ').trim().toLowerCase()
    if (needle === '') return false
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1] ?? ''
      const after = haystack[at + needle.length] ?? ''
      if (!wordCharacter.test(before) && !wordCharacter.test(after)) return true
    }
    return false
  })
}
