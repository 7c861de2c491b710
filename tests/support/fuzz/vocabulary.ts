/**
 * The words the layout fuzzer writes articles with: jobs, levels, questions, headings and the
 * sentences around them, in Dutch and English. All wording is our own; the layouts they fill are
 * the ones found on public career, salary and collective-agreement pages.
 */
import type { Language } from '../../../scripts/core/constants.ts'

/** A job: its singular and plural (irregular ones included), and what it does, for the summary. */
export interface Job {
  singular: string
  plural: string
  does: string
  /** Other jobs that a table of several jobs lists beside it. */
  others: [string, string]
}

/** The jobs of each language; none contains a level word (manager, senior), a place or a period. */
export const jobs: Record<Language, Job[]> = {
  nl: [
    { singular: 'lasser', plural: 'lassers', does: 'verbindt metalen onderdelen met elkaar', others: ['Constructiewerker', 'Plaatwerker'] },
    { singular: 'verpleegkundige', plural: 'verpleegkundigen', does: 'zorgt voor patiënten in een ziekenhuis of thuis', others: ['Verzorgende', 'Doktersassistent'] },
    { singular: 'kok', plural: 'koks', does: 'bereidt gerechten in een restaurantkeuken', others: ['Afwasser', 'Bediening'] },
    { singular: 'monteur', plural: 'monteurs', does: 'installeert en repareert technische installaties', others: ['Elektricien', 'Loodgieter'] },
    { singular: 'docent', plural: 'docenten', does: 'geeft les aan leerlingen of studenten', others: ['Onderwijsassistent', 'Conciërge'] },
    { singular: 'schoonmaker', plural: 'schoonmakers', does: 'houdt kantoren en gebouwen schoon', others: ['Glazenwasser', 'Huishoudelijk medewerker'] },
    { singular: 'vrachtwagenchauffeur', plural: 'vrachtwagenchauffeurs', does: 'vervoert goederen over de weg', others: ['Bijrijder', 'Koerier'] },
    { singular: 'boekhouder', plural: 'boekhouders', does: 'houdt de financiële administratie van een bedrijf bij', others: ['Salarisadministrateur', 'Controller'] },
    { singular: 'kapper', plural: 'kappers', does: 'knipt, kleurt en verzorgt haar', others: ['Schoonheidsspecialist', 'Nagelstylist'] },
    { singular: 'magazijnmedewerker', plural: 'magazijnmedewerkers', does: 'ontvangt, slaat op en verzendt goederen', others: ['Orderpicker', 'Heftruckchauffeur'] },
    { singular: 'timmerman', plural: 'timmerlieden', does: 'maakt en plaatst houten constructies', others: ['Metselaar', 'Stukadoor'] },
    { singular: 'tandartsassistent', plural: 'tandartsassistenten', does: 'helpt de tandarts bij behandelingen', others: ['Mondhygiënist', 'Receptionist'] },
    { singular: 'beveiliger', plural: 'beveiligers', does: 'bewaakt gebouwen, terreinen en evenementen', others: ['Portier', 'Toezichthouder'] },
    { singular: 'bakker', plural: 'bakkers', does: 'bakt brood en banket', others: ['Banketbakker', 'Verkoper'] },
    { singular: 'software developer', plural: 'software developers', does: 'bouwt en onderhoudt programmatuur', others: ['Tester', 'Systeembeheerder'] },
  ],
  en: [
    { singular: 'welder', plural: 'welders', does: 'joins metal parts with heat', others: ['Fabricator', 'Sheet metal worker'] },
    { singular: 'nurse', plural: 'nurses', does: 'cares for patients in hospitals and at home', others: ['Healthcare assistant', 'Midwife'] },
    { singular: 'chef', plural: 'chefs', does: 'prepares food in a professional kitchen', others: ['Kitchen porter', 'Waiter'] },
    { singular: 'electrician', plural: 'electricians', does: 'installs and repairs electrical systems', others: ['Plumber', 'Gas engineer'] },
    { singular: 'plumber', plural: 'plumbers', does: 'fits and repairs pipes, boilers and drains', others: ['Electrician', 'Roofer'] },
    { singular: 'bookkeeper', plural: 'bookkeepers', does: 'keeps the financial records of a business', others: ['Payroll clerk', 'Accountant'] },
    { singular: 'hairdresser', plural: 'hairdressers', does: 'cuts, colours and styles hair', others: ['Barber', 'Beauty therapist'] },
    { singular: 'truck driver', plural: 'truck drivers', does: 'moves goods by road', others: ['Courier', 'Van driver'] },
    { singular: 'secretary', plural: 'secretaries', does: 'runs the office work of a team', others: ['Receptionist', 'Office clerk'] },
    { singular: 'care assistant', plural: 'care assistants', does: 'helps people with daily care', others: ['Support worker', 'Nurse'] },
    { singular: 'carpenter', plural: 'carpenters', does: 'builds and fits wooden structures', others: ['Bricklayer', 'Plasterer'] },
    { singular: 'dental hygienist', plural: 'dental hygienists', does: 'cleans teeth and advises patients', others: ['Dental nurse', 'Dentist'] },
    { singular: 'forklift operator', plural: 'forklift operators', does: 'moves goods around a warehouse', others: ['Picker', 'Loader'] },
    { singular: 'paramedic', plural: 'paramedics', does: 'gives emergency care on the way to hospital', others: ['Ambulance driver', 'Call handler'] },
    { singular: 'software developer', plural: 'software developers', does: 'builds and maintains software', others: ['Tester', 'Systems administrator'] },
  ],
}

