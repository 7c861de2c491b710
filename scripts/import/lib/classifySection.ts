import type { Language } from '../../core/constants.ts'
import { sectionKeywords, type SectionKind } from './sectionKeywords.ts'

/** Lowercase, accents off, spaces single: headings compare by their words. */
function normalize(text: string): string {
  return ` ${text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s\u00a0]+/gu, ' ').trim()} `
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Tells what a section is about from its heading, by meaning: each kind has a set of word
 * beginnings in Dutch and English (the article's language first), so "Veelgestelde vragen",
 * "FAQ" and "Frequently asked questions" are all FAQ sections.
 * @param heading the heading's text
 * @param language the article's language, whose words are tried first
 * @returns the kind, or `other`
 */
export function classifySection(heading: string, language: Language): SectionKind {
  const text = normalize(heading)
  const other: Language = language === 'nl' ? 'en' : 'nl'
  for (const lang of [language, other]) {
    for (const entry of sectionKeywords) {
      for (const word of entry[lang]) {
        // A keyword matches at the start of a word; trailing spaces in a keyword ("waar ") demand a whole word.
        if (new RegExp(`[^\\p{L}\\p{N}]${escape(word)}`, 'u').test(text)) return entry.kind
      }
    }
  }
  return 'other'
}
