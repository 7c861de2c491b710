import type { Language } from '../../../core/constants.ts'

/** A word or phrase that names a salary level, found in a text. */
export interface LevelTerm {
  /** The level's name as a tier would carry it ("Senior", "Ervaren"). */
  name: string
  /** Named stages (junior, senior, entry-level) say more than a phrase about years of experience. */
  strength: 'named' | 'experience'
  index: number
  length: number
}

const names = (nl: string, en: string) => ({ nl, en })

/**
 * Words that name a career stage, Dutch and English together (articles borrow across the two),
 * each with the level name a tier gets when running text uses it ("a beginner earns …").
 */
const namedStages: ReadonlyArray<[RegExp, { nl: string; en: string }]> = [
  [/\bentry[-\s]level\b/iu, names('Entry-level', 'Entry-level')],
  [/\bearly[-\s]career\b/iu, names('Early career', 'Early career')],
  [/\bmid[-\s]career\b/iu, names('Mid-career', 'Mid-career')],
  [/\blate[-\s]career\b/iu, names('Late career', 'Late career')],
  [/\bmid[-\s]level\b/iu, names('Mid-level', 'Mid-level')],
  [/\bjunior(?:en|s)?\b/iu, names('Junior', 'Junior')],
  [/\bmedior(?:en|s)?\b/iu, names('Medior', 'Medior')],
  [/\bintermediates?\b/iu, names('Medior', 'Intermediate')],
  [/\bsenior(?:en|s)?\b/iu, names('Senior', 'Senior')],
  [/\bstarters?\b|\bstartend(?:e|en)?\b/iu, names('Starter', 'Starter')],
  [/\binstap(?:pers?|niveau)?\b|\binstromers?\b/iu, names('Instapper', 'Entry-level')],
  [/\bbeginners?\b/iu, names('Beginner', 'Beginner')],
  [/\bbeginnend(?:e|en)?\b/iu, names('Beginnend', 'Beginner')],
  [/\b(?:pas\s+)?afgestudeerd(?:e|en)?\b/iu, names('Afgestudeerd', 'Graduate')],
  [/\bgraduates?\b/iu, names('Afgestudeerd', 'Graduate')],
  [/\btrainees?\b/iu, names('Trainee', 'Trainee')],
  [/\bapprentices?\b/iu, names('Leerling', 'Apprentice')],
  [/\bleerling(?:en)?\b|\bleerling-/iu, names('Leerling', 'Apprentice')],
  [/\bervaren\b/iu, names('Ervaren', 'Experienced')],
  [/\bexperienced\b/iu, names('Ervaren', 'Experienced')],
  [/\bgevorderd(?:e|en)?\b|\badvanced\b/iu, names('Gevorderd', 'Advanced')],
  [/\ballround\b/iu, names('Allround', 'Allround')],
  [/\bgediplomeerd(?:e|en)?\b|\bqualified\b/iu, names('Gediplomeerd', 'Qualified')],
  [/\bexperts?\b/iu, names('Expert', 'Expert')],
  [/\bspecialist(?:en|s)?\b/iu, names('Specialist', 'Specialist')],
  [/\bteam\s?lead(?:er)?s?\b|\bteamleiders?\b/iu, names('Teamleider', 'Team leader')],
  [/\bleads?\b/iu, names('Lead', 'Lead')],
  [/\bsupervisors?\b/iu, names('Supervisor', 'Supervisor')],
  // Also inside compounds: salonmanager, storemanager.
  [/manager/iu, names('Manager', 'Manager')],
  [/\bhoofd\b|\bhead\s+(?!office|quarters?)\p{L}/iu, names('Hoofd', 'Head')],
  [/\bvoorm(?:an|annen)\b|\bforem(?:an|en)\b/iu, names('Voorman', 'Foreman')],
  [/\bprincipal\b/iu, names('Principal', 'Principal')],
]