/** A level: how a table, list or heading labels it, how running text says it, and the tier's name. */
export interface Level {
  /** As a row, column, list item or heading labels it. */
  label: string
  /** The level's name once imported (the label without its note in brackets). */
  name: string
  /** How running text says it ("een junior" lasser) and the name that gives, when the level can be said that way. */
  phrase?: [string, string]
}

/** Ladders of levels, lowest first; the fuzzer takes the first n of one. */
export const ladders: Record<Language, Level[][]> = {
  nl: [
    [
      { label: 'Junior', name: 'Junior', phrase: ['een junior', 'Junior'] },
      { label: 'Medior', name: 'Medior', phrase: ['een medior', 'Medior'] },
      { label: 'Senior', name: 'Senior', phrase: ['een senior', 'Senior'] },
    ],
    [
      { label: 'Starter (0–2 jaar)', name: 'Starter', phrase: ['een startende', 'Starter'] },
      { label: 'Ervaren (2–5 jaar)', name: 'Ervaren', phrase: ['een ervaren', 'Ervaren'] },
      { label: 'Senior (5+ jaar)', name: 'Senior', phrase: ['een senior', 'Senior'] },
    ],
    [
      { label: 'Leerling', name: 'Leerling' },
      { label: 'Gediplomeerd', name: 'Gediplomeerd' },
      { label: 'Allround', name: 'Allround' },
      { label: 'Teamleider', name: 'Teamleider' },
    ],
    [
      { label: '0–2 jaar ervaring', name: '0–2 jaar ervaring' },
      { label: '2–5 jaar ervaring', name: '2–5 jaar ervaring' },
      { label: '5–10 jaar ervaring', name: '5–10 jaar ervaring' },
      { label: 'Meer dan 10 jaar', name: 'Meer dan 10 jaar' },
    ],
    [
      { label: 'Schaal 5', name: 'Schaal 5' },
      { label: 'Schaal 6', name: 'Schaal 6' },
      { label: 'Schaal 7', name: 'Schaal 7' },
    ],
  ],
  en: [
    [
      { label: 'Junior', name: 'Junior', phrase: ['a junior', 'Junior'] },
      { label: 'Mid-level', name: 'Mid-level', phrase: ['a mid-level', 'Mid-level'] },
      { label: 'Senior', name: 'Senior', phrase: ['a senior', 'Senior'] },
    ],
    [
      { label: 'Entry level', name: 'Entry level', phrase: ['an entry-level', 'Entry-level'] },
      { label: 'Experienced', name: 'Experienced', phrase: ['an experienced', 'Experienced'] },
    ],
    [
      { label: 'Apprentice', name: 'Apprentice' },
      { label: 'Qualified', name: 'Qualified' },
      { label: 'Team leader', name: 'Team leader' },
    ],
    [
      { label: '0–2 years', name: '0–2 years' },
      { label: '3–5 years', name: '3–5 years' },
      { label: '6–10 years', name: '6–10 years' },
      { label: '10+ years', name: '10+ years' },
    ],
    [
      { label: 'Band 3', name: 'Band 3' },
      { label: 'Band 4', name: 'Band 4' },
      { label: 'Band 5', name: 'Band 5' },
    ],
  ],
}

