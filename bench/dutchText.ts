import type { Random } from './random.ts'

/** Occupations, domains and the words career texts are made of; invented for the benchmark. */
export const roles = [
  'medewerker', 'adviseur', 'specialist', 'coördinator', 'assistent', 'planner', 'monteur', 'verkoper',
  'consulent', 'begeleider', 'analist', 'beheerder', 'ontwikkelaar', 'inspecteur', 'teamleider', 'operator',
  'administrateur', 'trainer', 'ontwerper', 'technicus', 'verpleegkundige', 'kok', 'chauffeur', 'docent',
] as const
export const domains = [
  'klantenservice', 'logistiek', 'zorg', 'installatietechniek', 'financiën', 'onderwijs', 'horeca', 'bouw',
  'ict', 'marketing', 'inkoop', 'personeelszaken', 'veiligheid', 'productie', 'retail', 'energie',
  'transport', 'communicatie', 'facilitair beheer', 'kwaliteit', 'juridische zaken', 'data', 'welzijn', 'events',
] as const
export const cities = [
  ['Amsterdam', 'Noord-Holland', '1011'], ['Rotterdam', 'Zuid-Holland', '3011'], ['Utrecht', 'Utrecht', '3511'],
  ['Den Haag', 'Zuid-Holland', '2511'], ['Eindhoven', 'Noord-Brabant', '5611'], ['Groningen', 'Groningen', '9711'],
  ['Tilburg', 'Noord-Brabant', '5038'], ['Almere', 'Flevoland', '1315'], ['Breda', 'Noord-Brabant', '4811'],
  ['Nijmegen', 'Gelderland', '6511'], ['Arnhem', 'Gelderland', '6811'], ['Zwolle', 'Overijssel', '8011'],
  ['Maastricht', 'Limburg', '6211'], ['Leeuwarden', 'Friesland', '8911'], ['Enschede', 'Overijssel', '7511'],
] as const
const subjects = ['Je', 'Als medewerker', 'In dit vak', 'Samen met je team', 'Elke dag', 'Op een drukke dag', 'In de praktijk', 'Meestal']
const verbs = ['plant', 'controleert', 'bespreekt', 'verbetert', 'regelt', 'onderhoudt', 'beantwoordt', 'analyseert', 'begeleidt', 'verwerkt', 'bewaakt', 'organiseert']
const objects = [
  'vragen van klanten', 'de planning van de week', 'storingen en meldingen', 'offertes en facturen', 'de voorraad',
  'nieuwe collega’s', 'rapportages voor het management', 'klachten en complimenten', 'de kwaliteit van het werk',
  'afspraken met leveranciers', 'het dossier van een klant', 'veiligheidsinstructies', 'projecten van begin tot eind',
]
const clauses = [
  'zodat alles op tijd klaar is', 'en je houdt daarbij het overzicht', 'met oog voor detail', 'volgens de geldende afspraken',
  'waarbij je goed samenwerkt met andere afdelingen', 'en je zoekt naar slimme oplossingen', 'ook als het even tegenzit',
  'in een vast ritme', 'met de klant altijd voorop', 'en je legt alles netjes vast',
]
const qualities = ['zelfstandig', 'nauwkeurig', 'stressbestendig', 'klantgericht', 'communicatief sterk', 'flexibel', 'oplossingsgericht', 'leergierig', 'accuraat', 'sociaal']
const headings = ['Wat doet een', 'Werkzaamheden van een', 'Vaardigheden van een', 'Opleiding tot', 'Salaris van een', 'Carrière als', 'Werkomgeving van een', 'Toekomst als']
const questionStarts = ['Wat verdient een', 'Welke opleiding heb je nodig als', 'Hoe word je', 'Wat zijn de werktijden van een', 'Is er veel vraag naar een', 'Kun je parttime werken als', 'Welke vaardigheden heeft een', 'Hoe ziet een werkdag eruit voor een', 'Wat is het verschil tussen junior en senior', 'Kun je doorgroeien als']

/** Capitalises the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * A pool of distinct Dutch sentences to draw paragraphs from: cheap to sample, varied enough
 * that documents differ in length and content.
 * @param random the seeded source
 * @param size how many sentences
 * @returns the sentences
 */
export function sentencePool(random: Random, size: number): string[] {
  const pool: string[] = []
  for (let i = 0; i < size; i++) {
    const quality = random.pick(qualities)
    pool.push(
      random.chance(0.3)
        ? `Je bent ${quality} en ${random.pick(qualities)}, want je ${random.pick(verbs)} ${random.pick(objects)} ${random.pick(clauses)}.`
        : `${random.pick(subjects)} ${random.pick(verbs)} ${random.chance(0.5) ? 'je ' : ''}${random.pick(objects)} ${random.pick(clauses)}.`,
    )
  }
  return pool
}

/** A paragraph of `min`–`max` sentences from the pool. */
export function paragraph(random: Random, pool: ReadonlyArray<string>, min: number, max: number): string {
  const count = random.int(min, max)
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(random.pick(pool))
  return out.join(' ')
}

/** A question about an occupation, ending in a question mark. */
export function question(random: Random, occupation: string): string {
  return `${random.pick(questionStarts)} ${occupation.toLowerCase()}?`
}

/** A heading about an occupation. */
export function heading(random: Random, occupation: string): string {
  return `${random.pick(headings)} ${occupation.toLowerCase()}`
}

/** A few distinct qualities, for competencies. */
export function pickQualities(random: Random, count: number): string[] {
  const chosen = new Set<string>()
  while (chosen.size < count) chosen.add(random.pick(qualities))
  return [...chosen]
}
