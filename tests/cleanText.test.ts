import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../scripts/core/html/cleanText.ts'

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