/** How a collective agreement's table names its steps. */
export const stepWords: Record<Language, { header: string; label: (n: number) => string }> = {
  nl: { header: 'Trede', label: (n) => `Trede ${n}` },
  en: { header: 'Step', label: (n) => `Step ${n}` },
}

/** The name of the tier for the job as a whole, when the article names no level. */
export const generalLevel: Record<Language, string> = { nl: 'Alle niveaus', en: 'All levels' }

/** Wage survey columns: an overall figure beside the levels, which is not a level. */
export const overallLabels: Record<Language, string[]> = { nl: ['Gemiddeld', 'Totaal', 'Alle niveaus'], en: ['Overall', 'All', 'Average'] }

/** Questions and the start of their answers; `{job}` is the job, `{jobs}` its plural. No amounts. */
export const questions: Record<Language, Array<[string, string]>> = {
  nl: [
    ['Hoe word je {job}?', 'Je volgt meestal een mbo-opleiding en loopt stage bij een erkend leerbedrijf.'],
    ['Welke opleiding heb je nodig als {job}?', 'Een diploma op mbo-niveau is de gebruikelijke route, soms aangevuld met cursussen.'],
    ['Werkt een {job} in ploegen?', 'Dat verschilt per werkgever; in de industrie komen ploegendiensten vaak voor.'],
    ['Is {job} een zwaar beroep?', 'Het werk vraagt concentratie en je staat vaak lang, maar veel mensen vinden het afwisselend.'],
    ['Kun je als {job} doorgroeien?', 'Ja, met ervaring kun je een grotere rol krijgen of je specialiseren.'],
    ['Zijn er veel vacatures voor {jobs}?', 'Werkgevers zoeken al jaren naar goede mensen, dus de kans op werk is groot.'],
    ['Kun je parttime werken als {job}?', 'Bij veel werkgevers kan dat, al is een volledige werkweek het meest gebruikelijk.'],
  ],
  en: [
    ['How do you become a {job}?', 'Most people take a college course or an apprenticeship with an employer.'],
    ['What qualifications does a {job} need?', 'Employers usually ask for a vocational qualification and some experience.'],
    ['Do {jobs} work shifts?', 'It depends on the employer; shifts are common in larger organisations.'],
    ['Is being a {job} hard work?', 'The work can be demanding and you are on your feet a lot, but it is varied.'],
    ['Can a {job} progress to a senior role?', 'Yes, with experience you can take on more responsibility or specialise.'],
    ['Are {jobs} in demand?', 'Employers have been short of skilled people for years, so prospects are good.'],
    ['Can you work part time as a {job}?', 'Many employers allow it, although full-time work is the most common.'],
  ],
}

/** Headings of a FAQ section, in the wordings career pages use; some do not say "FAQ" at all. */
export const faqHeadings: Record<Language, string[]> = {
  nl: ['Veelgestelde vragen', 'Veelgestelde vragen over {jobs}', 'FAQ', 'Vragen en antwoorden', 'Meest gestelde vragen', 'Vragen over het beroep {job}', 'Vraag en antwoord', 'Goed om te weten'],
  en: ['Frequently asked questions', 'FAQs', 'Questions and answers', 'Common questions about {jobs}', 'Your questions answered', 'People also ask', 'Good to know', 'FAQ: {job}'],
}

