import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../scripts/core/html/cleanText.ts'
import { field } from '../scripts/core/model/declare/field.ts'

describe('cleanText', () => {
  it('composes decomposed characters to NFC', () => {
    expect(cleanText('cafe\u0301 ideee\u0308n')).toBe('caf\u00e9 idee\u00ebn')
  })

  it('removes C0, DEL and C1 controls but keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th\ni')).toBe('abcdefg\th\ni')
  })

  it('turns CRLF and lone CR into LF instead of joining lines', () => {
    expect(cleanText('een\r\ntwee\rdrie')).toBe('een\ntwee\ndrie')
  })

  it('removes bidi embeddings, overrides and isolates such as RLO', () => {
    expect(cleanText('Klant\u202Etxt.exe\u202C \u2066x\u2069 \u202Ay\u202B\u202D')).toBe('Klanttxt.exe x y')
  })

  it('removes the LRM, RLM and ALM bidi marks', () => {
    expect(cleanText('\u200EMedewerker\u200F\u061C')).toBe('Medewerker')
  })

  it('removes zero-width space, word joiner and BOM', () => {
    expect(cleanText('\uFEFFklanten\u200Bservice\u2060medewerker')).toBe('klantenservicemedewerker')
  })

  it('keeps ZWJ emoji sequences and ZWNJ', () => {
    expect(cleanText('\u{1F469}\u200D\u{1F4BB} \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645')).toBe(
      '\u{1F469}\u200D\u{1F4BB} \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
    )
  })

  it('keeps soft hyphens and the U+2028 and U+2029 separators', () => {
    expect(cleanText('arbeids\u00ADvoorwaarden\u2028regel\u2029alinea')).toBe('arbeids\u00ADvoorwaarden\u2028regel\u2029alinea')
  })

  it('trims the ends without collapsing inner whitespace', () => {
    expect(cleanText(' \n\t a  b \u00A0')).toBe('a  b')
  })

  it('keeps leading and trailing whitespace with trim false', () => {
    expect(cleanText(' a\u200B ', { trim: false })).toBe(' a ')
  })

  it('trims whitespace that only becomes the end after removal', () => {
    expect(cleanText('\u200B a \u202E')).toBe('a')
  })

  it('composes a combining mark with its base once a zero-width space between them is gone', () => {
    expect(cleanText('e\u200B\u0301')).toBe('\u00e9')
  })

  it('replaces unpaired surrogates with U+FFFD without pairing the halves across a removed character', () => {
    expect(cleanText('a\uD800b\uDC00c\uD83D\u200B\uDE00')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFD')
  })

  it('is idempotent and leaves none of the removed characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = cleanText(text)
        expect(cleanText(once)).toBe(once)
        expect(once).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/)
        expect(once.isWellFormed()).toBe(true)
      }),
    )
  })
})

describe('invisible text, as the model and cleanText see it', () => {
  /** A title as the model declares one: required and not blank. */
  const title = field.string({ required: true, nonEmpty: true, nl: { title: 'Titel' }, en: { title: 'Title' } }).schema
  const blank = (char: string) => !title.safeParse(char).success
  const removed = (char: string) => cleanText(`a${char}b`) === 'ab'
  const hex = (char: string) => (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  const everyChar = function* () {
    for (let code = 0; code <= 0x10ffff; code += 1) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code)
  }

  it.each([
    { name: 'U+200B zero-width space', char: '\u200B', gone: true },
    { name: 'U+2060 word joiner', char: '\u2060', gone: true },
    { name: 'U+FEFF byte order mark', char: '\uFEFF', gone: true },
    { name: 'U+180E Mongolian vowel separator', char: '\u180E', gone: true },
    { name: 'U+00AD soft hyphen', char: '\u00AD', gone: false },
  ])('$name alone is a blank title; cleanText removes it: $gone', ({ char, gone }) => {
    expect(blank(char)).toBe(true)
    expect(blank(`${char}${char} ${char}`)).toBe(true)
    expect(removed(char)).toBe(gone)
  })

  it('removes only characters the model counts as invisible, and keeps of those only white space and the ones that carry meaning', () => {
    const removedVisible: string[] = []
    const keptInvisible: string[] = []
    for (const char of everyChar()) {
      const isBlank = blank(char)
      if (removed(char)) {
        if (!isBlank) removedVisible.push(hex(char))
      } else if (isBlank && !/\p{White_Space}/u.test(char)) keptInvisible.push(hex(char))
    }
    expect(removedVisible).toEqual([])
    const ranges: string[] = []
    keptInvisible.forEach((code, i) => {
      if (i > 0 && parseInt(code, 16) === parseInt(keptInvisible[i - 1] ?? '', 16) + 1) ranges[ranges.length - 1] = `${ranges.at(-1)?.split('-')[0]}-${code}`
      else ranges.push(code)
    })
    // Soft hyphen, prepended concatenation marks, ZWNJ and ZWJ, hieroglyph, shorthand and music format controls, tags.
    expect(ranges).toEqual(['00AD', '0600-0605', '06DD', '070F', '0890-0891', '08E2', '200C-200D', '110BD', '110CD', '13430-1343F', '1BCA0-1BCA3', '1D173-1D17A', 'E0020-E007F'])
  }, 60_000)
})
