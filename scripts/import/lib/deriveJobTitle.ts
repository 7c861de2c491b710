import type { Language } from '../../core/constants.ts'
import { articleForm } from './title/articleForm.ts'
import { removeTitleNoise } from './title/removeTitleNoise.ts'
import { stripQuestionFrame } from './title/stripQuestionFrame.ts'
import { isFramingPart, stripFramingWords } from './title/stripFramingWords.ts'
import { titleSegments } from './title/titleSegments.ts'

/**
 * Derives the job title from an article's `#` heading by taking off what the heading adds for
 * readers and search engines: notes in brackets, years and places, the question or phrase around
 * it ("Wat doet een …?", "How much does a … make", "… worden"), and parts and words about salary,
 * vacancies or the page itself ("| Beroepsbeeld, salaris en opleiding", ": Occupational Outlook
 * Handbook", "Salarisgids 2025:"). The title is then written as the article writes it (singular,
 * in its case) when the text is given: "Pharmacy Technicians : Occupational Outlook Handbook" →
 * "Pharmacy technician". A heading that is only a title is the title itself.
 * @param heading the article's title
 * @param text the article's text, for the singular and the case the article uses
 * @param language the article's language
 * @returns the job title with a capital first letter
 */
export function deriveJobTitle(heading: string, text = '', language: Language = 'nl'): string {
  const clean = removeTitleNoise(heading)
  let found = ''
  for (const part of titleSegments(clean)) {
    if (isFramingPart(part)) continue
    const unframed = stripQuestionFrame(part)
    const title = stripFramingWords(unframed)
    if (title === '') continue
    // A framing word that belongs to the title ("Salary administrator", "Career coach") stays when the text uses the longer name.
    found = unframed !== title && text.toLowerCase().includes(unframed.toLowerCase()) ? unframed : title
    break
  }
  if (found === '') found = clean.replace(/\?$/u, '').trim() || heading.trim()
  return articleForm(found, text, language)
}