const count = '(?:\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een\\s+paar|paar|meerdere|a\\s+few|few|several|one|two|three|four|five|six|seven|eight|nine|ten)'
/** "met vijf jaar ervaring", "3-5 years of experience", "na een paar jaar ervaring", "with experience". */
const experiencePhrases: ReadonlyArray<RegExp> = [
  new RegExp(`\\b${count}(?:\\s*(?:[-–]|tot|to|or|of)\\s*${count})?\\s*\\+?\\s*(?:jaar|jaren|years?|yrs?)['’]?\\s+(?:of\\s+)?(?:werk)?(?:ervaring|experience)\\b`, 'iu'),
  /\b(?:met|with|na|after)\s+(?:(?:wat|some|more|meer|veel|much|a\s+lot\s+of|enige|flink\s+wat)\s+)?(?:werk)?(?:ervaring|experience)\b/iu,
]
const experienceName = names('Ervaren', 'Experienced')

/**
 * Finds the level a piece of running text names: a career stage ("senior", "entry-level",
 * "beginnend") before a phrase about years of experience, and the first of equals.
 * @param text a clause about one amount
 * @param language the article's language, for the level's name
 * @returns the level, or undefined when the text names none
 */
export function findLevelTerm(text: string, language: Language): LevelTerm | undefined {
  let best: LevelTerm | undefined
  for (const [pattern, name] of namedStages) {
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.index)) best = { name: name[language], strength: 'named', index: match.index, length: match[0].length }
  }
  if (best) return best
  for (const pattern of experiencePhrases) {
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.index)) best = { name: experienceName[language], strength: 'experience', index: match.index, length: match[0].length }
  }
  return best
}

// A label that is itself a step on a ladder: "0–2 jaar", "5+ years", "Na 6 maanden", "Startloon", "Schaal 8", "Level 2".
const ladderLabels: ReadonlyArray<RegExp> = [
  new RegExp(
    `^(?:(?:na|after|vanaf|from|met|with|over|meer\\s+dan|more\\s+than)\\s+)?(?:${count}\\s*(?:[-–]|tot|to|or|of)\\s*)?${count}\\s*\\+?\\s*(?:jaar|jaren|jr|years?|yrs?|maanden|months?)\\b`,
    'iu',
  ),
  /^(?:start|begin|aanvangs|entry|starting)\w*/iu,
  // A place on a pay band: "Top of band", "Bottom of the scale", "Maximum van de schaal".
  /^(?:top|bottom|mid(?:-?point)?|middle|start|end|maximum|minimum|begin|einde?|top)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?(?:band|scale|schaal|range|grade|pay\s+band|salarisschaal)\b/iu,
  /^(?:schaal|salarisschaal|loonschaal|groep|functiegroep|loongroep|trede|band|pay\s+band|grade|level|niveau|step|stap|klasse|scale)\s*[\p{N}\p{Lu}]/iu,
]

/**
 * Whether a label (a table row, a list item's lead, a bold line, a heading) names a salary level:
 * a career stage, a phrase about experience, or a step on a ladder.
 * @param label the label's text
 * @returns true when it reads as a level
 */
export function isLevelLabel(label: string): boolean {
  const text = label.trim()
  return findLevelTerm(text, 'en') !== undefined || ladderLabels.some((pattern) => pattern.test(text))
}

const levelHeaders = /\b(?:niveau|niveaus|level|levels|ervaring|experience|seniority|senioriteit|career\s+stage|loopbaanfase|fase|stage|functiegroep|loongroep|groep|schaal|salarisschaal|scale|grade|band|trede|step|jaren|years|functieniveau)\b/iu

/**
 * Whether a column header says its column holds salary levels ("Niveau", "Ervaring", "Functiegroep").
 * @param header the header cell's text
 * @returns true when it does
 */
export function isLevelHeader(header: string): boolean {
  return levelHeaders.test(header)
}
