import type { Language } from '../../../core/constants.ts'

const articles = { nl: '(?:een|de|elke|iedere|als)', en: '(?:a|an|the|one|every|each|as)' } as const satisfies Record<Language, string>
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
// Plurals of words for a person who does something: "-ians", "-ers", "-ists"; "-eurs", "-isten".
const agentPlural = { en: /(?:ian|er|ist|or|ant|ent|eer)s$/iu, nl: /(?:er|eur|ier)s$|(?:ist|ant|ent)en$/iu } as const satisfies Record<Language, RegExp>
// Shorter than this, two words that start alike need not be the same word ("kok", "koken").
const minSharedPrefix = 5

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
    swap(/(?<=[^e])en$/u, '')
    swap(/(?<=[^s])s$/u, '')
  }
  return out
}

/** The words the text puts after an article ("een timmerman", "an electrician"), lower case. */
function wordsAfterArticles(text: string, language: Language): string[] {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${articles[language]}\\s+([\\p{L}][\\p{L}'’-]*)`, 'giu'))].map((m) => (m[1] ?? '').toLowerCase())
}

/**
 * An irregular singular the text uses for a heading's last word: a word after an article that starts
 * the same for at least five letters and most of its length ("timmerlieden" → "timmerman").
 */
function irregularSingular(title: string, text: string, language: Language): string | undefined {
  const words = title.split(' ')
  const last = (words.at(-1) ?? '').toLowerCase()
  const shared = (a: string, b: string) => {
    let n = 0
    while (n < a.length && n < b.length && a[n] === b[n]) n++
    return n
  }
  const match = wordsAfterArticles(text, language).find((w) => w !== last && w.length < last.length && shared(w, last) >= Math.max(minSharedPrefix, Math.ceil(0.6 * w.length)))
  return match ? [...words.slice(0, -1), match].join(' ') : undefined
}

/**
 * Whether the article's text names a title, in the heading's form or as its singular.
 * @param text the article's text
 * @param title the title from the heading
 * @param language the article's language
 * @returns true when the text uses it
 */
export function mentions(text: string, title: string, language: Language): boolean {
  const lower = text.toLowerCase()
  return [title, ...singulars(title, language)].some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(lower)) || irregularSingular(title, text, language) !== undefined
}

/**
 * Takes the job title in the form the article itself writes it: singular when the heading has the
 * plural ("Electricians" when the text says "an electrician", "Timmerlieden" when it says "een
 * timmerman"), and in the text's case when the heading capitalises every word ("Forklift Operator"
 * → "forklift operator"). A form the text does not use is left as it is.
 * @param title the title from the heading
 * @param text the article's text (summary, body and headings)
 * @param language the article's language
 * @returns the title as the article writes it, with a capital first letter
 */
export function articleForm(title: string, text: string, language: Language): string {
  const titleCase = (s: string) => s.split(' ').length > 1 && s.split(' ').every((w) => /^\p{Lu}/u.test(w))
  let chosen = title
  const forms: Array<[string, boolean]> = [...singulars(title, language).map((form): [string, boolean] => [form, true]), [title, false]]
  let found: string[] = []
  let foundSingular = false
  for (const [form, singular] of forms) {
    // A one-word singular counts only after an article ("an electrician", "een lasser"), so "Sales" does not become "sale".
    const lead = singular && !form.includes(' ') ? `(?<=\\b${articles[language]}\\s+)` : '(?<![\\p{L}\\p{N}])'
    found = [...text.matchAll(new RegExp(`${lead}${escape(form)}(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => m[0])
    foundSingular = singular
    if (found.length > 0) break
  }
  if (found.length > 0) {
    // The text's own spelling: a use not written as Title Case (so not in a heading), else the first.
    chosen = found.find((s) => !titleCase(s)) ?? found[0] ?? title
    // A plural of a word for a person who does something ("Electricians", "Lassers") is a job's plural, never a name of its own.
    if (!foundSingular && agentPlural[language].test(chosen)) chosen = singulars(chosen, language)[0] ?? chosen
  } else {
    // The text has only the plural ("Retail assistants serve …"): the title in the text's case.
    const plural = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(title)}(?=(?:s|es|en|n)(?![\\p{L}\\p{N}]))`, 'giu'))].map((m) => m[0])
    chosen = irregularSingular(title, text, language) ?? plural.find((s) => !titleCase(s)) ?? title
  }
  return chosen.charAt(0).toUpperCase() + chosen.slice(1)
}
