import type { Language } from '../../../core/constants.ts'

const articles = { nl: '(?:een|de|elke|iedere|als)', en: '(?:a|an|the|one|every|each|as)' } as const satisfies Record<Language, string>
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** The singular forms a plural job title may have: "Pharmacy Technicians" → "Pharmacy Technician", "Lassers" → "Lasser". */
function singulars(title: string, language: Language): string[] {
  const out: string[] = []
  const swap = (from: RegExp, to: string) => {
    if (from.test(title)) out.push(title.replace(from, to))
  }
  if (language === 'en') {
    swap(/ies$/u, 'y')
    swap(/men$/u, 'man')
    swap(/(?<=[^s])s$/u, '')
  } else {
    swap(/(?<=e)n$/u, '')
    swap(/(?<=[^s])s$/u, '')
  }
  return out
}

/**
 * Takes the job title in the form the article itself writes it: singular when the heading has the
 * plural ("Electricians" when the text says "an electrician"), and in the text's case when the
 * heading capitalises every word ("Forklift Operator" → "forklift operator"). A form the text
 * does not use is left as it is.
 * @param title the title from the heading
 * @param text the article's text (summary, body and headings)
 * @param language the article's language
 * @returns the title as the article writes it, with a capital first letter
 */
export function articleForm(title: string, text: string, language: Language): string {
  let chosen = title
  const forms: Array<[string, boolean]> = [...singulars(title, language).map((form): [string, boolean] => [form, true]), [title, false]]
  for (const [form, singular] of forms) {
    // A singular counts only after an article ("an electrician", "een lasser"), so "Sales" does not become "sale".
    const lead = singular ? `(?<=\\b${articles[language]}\\s+)` : '(?<![\\p{L}\\p{N}])'
    const found = [...text.matchAll(new RegExp(`${lead}${escape(form)}(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => m[0])
    if (found.length === 0) continue
    // The text's own spelling: a use not written as Title Case (so not in a heading), else the first.
    const titleCase = (s: string) => s.split(' ').length > 1 && s.split(' ').every((w) => /^\p{Lu}/u.test(w))
    chosen = found.find((s) => !titleCase(s)) ?? found[0] ?? form
    break
  }
  return chosen.charAt(0).toUpperCase() + chosen.slice(1)
}
