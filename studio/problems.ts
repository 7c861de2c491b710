/**
 * Lists of documents the export would refuse or flag, shown under "Problemen" in the desk.
 * Each is a GROQ filter, so the list stays current while editors work; the full rules still
 * run in each document's validation and in the build.
 */

/** One list under "Problemen". */
export interface Problem {
  /** Structure id, also the URL segment. */
  id: string
  /** Dutch title of the list. */
  title: string
  /** Document type the list shows. */
  type: 'jobProfile' | 'salaryTier' | 'faqEntry' | 'organization' | 'vacancy'
  /** GROQ filter selecting the documents with the problem. */
  filter: string
}

/** The problem lists, in the order the desk shows them. */
export const problems = [
  {
    id: 'beroepen-zonder-uitgever',
    title: 'Beroepen zonder uitgever',
    type: 'jobProfile',
    filter: '_type == "jobProfile" && !defined(publisher)',
  },
  {
    id: 'beroepen-onvolledig',
    title: 'Beroepen met lege verplichte velden',
    type: 'jobProfile',
    filter:
      '_type == "jobProfile" && (!defined(title) || !defined(slug.current) || !defined(summary) || !defined(country) || !defined(language))',
  },
  {
    id: 'salarisniveaus-zonder-bedragen',
    title: 'Salarisniveaus zonder bedragen',
    type: 'salaryTier',
    filter: '_type == "salaryTier" && count(coalesce(amounts, [])) == 0',
  },
  {
    id: 'vragen-zonder-vraagteken',
    title: 'Vragen zonder vraagteken',
    type: 'faqEntry',
    // GROQ has no endsWith: text after the last "?" is empty only when the question ends with one.
    filter: '_type == "faqEntry" && (!defined(question) || string::split(question, "?")[-1] != "")',
  },
  {
    id: 'vragen-zonder-antwoord',
    title: 'Vragen zonder antwoord',
    type: 'faqEntry',
    filter: '_type == "faqEntry" && count(coalesce(answer, [])) == 0',
  },
  {
    id: 'vacatures-verlopen',
    title: 'Verlopen vacatures',
    type: 'vacancy',
    // ISO dates and date-times compare as strings; a date alone expires at its start.
    filter: '_type == "vacancy" && defined(validThrough) && validThrough < now()',
  },
  {
    id: 'vacatures-geldig-tot-voor-publicatie',
    title: 'Vacatures die sluiten vóór hun publicatiedatum',
    type: 'vacancy',
    filter: '_type == "vacancy" && defined(validThrough) && defined(datePosted) && validThrough <= datePosted',
  },
  {
    id: 'vacatures-zonder-locatie',
    title: 'Vacatures zonder locatie (en niet op afstand)',
    type: 'vacancy',
    filter: '_type == "vacancy" && !defined(location) && remote != true',
  },
  {
    id: 'vacatures-op-afstand-zonder-landen',
    title: 'Vacatures op afstand zonder landen',
    type: 'vacancy',
    filter: '_type == "vacancy" && remote == true && count(coalesce(applicantCountries, [])) == 0',
  },
  {
    id: 'vacatures-met-twee-salarissen',
    title: 'Vacatures met salarisniveau én eigen salaris',
    type: 'vacancy',
    filter: '_type == "vacancy" && defined(salaryTier) && defined(salary)',
  },
  {
    id: 'vacatures-onvolledig',
    title: 'Vacatures met lege verplichte velden',
    type: 'vacancy',
    filter:
      '_type == "vacancy" && (!defined(jobProfile) || !defined(hiringOrganization) || count(coalesce(employmentTypes, [])) == 0 || !defined(datePosted))',
  },
] as const satisfies readonly Problem[]
