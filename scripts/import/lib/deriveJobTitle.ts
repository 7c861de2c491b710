import type { Language } from '../../core/constants.ts'
import { articleForm, mentions } from './title/articleForm.ts'
import { removeCodes } from './title/removeCodes.ts'
import { removeTitleNoise } from './title/removeTitleNoise.ts'
import { stripQuestionFrame } from './title/stripQuestionFrame.ts'
import { isFramingPart, stripFramingWords } from './title/stripFramingWords.ts'
import { titleSegments } from './title/titleSegments.ts'

/**
 * Derives the job title from an article's `#` heading by taking off what the heading adds for
 * readers and search engines, rule by rule:
 * 1. notes in brackets, years and places (removeTitleNoise), and occupation codes ("ISCO 7212",
 *    "7212 Lasser", "SOC 29-2052": removeCodes);
 * 2. the heading's parts (split at "|", " – ", ": ", "?") that are only about the page ("Beroepsbeeld,
 *    salaris en opleiding", ": Occupational Outlook Handbook", "Salarischeck:");
 * 3. the question or phrase around the job ("Wat verdient een …?", "How much do … make", "… worden");
 * 4. page-type words before or after it ("Salaristabel …", "… pay table", "… salary guide");
 * 5. of the parts left, the one the article's text talks about, so a product's or publisher's name
 *    before a colon ("Loonwijzer: lasser") gives way to the job;
 * 6. the form the article writes it in: singular when the heading has the plural (also irregular
 *    ones: "Timmerlieden" → "timmerman"), in the text's case.
 * A heading that is only a title is the title itself.
 * @param heading the article's title
 * @param text the article's text, for the part it talks about, the singular and the case it uses
 * @param language the article's language
 * @returns the job title with a capital first letter
 */
export function deriveJobTitle(heading: string, text = '', language: Language = 'nl'): string {
  const clean = removeCodes(removeTitleNoise(heading))
  const candidates: string[] = []
  for (const part of titleSegments(clean)) {
    if (isFramingPart(part)) continue
    const unframed = stripQuestionFrame(part)
    const title = stripFramingWords(unframed)
    if (title === '') continue
    // A framing word that belongs to the title ("Salary administrator", "Career coach") stays when the text uses the longer name.
    candidates.push(unframed !== title && text.toLowerCase().includes(unframed.toLowerCase()) ? unframed : title)
  }
  const found = candidates.find((candidate) => mentions(text, candidate, language)) ?? candidates[0] ?? (clean.replace(/\?$/u, '').trim() || heading.trim())
  return articleForm(found, text, language)
}
