/**
 * What each kind of article section is about, as word beginnings in Dutch and English.
 * A heading belongs to the first kind (in this order) one of whose words it contains,
 * so specific kinds ("veelgestelde vragen", "samenvatting") come before broad ones.
 */
export const sectionKeywords = [
  {
    kind: 'faq',
    nl: ['veelgestelde vragen', 'veel gestelde vragen', 'gestelde vragen', 'faq', 'vragen en antwoorden', 'vraag en antwoord', 'vragen & antwoorden', 'vragen over', 'jouw vragen', 'je vragen', 'vragen beantwoord'],
    en: ['frequently asked', 'faq', 'common questions', 'questions and answers', 'question and answer', 'q&a', 'q & a', 'your questions', 'questions answered', 'people also ask', 'questions people ask'],
  },
  {
    kind: 'facts',
    nl: ['samenvatting', 'in het kort', 'kort samengevat', 'in een oogopslag', 'feiten', 'kenmerken'],
    en: ['summary', 'at a glance', 'in short', 'in brief', 'key facts', 'quick facts'],
  },
  { kind: 'toc', nl: ['inhoud van', 'inhoudsopgave', 'in dit artikel'], en: ['contents', 'in this article'] },
  { kind: 'vacancies', nl: ['vacatures', 'vacature'], en: ['vacancies', 'job openings', 'open positions', 'jobs'] },
  { kind: 'letter', nl: ['motivatiebrief', 'sollicitatiebrief', 'voorbeeldbrief'], en: ['cover letter', 'motivation letter', 'application letter'] },
  { kind: 'kinds', nl: ['soorten', 'specialisaties', 'specialisatie', 'varianten', 'typen', 'richtingen'], en: ['types of', 'kinds of', 'specialisations', 'specializations', 'specialisms', 'specialties'] },
  {
    kind: 'salary',
    nl: ['salaris', 'verdien', 'loon', 'uurloon', 'maandloon', 'jaarloon', 'brutoloon', 'nettoloon', 'jaarsalaris', 'maandsalaris', 'startsalaris', 'beginsalaris', 'inkomen', 'jaarinkomen', 'beloning', 'lonen', 'barema', 'wat krijg je betaald'],
    en: ['salary', 'salaries', 'pay', 'earn', 'wage', 'income', 'compensation', 'remuneration', 'rates', 'how much'],
  },
  { kind: 'competencies', nl: ['competenties', 'vaardigheden', 'eigenschappen', 'skills'], en: ['skills', 'competencies', 'competences', 'qualities'] },
  { kind: 'education', nl: ['opleiding', 'diploma', 'studie', 'hoe word je', 'hoe wordt je'], en: ['education', 'qualifications', 'qualification', 'training', 'degree', 'how to become', 'how do you become'] },
  { kind: 'tasks', nl: ['werkzaamheden', 'taken', 'takenpakket', 'wat doe', 'wat doet'], en: ['tasks', 'duties', 'responsibilities', 'what does', 'what do'] },
  { kind: 'workday', nl: ['werkdag', 'dag uit het leven', 'werkweek'], en: ['working day', 'typical day', 'a day in', 'day in the life'] },
  { kind: 'where', nl: ['waar ', 'sectoren', 'branches', 'werkgevers', 'werkomgeving', 'werkplek'], en: ['where ', 'sectors', 'industries', 'employers', 'work environment', 'workplace'] },
  { kind: 'definition', nl: ['wat is', 'wat houdt', 'over het beroep', 'over de functie'], en: ['what is', 'about the role', 'about the job', 'role overview'] },
] as const

/** The kinds of section the importer tells apart; `other` sections only go to the body. */
export type SectionKind = (typeof sectionKeywords)[number]['kind'] | 'other'
