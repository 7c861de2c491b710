/**
 * Lists of documents the export would refuse or flag, shown under "Problemen" ("Problems") in
 * the desk. Each is a GROQ filter, so the list stays current while editors work; the full rules
 * still run in each document's validation and in the build. The lists of a rule are written here;
 * the list of documents with an empty required field ("… met lege verplichte velden") is derived
 * from the type's declaration (scripts/core/model), so a new required field is in it at once.
 * Each names the build's issue codes it stands for: tests/problems.test.ts runs every filter with
 * groq-js over documents that the build refuses with one of those codes (the filter must find
 * them) and over documents it accepts (the filter must not), so a filter cannot drift from its rule.
 */
import { z } from 'zod'
import type { StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'
import type { DocumentDeclaration } from '../../scripts/core/model/declare/types.ts'
import { documentTypes, type DocumentType, type DocumentTypeNames } from '../../scripts/core/model/documentTypes.ts'
import { documentDeclarations } from '../../scripts/core/model/index.ts'

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

/** A list of one rule: its condition on a document of its type, and the required fields it already lists. */
interface RuleProblem extends Omit<Problem, 'filter'> {
  condition: string
  /** Required fields whose absence this list shows, so the type's "incomplete" list leaves them to it. */
  covers?: readonly string[]
}

/** The lists of the build's rules, per type in the order the desk shows them. */
const ruleProblems: readonly RuleProblem[] = [
  { id: 'beroepen-zonder-uitgever', title: 'problem.profiles_without_publisher', type: 'jobProfile', condition: '!defined(publisher)', covers: ['publisher'], codes: ['schema.invalid_type'] },
  {
    id: 'salarisniveaus-zonder-bedragen',
    title: 'problem.tiers_without_amounts',
    type: 'salaryTier',
    condition: 'count(coalesce(amounts, [])) == 0',
    covers: ['amounts'],
    codes: ['schema.invalid_type', 'schema.too_small'],
  },
  {
    id: 'vragen-zonder-vraagteken',
    title: 'problem.questions_without_mark',
    type: 'faqEntry',
    // GROQ has no endsWith: text after the last "?" is empty only when the question ends with one.
    condition: '(!defined(question) || string::split(question, "?")[-1] != "")',
    covers: ['question'],
    codes: ['faq.question_mark', 'schema.invalid_type'],
  },
  {
    id: 'vragen-zonder-antwoord',
    title: 'problem.questions_without_answer',
    type: 'faqEntry',
    condition: 'count(coalesce(answer, [])) == 0',
    covers: ['answer'],
    codes: ['schema.invalid_type', 'schema.too_small'],
  },
  {
    id: 'vacatures-verlopen',
    title: 'problem.vacancies_expired',
    type: 'vacancy',
    // ISO dates and date-times compare as strings; a date alone expires at its start.
    condition: 'defined(validThrough) && validThrough < now()',
    codes: ['vacancy.expired'],
  },
  {
    id: 'vacatures-geldig-tot-voor-publicatie',
    title: 'problem.vacancies_closing_before_posted',
    type: 'vacancy',
    condition: 'defined(validThrough) && defined(datePosted) && validThrough <= datePosted',
    codes: ['vacancy.valid_through_before_posted'],
  },
  { id: 'vacatures-zonder-locatie', title: 'problem.vacancies_without_location', type: 'vacancy', condition: '!defined(location) && remote != true', codes: ['vacancy.location'] },
  {
    id: 'vacatures-op-afstand-zonder-landen',
    title: 'problem.remote_without_countries',
    type: 'vacancy',
    condition: 'remote == true && count(coalesce(applicantCountries, [])) == 0',
    codes: ['vacancy.applicant_countries'],
  },
  { id: 'vacatures-met-twee-salarissen', title: 'problem.two_salaries', type: 'vacancy', condition: 'defined(salaryTier) && defined(salary)', codes: ['vacancy.salary_twice'] },
]

/** The GROQ condition that a required field is empty: no value, no slug, or an empty list. */
function emptyCondition(name: string, declaration: DocumentDeclaration): string {
  const declared = declaration.fields[name]
  if (declared?.studio.type === 'slug') return `!defined(${name}.current)`
  return declared?.schema instanceof z.ZodArray ? `count(coalesce(${name}, [])) == 0` : `!defined(${name})`
}

/**
 * The "incomplete" list of a type that declares one: every required field that no rule's list of
 * the type already shows.
 * @param declaration the document type
 * @returns the list's id, title, condition and codes, or undefined when the type has no such list
 */
function incompleteProblem(declaration: DocumentDeclaration): RuleProblem | undefined {
  if (!declaration.incomplete) return undefined
  const covered = new Set(ruleProblems.filter((p) => p.type === declaration.name).flatMap((p) => p.covers ?? []))
  const fields = Object.entries(declaration.fields).filter(([name, declared]) => declared.required && !covered.has(name))
  const lists = fields.some(([, declared]) => declared.rules.min !== undefined)
  return {
    ...declaration.incomplete,
    type: declaration.name,
    condition: `(${fields.map(([name]) => emptyCondition(name, declaration)).join(' || ')})`,
    codes: lists ? ['schema.invalid_type', 'schema.too_small'] : ['schema.invalid_type'],
  }
}

/**
 * The problem lists, in the order the desk shows them: per document type, its rules' lists, then
 * its list of documents with an empty required field.
 * @param names the Studio's names of jobld's types (checked: letters, digits and `_`, so safe in a GROQ string)
 * @returns the lists
 */
export function problems(names: DocumentTypeNames): Problem[] {
  return documentTypes.flatMap((type) => {
    const incomplete = incompleteProblem(documentDeclarations[type])
    return [...ruleProblems.filter((p) => p.type === type), ...(incomplete ? [incomplete] : [])].map(({ id, title, condition, codes }) => ({
      id,
      title,
      type,
      filter: `_type == "${names[type]}" && ${condition}`,
      codes,
    }))
  })
}
