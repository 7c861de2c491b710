/**
 * Lists of documents the export would refuse or flag, shown under "Problemen" ("Problems") in
 * the desk. Each is a GROQ filter, so the list stays current while editors work; the full rules
 * still run in each document's validation and in the build. Each names the build's issue codes it
 * stands for: tests/problems.test.ts runs every filter with groq-js over documents that the build
 * refuses with one of those codes (the filter must find them) and over documents it accepts
 * (the filter must not), so a filter cannot drift from its rule.
 */
import type { DocumentType, DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import type { StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'

/** One list under "Problemen". */
export interface Problem {
  /** Structure id, also the URL segment. */
  id: string
  /** The list's title in the message catalogue. */
  title: StudioMessageId
  /** jobld's document type the list shows. */
  type: DocumentType
  /** GROQ filter selecting the documents with the problem, under the Studio's type names. */
  filter: string
  /** The build's issue codes the filter finds (tests/problems.test.ts). */
  codes: readonly string[]
}

/**
 * The problem lists, in the order the desk shows them.
 * @param names the Studio's names of jobld's types (checked: letters, digits and `_`, so safe in a GROQ string)
 * @returns the lists
 */
export function problems(names: DocumentTypeNames): Problem[] {
  const is = (type: DocumentType) => `_type == "${names[type]}"`
  return [
    {
      id: 'beroepen-zonder-uitgever',
      title: 'problem.profiles_without_publisher',
      type: 'jobProfile',
      filter: `${is('jobProfile')} && !defined(publisher)`,
      codes: ['schema.invalid_type'],
    },
    {
      id: 'beroepen-onvolledig',
      title: 'problem.profiles_incomplete',
      type: 'jobProfile',
      filter: `${is('jobProfile')} && (!defined(title) || !defined(slug.current) || !defined(summary) || !defined(country) || !defined(language))`,
      codes: ['schema.invalid_type'],
    },
    {
      id: 'salarisniveaus-zonder-bedragen',
      title: 'problem.tiers_without_amounts',
      type: 'salaryTier',
      filter: `${is('salaryTier')} && count(coalesce(amounts, [])) == 0`,
      codes: ['schema.invalid_type', 'schema.too_small'],
    },
    {
      id: 'vragen-zonder-vraagteken',
      title: 'problem.questions_without_mark',
      type: 'faqEntry',
      // GROQ has no endsWith: text after the last "?" is empty only when the question ends with one.
      filter: `${is('faqEntry')} && (!defined(question) || string::split(question, "?")[-1] != "")`,
      codes: ['faq.question_mark', 'schema.invalid_type'],
    },
    {
      id: 'vragen-zonder-antwoord',
      title: 'problem.questions_without_answer',
      type: 'faqEntry',
      filter: `${is('faqEntry')} && count(coalesce(answer, [])) == 0`,
      codes: ['schema.invalid_type', 'schema.too_small'],
    },
    {
      id: 'vacatures-verlopen',
      title: 'problem.vacancies_expired',
      type: 'vacancy',
      // ISO dates and date-times compare as strings; a date alone expires at its start.
      filter: `${is('vacancy')} && defined(validThrough) && validThrough < now()`,
      codes: ['vacancy.expired'],
    },
    {
      id: 'vacatures-geldig-tot-voor-publicatie',
      title: 'problem.vacancies_closing_before_posted',
      type: 'vacancy',
      filter: `${is('vacancy')} && defined(validThrough) && defined(datePosted) && validThrough <= datePosted`,
      codes: ['vacancy.valid_through_before_posted'],
    },
    {
      id: 'vacatures-zonder-locatie',
      title: 'problem.vacancies_without_location',
      type: 'vacancy',
      filter: `${is('vacancy')} && !defined(location) && remote != true`,
      codes: ['vacancy.location'],
    },
    {
      id: 'vacatures-op-afstand-zonder-landen',
      title: 'problem.remote_without_countries',
      type: 'vacancy',
      filter: `${is('vacancy')} && remote == true && count(coalesce(applicantCountries, [])) == 0`,
      codes: ['vacancy.applicant_countries'],
    },
    {
      id: 'vacatures-met-twee-salarissen',
      title: 'problem.two_salaries',
      type: 'vacancy',
      filter: `${is('vacancy')} && defined(salaryTier) && defined(salary)`,
      codes: ['vacancy.salary_twice'],
    },
    {
      id: 'vacatures-onvolledig',
      title: 'problem.vacancies_incomplete',
      type: 'vacancy',
      filter: `${is('vacancy')} && (!defined(jobProfile) || !defined(hiringOrganization) || count(coalesce(employmentTypes, [])) == 0 || !defined(datePosted))`,
      codes: ['schema.invalid_type', 'schema.too_small'],
    },
  ]
}