/** FAQ headings that do not say they head questions. */
export const plainFaqHeadings = new Set(['Goed om te weten', 'Good to know'])

/** Headings of the salary section. */
export const salaryHeadings: Record<Language, string[]> = {
  nl: ['Salaris', 'Wat verdient een {job}?', 'Salaris van een {job}', 'Loon en salaris', 'Hoeveel verdien je als {job}?', 'Salarisindicatie'],
  en: ['Salary', 'How much does a {job} earn?', 'Pay', '{job} salary', 'What you could earn', 'Wages'],
}

/** Headings and items of the tasks section, which every article has. */
export const taskSections: Record<Language, { heading: string; items: string[] }> = {
  nl: { heading: 'Wat doet een {job}?', items: ['Je plant je werk voor de dag', 'Je werkt samen met collega’s', 'Je houdt je aan de veiligheidsregels'] },
  en: { heading: 'What does a {job} do?', items: ['Planning the day’s work', 'Working with colleagues', 'Following safety rules'] },
}

/** Product names of salary tools that headings put before the job; they never appear in the text. */
export const productNames = ['Loonwijzer', 'SalarisKompas', 'PayScope', 'WageFinder', 'CareerLens', 'JobRadar']

/** Classification codes that headings put before or after a job. */
export const codeForms: Array<(code: string) => string> = [(c) => c, (c) => `ISCO ${c}`, (c) => `(ISCO-08 ${c})`, (c) => `BRC ${c} –`, (c) => `SOC ${c.slice(0, 2)}-${c.slice(2)}${c.slice(0, 2)}`]

/** Page-type words around a job in a heading: the page is a pay table, a salary check, a guide. */
export const pageTypeForms: Record<Language, Array<(job: string) => string>> = {
  nl: [(j) => `Salaristabel ${j}`, (j) => `Salarischeck: ${j}`, (j) => `Loonschalen ${j}`, (j) => `${j} – beroepsprofiel`, (j) => `Cao-loontabel ${j}`, (j) => `Salarisgids ${j}`],
  en: [(j) => `${j} pay table`, (j) => `Salary check: ${j}`, (j) => `${j} salary guide`, (j) => `${j} – job profile`, (j) => `Pay scales for ${j}`, (j) => `${j} wage data`],
}

/** Questions a heading wraps the job in; `{job}` singular, `{jobs}` plural. */
export const questionTitles: Record<Language, string[]> = {
  nl: ['Wat verdient een {job}?', 'Hoeveel verdient een {job} in 2025?', 'Wat doet een {job} en wat verdien je?', 'Wat verdien je als {job}?', 'Hoe word je {job}?'],
  en: ['How much does a {job} earn?', 'What does a {job} do?', 'How much do {jobs} make in 2025?', 'What is the salary of a {job}?', 'How to become a {job}'],
}

/** Places for tables and sentences about pay per place, per country. */
export const places: Record<string, { national: string[]; regions: string[] }> = {
  NL: { national: ['Landelijk', 'Heel Nederland', 'Nederland'], regions: ['Randstad', 'Noord-Nederland', 'Utrecht', 'Zuid-Limburg'] },
  BE: { national: ['België', 'Heel België', 'Landelijk'], regions: ['Antwerpen', 'Gent', 'Limburg', 'Brussel'] },
  GB: { national: ['UK average', 'United Kingdom', 'All regions'], regions: ['London', 'North West', 'Scotland', 'South East'] },
  US: { national: ['National', 'United States', 'U.S. average'], regions: ['California', 'Texas', 'New York', 'Ohio'] },
  CA: { national: ['Canada', 'National', 'All provinces'], regions: ['Ontario', 'Alberta', 'Quebec', 'Manitoba'] },
  AU: { national: ['Australia', 'National', 'All states'], regions: ['New South Wales', 'Victoria', 'Queensland', 'Tasmania'] },
}
