/**
 * What jobld's Studio plugin says besides its field titles and the build's messages: desk items,
 * groups, orderings, previews, the JSON-LD view and its own validation hints, in Dutch and English.
 * Part of jobld's one message catalogue (scripts/core/messages).
 */
import type { MessageParams, Wording, Words } from './wording.ts'

const s = (p: MessageParams, key: string): string => {
  const value = p[key]
  return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value)
}
const n = (p: MessageParams, key: string): number => Number(p[key] ?? 0)
const plain = (nl: string, en: string): Wording<Words> => ({ nl: () => nl, en: () => en })

/** The plugin's own words, keyed by message id. */
export const studioMessages = {
  // Groups of fields
  'group.content': plain('Inhoud', 'Content'),
  'group.salary': plain('Salaris', 'Salary'),
  'group.education': plain('Opleiding & vaardigheden', 'Education & skills'),
  'group.conditions': plain('Werkomstandigheden', 'Working conditions'),
  'group.seo': plain('SEO/Koppelingen', 'SEO/Links'),
  'group.location': plain('Locatie', 'Location'),
  'group.publication': plain('Publicatie', 'Publication'),

  // Orderings
  'ordering.titleAsc': plain('Functietitel A–Z', 'Job title A–Z'),
  'ordering.updatedDesc': plain('Laatst gewijzigd', 'Last changed'),
  'ordering.datePostedDesc': plain('Nieuwste eerst', 'Newest first'),
  'ordering.validThroughAsc': plain('Sluit het eerst', 'Closing first'),
  'ordering.rankAsc': plain('Volgorde (laag naar hoog)', 'Rank (low to high)'),
  'ordering.levelAsc': plain('Niveau A–Z', 'Level A–Z'),
  'ordering.questionAsc': plain('Vraag A–Z', 'Question A–Z'),
  'ordering.nameAsc': plain('Naam A–Z', 'Name A–Z'),

  // Previews
  'preview.new_profile': plain('Nieuw beroep', 'New job profile'),
  'preview.new_vacancy': plain('Nieuwe vacature', 'New vacancy'),
  'preview.new_level': plain('Nieuw niveau', 'New level'),
  'preview.new_question': plain('Nieuwe vraag', 'New question'),
  'preview.remote': plain('Op afstand', 'Remote'),
  'preview.expired': plain('Verlopen', 'Expired'),
  'preview.location': plain('Werklocatie', 'Work location'),
  'preview.table': plain('Tabel', 'Table'),
  'preview.rows': { nl: (p) => (n(p, 'count') === 1 ? '1 rij' : `${n(p, 'count')} rijen`), en: (p) => (n(p, 'count') === 1 ? '1 row' : `${n(p, 'count')} rows`) },
  'preview.hours': { nl: (p) => `${s(p, 'hours')} u/w`, en: (p) => `${s(p, 'hours')} h/w` },
  'preview.estimate': { nl: (p) => `schatting ${s(p, 'amount')}`, en: (p) => `estimate ${s(p, 'amount')}` },
  'preview.net': plain('netto', 'net'),
  'preview.net_tier': plain('netto niveau: geen salaris gepubliceerd', 'net tier: no salary published'),
  'preview.from': { nl: (p) => `vanaf ${s(p, 'amount')}`, en: (p) => `from ${s(p, 'amount')}` },
  'preview.up_to': { nl: (p) => `tot ${s(p, 'amount')}`, en: (p) => `up to ${s(p, 'amount')}` },

  // Validation hints of the plugin's own (Sanity words required and unique itself)
  'studio.country_code': plain('Vul een landcode van twee hoofdletters in, zoals NL', 'Enter a country code of two capitals, such as NL'),
  'studio.isco_code': plain('Vul een ISCO-08-code van vier cijfers in, zoals 4222', 'Enter an ISCO-08 code of four digits, such as 4222'),

  // Badge
  'badge.expired': plain('Verlopen', 'Expired'),
  'badge.expired_title': plain('De datum bij "Geldig tot" is voorbij: de export laat deze vacature weg.', 'The "Valid through" date has passed: the export leaves this vacancy out.'),

  // Desk
  'desk.root': plain('Inhoud', 'Content'),
  'desk.jobld': plain('Carrière (jobld)', 'Careers (jobld)'),
  'desk.profiles': plain('Beroepen', 'Job profiles'),
  'desk.vacancies': plain('Vacatures', 'Vacancies'),
  'desk.tiers': plain('Salarisniveaus', 'Salary tiers'),
  'desk.faq': plain('Veelgestelde vragen', 'Frequently asked questions'),
  'desk.organizations': plain('Organisaties', 'Organisations'),
  'desk.problems': plain('Problemen', 'Problems'),
  'problem.profiles_without_publisher': plain('Beroepen zonder uitgever', 'Job profiles without a publisher'),
  'problem.profiles_incomplete': plain('Beroepen met lege verplichte velden', 'Job profiles with empty required fields'),
  'problem.tiers_without_amounts': plain('Salarisniveaus zonder bedragen', 'Salary tiers without amounts'),
  'problem.questions_without_mark': plain('Vragen zonder vraagteken', 'Questions without a question mark'),
  'problem.questions_without_answer': plain('Vragen zonder antwoord', 'Questions without an answer'),
  'problem.vacancies_expired': plain('Verlopen vacatures', 'Expired vacancies'),
  'problem.vacancies_closing_before_posted': plain('Vacatures die sluiten vóór hun publicatiedatum', 'Vacancies that close before their date posted'),
  'problem.vacancies_without_location': plain('Vacatures zonder locatie (en niet op afstand)', 'Vacancies without a location (and not remote)'),
  'problem.remote_without_countries': plain('Vacatures op afstand zonder landen', 'Remote vacancies without countries'),
  'problem.two_salaries': plain('Vacatures met salarisniveau én eigen salaris', 'Vacancies with a salary tier and an own salary'),
  'problem.vacancies_incomplete': plain('Vacatures met lege verplichte velden', 'Vacancies with empty required fields'),

  // The JSON-LD view
  'view.tab': plain('JSON-LD', 'JSON-LD'),
  'view.form_tab': plain('Bewerken', 'Edit'),
  'view.intro': plain(
    'Wat de export voor dit document schrijft, met de wijzigingen in dit formulier. Documenten waarnaar het verwijst, telt de build mee zoals het gekozen perspectief ze toont.',
    'What the export writes for this document, with the changes in this form. The documents it refers to count as the selected perspective shows them.',
  ),
  'view.perspective.published': plain('Perspectief: gepubliceerd. Zo leest de export de inhoud nu.', 'Perspective: published. This is how the export reads the content now.'),
  'view.perspective.drafts': plain(
    'Perspectief: concepten. Zo wordt het als alle concepten gepubliceerd zijn; de export leest alleen gepubliceerde documenten.',
    'Perspective: drafts. This is how it will be once every draft is published; the export reads published documents only.',
  ),
  'view.perspective.release': {
    nl: (p) => `Perspectief: release "${s(p, 'title')}". Zo wordt het als deze release live gaat (jobld validate --release ${s(p, 'id')} controleert de hele dataset zo).`,
    en: (p) => `Perspective: release "${s(p, 'title')}". This is how it will be once this release ships (jobld validate --release ${s(p, 'id')} checks the whole dataset so).`,
  },
  'view.reload': plain('Opnieuw laden', 'Reload'),
  'view.loading': plain('Laden…', 'Loading…'),
  'view.fetch_failed': {
    nl: (p) => `De documenten waarnaar dit document verwijst, konden niet worden geladen: ${s(p, 'message')}`,
    en: (p) => `The documents this document refers to could not be loaded: ${s(p, 'message')}`,
  },
  'view.no_page': plain(
    'Geen pagina gebruikt dit document: de export schrijft alleen beroepen en vacatures, en geen gepubliceerd beroep of vacature verwijst ernaar.',
    'No page uses this document: the export writes only job profiles and vacancies, and no published job profile or vacancy refers to it.',
  ),
  'view.page_of': {
    nl: (p) => `Pagina van ${s(p, 'type')} → ${s(p, 'id')}`,
    en: (p) => `Page of ${s(p, 'type')} → ${s(p, 'id')}`,
  },
  'view.salary': plain('Salaris', 'Salary'),
  'view.issues': plain('Meldingen van de build', 'Messages of the build'),
  'view.no_issues': plain('De build heeft geen fouten of waarschuwingen voor deze pagina.', 'The build has no errors or warnings for this page.'),
  'view.to_field': plain('Naar dit veld', 'Go to this field'),
  'severity.error': plain('Fout', 'Error'),
  'severity.warning': plain('Waarschuwing', 'Warning'),
  'severity.notice': plain('Melding', 'Notice'),
  'status.written': {
    nl: (p) => {
      const w = n(p, 'warnings')
      const extra = w > 0 ? ` Er ${w === 1 ? 'is 1 waarschuwing' : `zijn ${w} waarschuwingen`}; met --strict weigert de build die ook.` : ''
      return `De export schrijft deze JSON-LD naar ${s(p, 'path')}.${extra}`
    },
    en: (p) => {
      const w = n(p, 'warnings')
      const extra = w > 0 ? ` There ${w === 1 ? 'is 1 warning' : `are ${w} warnings`}; with --strict the build refuses ${w === 1 ? 'it' : 'them'} too.` : ''
      return `The export writes this JSON-LD to ${s(p, 'path')}.${extra}`
    },
  },
  'status.refused': {
    nl: (p) => {
      const e = n(p, 'errors')
      return `De build weigert deze inhoud: ${e === 1 ? '1 fout' : `${e} fouten`} (hieronder). Zolang die er ${e === 1 ? 'is' : 'zijn'}, schrijft de export niets.`
    },
    en: (p) => {
      const e = n(p, 'errors')
      return `The build refuses this content: ${e === 1 ? '1 error' : `${e} errors`} (below). As long as ${e === 1 ? 'it is' : 'they are'} there, the export writes nothing.`
    },
  },
  'status.expired': plain(
    'Deze vacature is verlopen: de datum bij "Geldig tot" ligt in het verleden, dus de export laat haar weg.',
    'This vacancy has expired: its "Valid through" date has passed, so the export leaves it out.',
  ),
  'status.none_errors': plain('Dit document geeft geen pagina: de build weigert het om de fouten hieronder.', 'This document gives no page: the build refuses it because of the errors below.'),
  'status.none': plain(
    'Dit document geeft geen pagina: alleen beroepen en lopende vacatures worden geëxporteerd.',
    'This document gives no page: only job profiles and current vacancies are exported.',
  ),
  'salary.net_own': plain(
    'Het eigen salaris is netto: de export publiceert het niet, want salarissen in schema.org zijn bruto.',
    'The own salary is net: the export does not publish it, as salaries in schema.org are gross.',
  ),
  'salary.own': {
    nl: (p) => `Salaris van de werkgever: ${s(p, 'amount')} (bruto). De export publiceert het als basissalaris (baseSalary).`,
    en: (p) => `The employer's salary: ${s(p, 'amount')} (gross). The export publishes it as the base salary (baseSalary).`,
  },
  'salary.none': plain(
    'Deze vacature noemt geen salaris: de JobPosting krijgt geen baseSalary, dat Google aanbeveelt. Vul een eigen salaris in, of kies een salarisniveau voor een schatting.',
    'This vacancy names no salary: the JobPosting gets no baseSalary, which Google recommends. Fill in an own salary, or choose a salary tier for an estimate.',
  ),
  'salary.net_tier': plain(
    'Het salarisniveau is netto: de export publiceert het niet, want salarissen in schema.org zijn bruto.',
    'The salary tier is net: the export does not publish it, as salaries in schema.org are gross.',
  ),
} as const satisfies Record<string, Wording<Words>>

/** The id of one of the plugin's own messages. */
export type StudioMessageId = keyof typeof studioMessages
